#pragma once
// One running instance per user. Who is first is decided by an exclusive per-user lock file
// (QLockFile), not by the local socket: on Windows a QLocalServer is a named pipe created with
// PIPE_UNLIMITED_INSTANCES and without FILE_FLAG_FIRST_PIPE_INSTANCE (qlocalserver_win.cpp),
// so a second listen() on the same name succeeds, removeServer() is a no-op, and a client then
// reaches either instance at random. A lock held by a live process is exclusive on every
// platform, and QLockFile takes over a lock whose owner has died (crash, power loss).
// The first instance then listens on the local socket; a later launch finds the lock held,
// connects to that socket, asks the first to bring its window forward, and exits.
// Only the GUI uses it (the headless server may run beside a GUI instance on another port).
#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;
class QLockFile;

namespace cybos {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // name: the lock and local socket name; defaultName() is unique per user (tests pass their own).
    explicit SingleInstance(QString name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // true: this process is the first (holds the lock) and listens; false: another live
    // instance holds the lock and has been asked to activate (the caller should exit). When
    // the lock cannot be created at all (unwritable temp folder), this instance runs unguarded
    // (true, isPrimary() false) rather than refusing to run.
    bool claim(int timeoutMs = 2000);
    bool isPrimary() const { return m_server != nullptr; }
    QString name() const { return m_name; }
    // Where the lock lives: the per-user temp folder (%TEMP% on Windows, $TMPDIR or /tmp).
    QString lockPath() const;

    static QString defaultName();

Q_SIGNALS:
    void activationRequested();

private:
    // Asks the running instance to activate, retrying until timeoutMs: it may hold the lock
    // but still be starting up, before it listens.
    bool notifyRunning(int timeoutMs) const;
    bool tryNotifyOnce(int timeoutMs) const;
    bool listen();
    void acceptConnections();

    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace cybos
