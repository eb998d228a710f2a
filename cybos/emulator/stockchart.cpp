#include "stockchart.h"
#include "chartfields.h"
#include "emucontext.h"
#include "emuvalues.h"
#include <algorithm>

namespace cybos::emu {
namespace {
bool optionalInt(const QVariant &v, qint64 &out, qint64 fallback)
{
    if (!v.isValid()) {
        out = fallback;
        return true;
    }
    const auto n = intInput(v);
    out = n.value_or(0);
    return n.has_value();
}
} // namespace

StockChart::StockChart(const QString &progId, EmuContext *context) : RequestObject(progId, context) {}
StockChart::~StockChart() = default;

QString StockChart::parse(ChartQuery &query, QList<int> &fields) const
{
    const auto code = stringInput(input(0));
    if (!code || code->isEmpty())
        return QStringLiteral("input 0 must be a code string");
    const qint64 kind = intInput(input(1)).value_or(0);
    if (kind != '1' && kind != '2')
        return QStringLiteral("input 1 must be the char code '1' or '2'");
    const qint64 type = intInput(input(6)).value_or(0);
    if (type != 'D' && type != 'W' && type != 'M' && type != 'm' && type != 'T')
        return QStringLiteral("input 6 must be the char code 'D', 'W', 'M', 'm' or 'T'");
    const auto ids = intListInput(input(5));
    if (!ids || ids->isEmpty())
        return QStringLiteral("input 5 must be a field id or an array of field ids");
    fields.clear();
    for (qint64 id : *ids) {
        if (id < 0 || id > kMaxChartFieldId)
            return QStringLiteral("unknown field id %1").arg(id);
        fields.append(int(id));
    }
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
    qint64 end = 0, start = 0, count = 0, period = 1, flag = 0;
    if (!optionalInt(input(2), end, 0) || !optionalInt(input(3), start, 0) || !optionalInt(input(4), count, 0)
        || !optionalInt(input(7), period, 1) || period < 1)
        return QStringLiteral("inputs 2, 3, 4 and 7 must be numbers");
    for (int i : {8, 9, 10}) {
        if (!optionalInt(input(i), flag, '0'))
            return QStringLiteral("input %1 must be a char code").arg(i);
    }
    if (kind == '2' && count <= 0)
        return QStringLiteral("input 4 (count) must be positive in count mode");
    query = ChartQuery{nullptr, char(type), int(period), kind == '2', int(count), int(end), int(start)};
    return {};
}

QString StockChart::inputError() const
{
    if (m_cursor && m_continue)
        return {};
    ChartQuery query;
    QList<int> fields;
    return parse(query, fields);
}

void StockChart::inputChanged(int)
{
    m_cursor.reset();
    m_continue = false;
}

void StockChart::clearReply()
{
    m_rows.clear();
    m_headers.clear();
    m_cursor.reset();
    m_continue = false;
}

bool StockChart::start()
{
    ChartQuery query;
    parse(query, m_fields);
    EmuContext *ctx = context();
    m_stock = ctx->market.stock(input(0).toString());
    if (!m_stock) {
        setStatus(-1, msg::unknownCode(input(0).toString()));
        return false;
    }
    if (!query.byCount && query.type == 'T') {
        setStatus(-1, QStringLiteral("틱 차트는 기간으로 조회할 수 없습니다."));
        return false;
    }
    if (!query.byCount && query.type == 'M')
        query.endDate = query.startDate = 0; // monthly charts ignore the dates (AKX)
    query.stock = m_stock;
    m_wanted = query.byCount ? query.count : 0;
    m_cursor = std::make_unique<ChartCursor>(*ctx, query);
    m_facts = stockFacts(*ctx, *m_stock, false);
    return true;
}

void StockChart::answer()
{
    const bool continuing = m_cursor && m_continue;
    m_rows.clear();
    if (!continuing && !start()) {
        clearReply();
        return;
    }
    // Count mode: pages stop at the count, but Continue stays 1 while older rows exist and a
    // further request serves them (CDR): a client must stop by itself.
    int cap = pageRows(int(m_fields.size()));
    if (m_wanted > 0)
        cap = std::min(cap, m_wanted);
    while (int(m_rows.size()) < cap) {
        std::optional<ChartRow> row = m_cursor->next();
        if (!row)
            break;
        m_rows.push_back(*row);
    }
    if (m_wanted > 0)
        m_wanted -= int(m_rows.size());
    m_continue = m_cursor->hasMore();
    m_headers.clear();
    for (int i = 0; i <= 23; ++i)
        m_headers.append(chartHeader(i, *context(), *m_stock, m_facts));
}

QVariant StockChart::headerValue(int index) const
{
    if (m_headers.isEmpty())
        return {};
    if (index == 1)
        return num(m_fields.size());
    if (index == 2) {
        QStringList names;
        for (int id : m_fields)
            names.append(chartFieldName(id));
        return names;
    }
    if (index == 3)
        return num(qint64(m_rows.size()));
    if (index == 4)
        return num(m_rows.empty() ? 0 : m_rows.front().ticks);
    return m_headers.value(index);
}

QVariant StockChart::dataValue(int type, int index) const
{
    if (type < 0 || type >= m_fields.size() || index < 0 || index >= int(m_rows.size()))
        return {};
    return chartField(m_fields[type], m_rows[size_t(index)], *m_stock, m_facts);
}

bool StockChart::readProperty(const QString &name, QVariant &result)
{
    if (!is(name, "Continue"))
        return false;
    result = m_continue ? 1 : 0;
    return true;
}

} // namespace cybos::emu
