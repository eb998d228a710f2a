#include "singleinstance.h"
#include "core/log/categories.h"
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

namespace cybos {
namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
}

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent), m_name(std::move(name))
{
}

SingleInstance::~SingleInstance()
{
    // Stop listening before the lock is released, so the next owner never meets our socket.
    delete m_server;
}

QString SingleInstance::defaultName()
{
    // Local socket names are global on Unix (/tmp) and on Windows (named pipes): the user's
    // identity goes into the name so two users on one machine each get their own instance.
    QByteArray user = qgetenv("USER");
    if (user.isEmpty())
        user = qgetenv("USERNAME");
    user += QDir::homePath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(user, QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("cybos-server-") + QString::fromLatin1(hash);
}

QString SingleInstance::lockPath() const
{
    return QDir::tempPath() + u'/' + m_name + QStringLiteral(".lock");
}

bool SingleInstance::claim(int timeoutMs)
{
    if (m_server || m_lock)
        return true;
    auto lock = std::make_unique<QLockFile>(lockPath());
    // No age-based staleness: an instance runs for weeks. A lock whose owner process is gone
    // is still taken over (QLockFile checks the recorded PID on this host).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            notifyRunning(timeoutMs); // best effort: it may be busy starting or shutting down
            return false;
        }
        qCWarning(lcApp) << "single instance: cannot create" << lockPath()
                         << "- running without the one-instance guard";
        return true;
    }
    m_lock = std::move(lock);
    // We hold the lock, so a socket file left by a crashed instance is stale (Unix; a no-op
    // for Windows named pipes, which vanish with their process).
    QLocalServer::removeServer(m_name);
    if (!listen())
        qCWarning(lcApp) << "single instance: cannot be activated by later launches";
    return true;
}

bool SingleInstance::notifyRunning(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const int left = int(qMax<qint64>(1, deadline.remainingTime()));
        if (tryNotifyOnce(qMin(left, 500)))
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
}

bool SingleInstance::tryNotifyOnce(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kActivate);
    const bool sent = socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return sent;
}

bool SingleInstance::listen()
{
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        qCWarning(lcApp) << "single instance: cannot listen on" << m_name << server->errorString();
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return true;
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            while (socket->canReadLine()) {
                if (socket->readLine() == kActivate)
                    Q_EMIT activationRequested();
            }
        });
    }
}

} // namespace cybos
