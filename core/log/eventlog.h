#pragma once
// The user-facing event log as data: connection changes, syncs, errors. Thread-safe; the log
// file, the Log dock and /api/status read it. Every event is also written to the developer log.
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QObject>

namespace cybos {

struct LogEvent {
    enum class Level { Debug, Info, Warning, Error };
    qint64 timeMs = 0;
    Level level = Level::Info;
    QString source;   // "feed", "storage", "server", "forwarder", ...
    QString message;  // already translated where shown to users
};

QString levelName(LogEvent::Level level);

class EventLog : public QObject
{
    Q_OBJECT
public:
    explicit EventLog(int capacity = 2000, QObject *parent = nullptr);

    void add(LogEvent::Level level, const QString &source, const QString &message);
    void info(const QString &source, const QString &message) { add(LogEvent::Level::Info, source, message); }
    void warning(const QString &source, const QString &message) { add(LogEvent::Level::Warning, source, message); }
    void error(const QString &source, const QString &message) { add(LogEvent::Level::Error, source, message); }

    QList<LogEvent> recent(int max = 100) const;       // oldest first
    std::optional<LogEvent> lastError() const;

Q_SIGNALS:
    void eventAdded(const cybos::LogEvent &event);     // emitted on the adding thread

private:
    mutable QMutex m_mutex;
    QList<LogEvent> m_events;
    int m_capacity;
};

} // namespace cybos

Q_DECLARE_METATYPE(cybos::LogEvent)
