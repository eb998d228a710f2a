#include "realtimebook.h"
#include "comvalue.h"
#include "connectionmonitor.h"
#include "dib.h"
#include "jpbidreader.h"
#include "requestrunner.h"
#include "core/domain/ksttime.h"

namespace cybos {

RealtimeBook::RealtimeBook(ComDispatch &dispatch, ConnectionMonitor &monitor, BookSink sink)
    : m_dispatch(dispatch), m_monitor(monitor), m_sink(std::move(sink))
{
}

RealtimeBook::~RealtimeBook()
{
    stop();
}

Status RealtimeBook::follow(const QString &code, const QString &cybosCode)
{
    if (code == m_code && m_object)
        return Ok{};
    stop();
    if (!m_monitor.isConnected())
        return disconnectedError();
    m_object = adoptObject(m_dispatch.create(QString::fromLatin1(JpbidReader::kRealtimeProgId)));
    if (!m_object)
        return makeError(ErrorCode::FeedError, QStringLiteral("cannot create Dscbo1.StockJpbid"));
    m_connection = QObject::connect(m_object.get(), &ComObject::received, m_object.get(), [this] { onReceived(); });
    JpbidReader::setInputs(*m_object, cybosCode);
    const QVariant rc = m_object->call(QStringLiteral("Subscribe"));
    if ((rc.isValid() && ComValue::toInt64(rc) != 0) || Dib::status(*m_object) == -1) {
        const Error error = feedError(*m_object, QStringLiteral("Cybos refused the order book of %1").arg(cybosCode));
        drop();
        return error;
    }
    m_code = code;
    return Ok{};
}

void RealtimeBook::stop()
{
    if (m_object && m_monitor.isConnected())
        m_object->call(QStringLiteral("Unsubscribe"));
    drop();
}

void RealtimeBook::drop()
{
    QObject::disconnect(m_connection);
    m_object.reset();
    m_code.clear();
}

void RealtimeBook::onReceived()
{
    if (m_object)
        m_sink(JpbidReader::readRealtime(*m_object, m_code, Kst::nowMs()));
}

} // namespace cybos
