#include "forwarder.h"
#include "core/storage/storage.h"
#include "forwardengine.h"

namespace cybos {

QString forwardStateName(ForwardState state)
{
    switch (state) {
    case ForwardState::Off: return QStringLiteral("off");
    case ForwardState::Connecting: return QStringLiteral("connecting");
    case ForwardState::Sending: return QStringLiteral("sending");
    case ForwardState::Idle: return QStringLiteral("idle");
    case ForwardState::Backoff: return QStringLiteral("backoff");
    case ForwardState::Stopped: return QStringLiteral("stopped");
    }
    return QStringLiteral("off");
}

Forwarder::Forwarder(ForwarderOptions options, const Database &database, Storage *storage,
                     EventLog *events, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_database(database), m_storage(storage),
      m_events(events)
{
    m_thread.setObjectName(QStringLiteral("forwarder"));
}

Forwarder::~Forwarder()
{
    stop();
}

void Forwarder::start()
{
    if (m_thread.isRunning())
        return;
    auto *engine = new ForwardEngine(m_options, m_database, m_storage, m_events, &m_box);
    engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, engine, &QObject::deleteLater);
    connect(engine, &ForwardEngine::finished, &m_thread, &QThread::quit, Qt::DirectConnection);
    connect(engine, &ForwardEngine::stateChanged, this, &Forwarder::stateChanged);
    m_engine = engine;
    m_thread.start();
    QMetaObject::invokeMethod(engine, &ForwardEngine::start, Qt::QueuedConnection);
}

void Forwarder::stop()
{
    if (!m_thread.isRunning())
        return;
    if (m_engine)
        QMetaObject::invokeMethod(m_engine.data(), &ForwardEngine::shutdown, Qt::QueuedConnection);
    if (!m_thread.wait(kStopWaitMs)) {
        m_thread.quit(); // the cursor write did not land: the remote drops the repeats later
        m_thread.wait();
    }
    m_box.setState(ForwardState::Off);
}

SystemStatus::Forwarder Forwarder::status() const
{
    const qint64 committed = m_storage ? m_storage->committedSeq() : 0;
    return m_box.snapshot(true, committed);
}

} // namespace cybos
