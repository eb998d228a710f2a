#include "domainjsonwriter.h"
#include <cmath>
#include <limits>

namespace cybos {

namespace Json {
namespace {
constexpr qint64 kMsPerDay = 86'400'000;
constexpr qint64 kKstOffsetMs = 9 * 3'600'000;

void appendDigits(QByteArray &out, qint64 v, int width)
{
    char buf[24];
    int at = int(sizeof buf);
    do {
        buf[--at] = char('0' + v % 10);
        v /= 10;
    } while (v > 0 || int(sizeof buf) - at < width);
    out.append(buf + at, qsizetype(sizeof buf) - at); // one append: each append checks capacity
}

struct Civil {
    qint64 year;
    int month, day;
};

// Howard Hinnant's days-to-civil: exact for the proleptic Gregorian calendar, no QDateTime.
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return Civil{yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}
} // namespace

void appendInt(QByteArray &out, qint64 v)
{
    if (v < 0) {
        out.append('-');
        if (v == std::numeric_limits<qint64>::min()) {
            out.append("9223372036854775808");
            return;
        }
        v = -v;
    }
    appendDigits(out, v, 1);
}

void appendIsoKst(QByteArray &out, qint64 epochMs)
{
    const qint64 local = epochMs + kKstOffsetMs;
    qint64 days = local / kMsPerDay;
    qint64 msOfDay = local % kMsPerDay;
    if (msOfDay < 0) {
        msOfDay += kMsPerDay;
        --days;
    }
    const Civil c = civilFromDays(days);
    appendDigits(out, c.year, 4);
    out.append('-');
    appendDigits(out, c.month, 2);
    out.append('-');
    appendDigits(out, c.day, 2);
    out.append('T');
    appendDigits(out, msOfDay / 3'600'000, 2);
    out.append(':');
    appendDigits(out, msOfDay / 60'000 % 60, 2);
    out.append(':');
    appendDigits(out, msOfDay / 1000 % 60, 2);
    out.append('.');
    appendDigits(out, msOfDay % 1000, 3);
    out.append("+09:00");
}

void appendEscaped(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(ch);
        } else if (c < 0x20) {
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}
} // namespace Json

void JsonOut::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first[m_depth])
        m_out.append(',');
    m_first[m_depth] = false;
}

JsonOut &JsonOut::beginObject()
{
    separate();
    m_out.append('{');
    m_first[++m_depth] = true;
    return *this;
}

JsonOut &JsonOut::endObject()
{
    m_out.append('}');
    --m_depth;
    return *this;
}

JsonOut &JsonOut::beginArray()
{
    separate();
    m_out.append('[');
    m_first[++m_depth] = true;
    return *this;
}

JsonOut &JsonOut::endArray()
{
    m_out.append(']');
    --m_depth;
    return *this;
}

JsonOut &JsonOut::key(const char *name)
{
    separate();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":");
    m_afterKey = true;
    return *this;
}

JsonOut &JsonOut::value(qint64 v)
{
    separate();
    Json::appendInt(m_out, v);
    return *this;
}

JsonOut &JsonOut::value(bool v)
{
    separate();
    m_out.append(v ? "true" : "false");
    return *this;
}

JsonOut &JsonOut::value(double v, int decimals)
{
    if (!std::isfinite(v))
        return null();
    separate();
    m_out.append(QByteArray::number(v, 'f', decimals));
    return *this;
}

JsonOut &JsonOut::value(const QString &s)
{
    separate();
    Json::appendEscaped(m_out, s);
    return *this;
}

JsonOut &JsonOut::valueOrNull(const QString &s)
{
    return s.isEmpty() ? null() : value(s);
}

JsonOut &JsonOut::latin1(const char *s)
{
    separate();
    m_out.append('"');
    m_out.append(s);
    m_out.append('"');
    return *this;
}

JsonOut &JsonOut::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonOut &JsonOut::isoTime(qint64 epochMs)
{
    if (epochMs == 0)
        return null();
    separate();
    m_out.append('"');
    Json::appendIsoKst(m_out, epochMs);
    m_out.append('"');
    return *this;
}

JsonOut &JsonOut::raw(const QByteArray &json)
{
    separate();
    m_out.append(json);
    return *this;
}

} // namespace cybos
