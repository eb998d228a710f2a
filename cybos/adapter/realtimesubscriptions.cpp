#include "realtimesubscriptions.h"
#include "codemgrreader.h"
#include "comvalue.h"
#include "connectionmonitor.h"
#include "dib.h"
#include "requestrunner.h"
#include "stockcurreader.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"

namespace cybos {

struct RealtimeSubscriptions::Entry {
    Tick prototype; // code filled in once; each trade copies it
    qint64 valueUnit = 1;
    ComObjectPtr object;
    QMetaObject::Connection connection;

    ~Entry() { QObject::disconnect(connection); }
};

RealtimeSubscriptions::RealtimeSubscriptions(ComDispatch &dispatch, CodeMgrReader &codes,
                                             ConnectionMonitor &monitor, TickSink sink)
    : m_dispatch(dispatch), m_codes(codes), m_monitor(monitor), m_sink(std::move(sink))
{
}

RealtimeSubscriptions::~RealtimeSubscriptions()
{
    for (const auto &e : std::as_const(m_entries))
        e->object->call(QStringLiteral("Unsubscribe"));
}

Status RealtimeSubscriptions::subscribe(const QString &input)
{
    const Result<QString> code = StockCode::normalize(input);
    if (!code)
        return code.error();
    if (m_entries.contains(*code))
        return Ok{};
    if (!m_monitor.isConnected())
        return disconnectedError();
    if (m_entries.size() >= kMaxSubscriptions)
        return makeError(ErrorCode::SubscriptionLimit,
                         QStringLiteral("Cybos allows at most %1 realtime subscriptions").arg(kMaxSubscriptions));
    const Result<QString> cybosCode = m_codes.listedCybosCode(*code);
    if (!cybosCode)
        return cybosCode.error();
    auto entry = std::make_shared<Entry>();
    entry->prototype.code = *code;
    entry->valueUnit = m_codes.valueUnit(*cybosCode);
    const Status started = startSubscription(*entry, *cybosCode);
    if (started)
        m_entries.insert(*code, std::move(entry));
    return started;
}

Status RealtimeSubscriptions::startSubscription(Entry &entry, const QString &cybosCode)
{
    entry.object = adoptObject(m_dispatch.create(QString::fromLatin1(StockCurReader::kProgId)));
    if (!entry.object)
        return makeError(ErrorCode::FeedError, QStringLiteral("cannot create Dscbo1.StockCur"));
    Entry *raw = &entry;
    entry.connection = QObject::connect(entry.object.get(), &ComObject::received, entry.object.get(),
                                        [this, raw] { onReceived(raw); });
    StockCurReader::setInputs(*entry.object, cybosCode);
    const QVariant rc = entry.object->call(QStringLiteral("Subscribe"));
    const bool failed = (rc.isValid() && ComValue::toInt64(rc) != 0) || Dib::status(*entry.object) == -1;
    if (!failed)
        return Ok{};
    if (m_monitor.subscriptionsRemaining() == 0)
        return makeError(ErrorCode::SubscriptionLimit, QStringLiteral("Cybos refused a subscription over its limit"));
    return feedError(*entry.object, QStringLiteral("Cybos refused the subscription of %1").arg(cybosCode));
}

Status RealtimeSubscriptions::unsubscribe(const QString &input)
{
    const Result<QString> code = StockCode::normalize(input);
    if (!code)
        return code.error();
    const std::shared_ptr<Entry> entry = m_entries.take(*code);
    if (entry && m_monitor.isConnected())
        entry->object->call(QStringLiteral("Unsubscribe"));
    return Ok{};
}

void RealtimeSubscriptions::dropAll()
{
    m_entries.clear();
}

void RealtimeSubscriptions::onReceived(Entry *entry)
{
    Tick tick = entry->prototype;
    if (StockCurReader::read(*entry->object, entry->valueUnit, Kst::nowMs(), tick))
        m_sink(tick);
}

} // namespace cybos
