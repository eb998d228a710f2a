#pragma once
// The live quote grid: one row per subscribed code. Rows change only in applyTicks(), which
// the coalescer calls at most ten times a second with the latest tick of each code, so the
// view repaints at that pace whatever the tick rate. An update flashes the price cell briefly:
// red on an uptick, blue on a downtick, pale on a trade at the same price.
#include "core/domain/quote.h"
#include "core/domain/tick.h"
#include <QAbstractTableModel>
#include <QHash>

namespace cybos {

class QuoteCache;
class StockDirectory;

class QuoteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Price, Change, Rate, Ask, Bid, Volume, Value, Time, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, CodeRole };
    static constexpr qint64 kFlashMs = 400;

    QuoteModel(const StockDirectory *names, const QuoteCache *cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The subscribed set: rows of codes no longer in it go, new codes are appended and seeded
    // from the quote cache (so they show a price before their first trade).
    void setCodes(const QStringList &codes);
    // The latest tick of each code since the last call; nowMs drives the flash.
    void applyTicks(const QHash<QString, Tick> &latest, qint64 nowMs);
    QString codeAt(int row) const;
    int rowOf(const QString &code) const { return m_rowOf.value(code, -1); }
    int pricedRows() const;

private:
    struct Row { // 0 = not given (shown empty): ask/bid with no order, limits without master data
        QString code;
        QString name;
        qint64 price = 0, change = 0, volume = 0, value = 0, timeMs = 0, ask = 0, bid = 0;
        qint64 upperLimit = 0, lowerLimit = 0;
        double rate = 0.0;
        qint64 flashUntil = 0;
        int flashDirection = 0;   // +1 up, -1 down, 0 same price
    };
    Row seeded(const QString &code) const;
    QVariant display(const Row &r, int column) const;
    QVariant sortValue(const Row &r, int column) const;
    QVariant background(const Row &r) const;
    QVariant foreground(const Row &r, int column) const;
    bool update(Row &r, const Tick &t);
    void reindex();

    const StockDirectory *m_names;
    const QuoteCache *m_cache;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    qint64 m_now = 0;
};

} // namespace cybos
