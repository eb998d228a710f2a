#include "eventlog.h"
#include "categories.h"
#include "core/domain/ksttime.h"

namespace cybos {

QString levelName(LogEvent::Level level)
{
    switch (level) {
    case LogEvent::Level::Debug: return QStringLiteral("debug");
    case LogEvent::Level::Info: return QStringLiteral("info");
    case LogEvent::Level::Warning: return QStringLiteral("warning");
    case LogEvent::Level::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

EventLog::EventLog(int capacity, QObject *parent)
    : QObject(parent), m_capacity(capacity)
{
    qRegisterMetaType<cybos::LogEvent>();
}

void EventLog::add(LogEvent::Level level, const QString &source, const QString &message)
{
    const LogEvent event{Kst::nowMs(), level, source, message};
    {
        QMutexLocker lock(&m_mutex);
        m_events.append(event);
        if (m_events.size() > m_capacity)
            m_events.remove(0, m_events.size() - m_capacity);
    }
    switch (level) {
    case LogEvent::Level::Debug: qCDebug(lcApp).noquote() << source << message; break;
    case LogEvent::Level::Info: qCInfo(lcApp).noquote() << source << message; break;
    case LogEvent::Level::Warning: qCWarning(lcApp).noquote() << source << message; break;
    case LogEvent::Level::Error: qCCritical(lcApp).noquote() << source << message; break;
    }
    Q_EMIT eventAdded(event);
}

QList<LogEvent> EventLog::recent(int max) const
{
    QMutexLocker lock(&m_mutex);
    return m_events.mid(qMax(0, int(m_events.size()) - max));
}

std::optional<LogEvent> EventLog::lastError() const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (it->level == LogEvent::Level::Error)
            return *it;
    }
    return std::nullopt;
}

} // namespace cybos
