#include "wsload.h"
#include <QDate>
#include <QDateTime>
#include <QMetaObject>
#include <QThread>
#include <QWebSocket>
#include <chrono>

namespace cybos::bench {
namespace {
constexpr int kMaxErrors = 5;

double nowMs()
{
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) / 1000.0;
}

int digits(QStringView s, qsizetype at, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

// From `from` on: the integer after `"key":`, or -1; *end is set past it.
qint64 intAfter(QStringView frame, QStringView key, qsizetype from, qsizetype *end)
{
    const qsizetype at = frame.indexOf(key, from);
    if (at < 0)
        return -1;
    qsizetype i = at + key.size();
    while (i < frame.size() && frame[i] == u' ') // Python's json.dumps writes ": "
        ++i;
    qint64 v = 0;
    while (i < frame.size() && frame[i].isDigit())
        v = v * 10 + (frame[i++].unicode() - u'0');
    *end = i;
    return v;
}
} // namespace

double tickTimeMs(QStringView v)
{
    bool number = false;
    if (const double ms = v.toDouble(&number); number)
        return ms;
    // 2026-11-26T09:00:01.250+09:00
    if (v.size() >= 29 && v[10] == u'T' && v[19] == u'.' && (v[23] == u'+' || v[23] == u'-')) {
        const QDate date(digits(v, 0, 4), digits(v, 5, 2), digits(v, 8, 2));
        const int offsetMin = (v[23] == u'-' ? -1 : 1) * (digits(v, 24, 2) * 60 + digits(v, 27, 2));
        const qint64 secOfDay = digits(v, 11, 2) * 3600 + digits(v, 14, 2) * 60 + digits(v, 17, 2);
        if (date.isValid())
            return double((date.toJulianDay() - 2440588) * 86'400'000 + secOfDay * 1000 + digits(v, 20, 3)
                          - offsetMin * 60'000);
    }
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? double(t.toMSecsSinceEpoch()) : -1;
}

void LoadTotals::add(const LoadTotals &o)
{
    ticks += o.ticks;
    missing += o.missing;
    orderViolations += o.orderViolations;
    if (o.minClientTicks >= 0)
        minClientTicks = minClientTicks < 0 ? o.minClientTicks : std::min(minClientTicks, o.minClientTicks);
    if (o.firstSeq >= 0)
        firstSeq = firstSeq < 0 ? o.firstSeq : std::min(firstSeq, o.firstSeq);
    lastSeq = std::max(lastSeq, o.lastSeq);
    ready += o.ready;
    closed += o.closed;
    for (const QString &e : o.errors) {
        if (errors.size() < kMaxErrors && !errors.contains(e))
            errors.append(e);
    }
    latency.add(o.latency);
}

struct WsLoadGroup::Client {
    QWebSocket socket;
    qint64 lastSeq = -1;
    qint64 ticks = 0;       // while measuring
    bool closedByUs = false;
};

WsLoadGroup::WsLoadGroup(QList<QUrl> urls, QByteArray subscribeMessage, const std::atomic<int> *phase)
    : m_urls(std::move(urls)), m_subscribe(std::move(subscribeMessage)), m_phase(phase)
{}

WsLoadGroup::~WsLoadGroup() = default;

void WsLoadGroup::open()
{
    for (const QUrl &url : std::as_const(m_urls)) {
        auto client = std::make_unique<Client>();
        Client *c = client.get();
        c->socket.setMaxAllowedIncomingMessageSize(1 << 26);
        QObject::connect(&c->socket, &QWebSocket::connected, this, [this, c] {
            if (!m_subscribe.isEmpty())
                c->socket.sendTextMessage(QString::fromUtf8(m_subscribe));
        });
        QObject::connect(&c->socket, &QWebSocket::textMessageReceived, this,
                         [this, c](const QString &frame) { onFrame(*c, frame); });
        QObject::connect(&c->socket, &QWebSocket::disconnected, this, [this, c] {
            if (c->closedByUs)
                return;
            ++m_totals.closed;
            const QString why = QStringLiteral("closed %1 %2").arg(int(c->socket.closeCode())).arg(c->socket.closeReason());
            if (m_totals.errors.size() < kMaxErrors && !m_totals.errors.contains(why))
                m_totals.errors.append(why);
        });
        c->socket.open(url);
        m_clients.push_back(std::move(client));
    }
}

void WsLoadGroup::onFrame(Client &c, const QString &frame)
{
    const double receivedMs = nowMs();
    const int phase = m_phase->load(std::memory_order_relaxed);
    if (phase == int(LoadPhase::Done))
        return;
    const QStringView view(frame);
    if (view.contains(u"\"type\":\"error\"")) {
        if (m_totals.errors.size() < kMaxErrors)
            m_totals.errors.append(frame.left(160));
    }
    qsizetype pos = 0;
    while (true) {
        qsizetype end = 0;
        const qint64 seq = intAfter(view, u"\"seq\":", pos, &end);
        if (seq < 0)
            break;
        pos = end;
        double latency = -1;
        const qsizetype t = view.indexOf(u"\"time\":", pos);
        if (t >= 0) {
            qsizetype from = t + 7;
            while (from < view.size() && view[from] == u' ')
                ++from;
            const bool quoted = from < view.size() && view[from] == u'"';
            from += quoted ? 1 : 0;
            qsizetype to = from;
            while (to < view.size() && view[to] != (quoted ? u'"' : u',') && view[to] != u'}')
                ++to;
            const double tickMs = tickTimeMs(view.sliced(from, to - from));
            if (tickMs >= 0)
                latency = receivedMs - tickMs;
        }
        onTick(c, seq, latency, phase == int(LoadPhase::Measure));
    }
}

void WsLoadGroup::onTick(Client &c, qint64 seq, double latencyMs, bool measuring)
{
    if (c.lastSeq < 0)
        m_ready.fetch_add(1);
    if (measuring) {
        if (c.lastSeq >= 0 && seq <= c.lastSeq)
            ++m_totals.orderViolations;
        else if (c.lastSeq >= 0 && seq > c.lastSeq + 1)
            m_totals.missing += seq - c.lastSeq - 1;
        ++c.ticks;
        ++m_totals.ticks;
        m_totals.firstSeq = m_totals.firstSeq < 0 ? seq : std::min(m_totals.firstSeq, seq);
        m_totals.lastSeq = std::max(m_totals.lastSeq, seq);
        if (latencyMs >= 0)
            m_totals.latency.add(latencyMs);
    }
    c.lastSeq = std::max(c.lastSeq, seq);
}

void WsLoadGroup::closeAll()
{
    for (auto &c : m_clients) {
        c->closedByUs = true;
        c->socket.close();
    }
}

LoadTotals WsLoadGroup::totals() const
{
    LoadTotals t = m_totals;
    t.ready = m_ready.load();
    for (const auto &c : m_clients)
        t.minClientTicks = t.minClientTicks < 0 ? c->ticks : std::min(t.minClientTicks, c->ticks);
    return t;
}

WsLoad::WsLoad(const QList<QUrl> &urls, const QByteArray &subscribeMessage, int threads)
{
    threads = std::max(1, std::min(threads, int(urls.size())));
    for (int t = 0; t < threads; ++t) {
        QList<QUrl> mine;
        for (qsizetype i = t; i < urls.size(); i += threads)
            mine.append(urls.at(i));
        auto *thread = new QThread;
        auto *group = new WsLoadGroup(mine, subscribeMessage, &m_phase);
        group->moveToThread(thread);
        thread->start();
        QMetaObject::invokeMethod(group, [group] { group->open(); });
        m_threads.append(thread);
        m_groups.append(group);
    }
}

WsLoad::~WsLoad()
{
    finish();
}

int WsLoad::ready() const
{
    int n = 0;
    for (const WsLoadGroup *g : m_groups)
        n += g->ready();
    return n;
}

LoadTotals WsLoad::finish()
{
    LoadTotals sum;
    m_phase.store(int(LoadPhase::Done));
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        WsLoadGroup *group = m_groups.at(i);
        QMetaObject::invokeMethod(group, [group, &sum] {
            sum.add(group->totals());
            group->closeAll();
            delete group;
        }, Qt::BlockingQueuedConnection);
        m_threads.at(i)->quit();
        m_threads.at(i)->wait();
        delete m_threads.at(i);
    }
    m_groups.clear();
    m_threads.clear();
    return sum;
}

} // namespace cybos::bench
