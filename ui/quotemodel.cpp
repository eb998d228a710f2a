#include "quotemodel.h"
#include "core/pipeline/quotecache.h"
#include "quoteformat.h"
#include "stockdirectory.h"
#include <QBrush>
#include <QSet>

namespace cybos {

QuoteModel::QuoteModel(const StockDirectory *names, const QuoteCache *cache, QObject *parent)
    : QAbstractTableModel(parent), m_names(names), m_cache(cache)
{
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Price: return tr("Price");
    case Change: return tr("Change");
    case Rate: return tr("Change %");
    case Ask: return tr("Ask");
    case Bid: return tr("Bid");
    case Volume: return tr("Volume");
    case Value: return tr("Value (M KRW)");
    case Time: return tr("Time");
    }
    return {};
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(r, column);
    case SortRole: return sortValue(r, column);
    case CodeRole: return r.code;
    case Qt::TextAlignmentRole:
        return column <= Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: return foreground(r, column);
    case Qt::BackgroundRole: return column == Price ? background(r) : QVariant(); // the price cell flashes, not the row
    case Qt::ToolTipRole:
        return r.upperLimit ? tr("%1 %2 — upper limit %3, lower limit %4")
                                  .arg(r.code, r.name, QuoteFormat::price(r.upperLimit), QuoteFormat::price(r.lowerLimit))
                            : QVariant(r.code + u' ' + r.name);
    }
    return {};
}

QVariant QuoteModel::display(const Row &r, int column) const
{
    const bool priced = r.price != 0;
    switch (column) {
    case Code: return r.code;
    case Name: return r.name;
    case Price: return priced ? QuoteFormat::price(r.price) : QStringLiteral("—");
    case Change: return priced ? QuoteFormat::change(r.change, r.price, r.upperLimit, r.lowerLimit) : QString();
    case Rate: return priced ? QuoteFormat::rate(r.rate) : QString();
    case Ask: return r.ask ? QuoteFormat::price(r.ask) : QString();
    case Bid: return r.bid ? QuoteFormat::price(r.bid) : QString();
    case Volume: return priced ? QuoteFormat::number(r.volume) : QString();
    case Value: return priced ? QuoteFormat::valueMillions(r.value) : QString();
    case Time: return QuoteFormat::time(r.timeMs);
    }
    return {};
}

QVariant QuoteModel::sortValue(const Row &r, int column) const
{
    switch (column) {
    case Code: return r.code;
    case Name: return r.name;
    case Price: return r.price;
    case Change: return r.change;
    case Rate: return r.rate;
    case Ask: return r.ask;
    case Bid: return r.bid;
    case Volume: return r.volume;
    case Value: return r.value;
    case Time: return r.timeMs;
    }
    return {};
}

QVariant QuoteModel::background(const Row &r) const
{
    if (r.flashUntil <= m_now)
        return {};
    if (r.flashDirection > 0)
        return QBrush(QuoteFormat::riseFlash());
    if (r.flashDirection < 0)
        return QBrush(QuoteFormat::fallFlash());
    return QBrush(QColor(0xf1, 0xf0, 0xe2));
}

QVariant QuoteModel::foreground(const Row &r, int column) const
{
    if (!r.price)
        return {};
    if (column >= Price && column <= Rate)
        return QuoteFormat::directionBrush(r.change);
    // Korean screens colour the quotes as well: above the previous close red, below blue.
    const qint64 prevClose = r.price - r.change;
    if (column == Ask && r.ask)
        return QuoteFormat::directionBrush(r.ask - prevClose);
    if (column == Bid && r.bid)
        return QuoteFormat::directionBrush(r.bid - prevClose);
    return {};
}

QuoteModel::Row QuoteModel::seeded(const QString &code) const
{
    Row r;
    r.code = code;
    if (m_cache) {
        if (const auto q = m_cache->latest(code)) {
            r.name = q->name;
            r.price = q->price;
            r.change = q->change;
            r.rate = q->changeRate;
            r.volume = q->volume;
            r.value = q->value;
            r.timeMs = q->timeMs;
            r.upperLimit = q->upperLimit.value_or(0);
            r.lowerLimit = q->lowerLimit.value_or(0);
            r.ask = q->ask.value_or(0);
            r.bid = q->bid.value_or(0);
        }
    }
    if (r.name.isEmpty() && m_names)
        r.name = m_names->name(code);
    return r;
}

void QuoteModel::setCodes(const QStringList &codes)
{
    const QSet<QString> wanted(codes.cbegin(), codes.cend());
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).code))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    reindex();
    QList<Row> added;
    for (const QString &code : codes) {
        if (!m_rowOf.contains(code) && std::none_of(added.cbegin(), added.cend(), [&](const Row &r) { return r.code == code; }))
            added << seeded(code);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    m_rows << added;
    reindex();
    endInsertRows();
}

bool QuoteModel::update(Row &r, const Tick &t)
{
    r.flashDirection = t.price > r.price ? 1 : (t.price < r.price ? -1 : 0);
    if (r.price == 0)
        r.flashDirection = t.change > 0 ? 1 : (t.change < 0 ? -1 : 0);
    r.price = t.price;
    r.change = t.change;
    r.rate = changeRatePercent(t.change, t.price - t.change);
    r.ask = t.ask;
    r.bid = t.bid;
    r.volume = t.cumVolume;
    r.value = t.cumValue;
    r.timeMs = t.timeMs;
    r.flashUntil = m_now + kFlashMs;
    if (r.name.isEmpty() && m_names)
        r.name = m_names->name(r.code);
    return true;
}

void QuoteModel::applyTicks(const QHash<QString, Tick> &latest, qint64 nowMs)
{
    m_now = nowMs;
    int first = int(m_rows.size());
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        const auto it = latest.constFind(r.code);
        const bool ticked = it != latest.cend() && update(r, *it);
        // A flash that just ended needs one more repaint to clear its background.
        const bool unflashed = !ticked && r.flashUntil != 0 && r.flashUntil <= nowMs;
        if (unflashed)
            r.flashUntil = 0;
        if (ticked || unflashed) {
            first = qMin(first, row);
            last = qMax(last, row);
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QString QuoteModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

int QuoteModel::pricedRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.price != 0; }));
}

void QuoteModel::reindex()
{
    m_rowOf.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).code, row);
}

} // namespace cybos
