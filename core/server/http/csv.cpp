#include "csv.h"
#include "core/domain/domainjson.h"

namespace cybos::Csv {
namespace {
class Row
{
public:
    explicit Row(QByteArray &out) : m_out(out) {}
    ~Row() { m_out.append("\r\n"); }

    Row &num(qint64 v)
    {
        sep();
        Json::appendInt(m_out, v);
        return *this;
    }
    Row &opt(const std::optional<qint64> &v)
    {
        sep();
        if (v)
            Json::appendInt(m_out, *v);
        return *this;
    }
    Row &time(qint64 ms)
    {
        sep();
        if (ms != 0)
            Json::appendIsoKst(m_out, ms);
        return *this;
    }
    Row &text(const QString &s)
    {
        sep();
        const QByteArray v = s.toUtf8();
        if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r')) {
            m_out.append('"');
            m_out.append(QByteArray(v).replace('"', "\"\""));
            m_out.append('"');
        } else {
            m_out.append(v);
        }
        return *this;
    }
    Row &latin1(const char *s)
    {
        sep();
        if (s)
            m_out.append(s);
        return *this;
    }

private:
    void sep()
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
    }
    QByteArray &m_out;
    bool m_first = true;
};
} // namespace

QByteArray ticks(const TickList &ticks)
{
    QByteArray out("seq,code,time,price,change,volume,cum_volume,cum_value,ask,bid,side,session\r\n");
    out.reserve(out.size() + ticks.size() * 96);
    for (const Tick &t : ticks) {
        Row(out).num(t.seq).text(t.code).time(t.timeMs).num(t.price).num(t.change).num(t.volume)
            .num(t.cumVolume).num(t.cumValue).opt(givenPrice(t.ask)).opt(givenPrice(t.bid))
            .latin1(DomainJson::sideLatin1(t.side)).latin1(DomainJson::sessionLatin1(t.session));
    }
    return out;
}

QByteArray bars(const BarList &bars)
{
    QByteArray out("time,open,high,low,close,volume,value\r\n");
    for (const Bar &b : bars)
        Row(out).time(b.timeMs).num(b.open).num(b.high).num(b.low).num(b.close).num(b.volume).num(b.value);
    return out;
}

QByteArray stocks(const StockList &stocks)
{
    QByteArray out("code,name,market,section,kospi200,control_kind,supervision,status,listed_date,"
                   "par_price,std_price,upper_limit,lower_limit,prev_close,updated_at\r\n");
    for (const Stock &s : stocks) {
        Row(out).text(s.code).text(s.name).text(s.market).text(s.section).latin1(s.kospi200 ? "true" : "false")
            .text(s.controlKind).latin1(s.supervision ? "true" : "false").text(s.status)
            .text(s.listedDate ? s.listedDate->toString(Qt::ISODate) : QString())
            .opt(s.parPrice).opt(s.stdPrice).opt(s.upperLimit).opt(s.lowerLimit).opt(s.prevClose)
            .time(s.updatedAt.isValid() ? s.updatedAt.toMSecsSinceEpoch() : 0);
    }
    return out;
}

QByteArray quotes(const QuoteList &quotes)
{
    QByteArray out("code,name,time,price,change,change_rate,open,high,low,ask,bid,volume,value,prev_close,"
                   "upper_limit,lower_limit,session,source,age_ms\r\n");
    for (const Quote &q : quotes) {
        Row(out).text(q.code).text(q.name).time(q.timeMs).num(q.price).num(q.change)
            .text(QString::number(q.changeRate, 'f', 2)).opt(q.open).opt(q.high).opt(q.low).opt(q.ask)
            .opt(q.bid).num(q.volume).num(q.value).num(q.prevClose).opt(q.upperLimit).opt(q.lowerLimit)
            .latin1(DomainJson::sessionLatin1(q.session)).latin1(DomainJson::sourceLatin1(q.source)).num(q.ageMs);
    }
    return out;
}

} // namespace cybos::Csv
