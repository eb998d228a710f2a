#pragma once
// One running instance per user: the first launch listens on a per-user local socket; a second
// launch connects, asks the first to bring its window forward, and exits. The transport lives
// in core because ui/ must not use sockets; the window side only sees activationRequested().
#include <QObject>
#include <QString>

class QLocalServer;

namespace cybos {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // name: the local socket name; defaultName() is unique per user (tests pass their own).
    explicit SingleInstance(QString name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // true: this process is the first and now listens; false: another instance runs and has
    // been asked to activate (the caller should exit). When the socket cannot be created at
    // all, this instance runs unguarded (true, isPrimary() false) rather than refusing to run.
    bool claim(int timeoutMs = 2000);
    bool isPrimary() const { return m_server != nullptr; }
    QString name() const { return m_name; }

    static QString defaultName();

Q_SIGNALS:
    void activationRequested();

private:
    bool notifyRunning(int timeoutMs) const;
    bool listen();
    void acceptConnections();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace cybos
