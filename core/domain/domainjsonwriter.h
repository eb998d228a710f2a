#pragma once
// JsonOut: a small append-only JSON writer into a QByteArray. The API's hot paths (ticks to
// every WebSocket client, ticks and bars by the ten thousand over REST) write JSON this way
// instead of building QJsonObjects: no per-field allocation, one buffer.
#include <QByteArray>
#include <QString>
#include <array>

namespace cybos {

class JsonOut
{
public:
    explicit JsonOut(QByteArray &out) : m_out(out) { m_first[0] = true; }

    JsonOut &beginObject();
    JsonOut &endObject();
    JsonOut &beginArray();
    JsonOut &endArray();
    JsonOut &key(const char *name);            // ASCII name without escapes

    JsonOut &value(qint64 v);
    JsonOut &value(int v) { return value(qint64(v)); }
    JsonOut &value(bool v);
    JsonOut &value(double v, int decimals);
    JsonOut &value(const QString &s);          // escaped; an empty string stays ""
    JsonOut &valueOrNull(const QString &s);    // null when empty
    JsonOut &value(const char *) = delete;     // say latin1() or value(QString): no bool decay
    JsonOut &latin1(const char *s);            // ASCII string without escapes
    JsonOut &null();
    JsonOut &isoTime(qint64 epochMs);          // "2026-11-26T09:00:01.123+09:00"; null when 0
    JsonOut &raw(const QByteArray &json);      // an already serialised value

    template<typename T>
    JsonOut &field(const char *name, const T &v) { key(name); return value(v); }

    QByteArray &buffer() { return m_out; }

private:
    void separate();

    QByteArray &m_out;
    std::array<bool, 32> m_first{};
    int m_depth = 0;
    bool m_afterKey = false;
};

namespace Json {
void appendEscaped(QByteArray &out, const QString &s);   // with the quotes
void appendInt(QByteArray &out, qint64 v);
void appendIsoKst(QByteArray &out, qint64 epochMs);       // without quotes
} // namespace Json

} // namespace cybos
