#include "singleinstance.h"
#include "core/log/categories.h"
#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace cybos {
namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
}

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent), m_name(std::move(name))
{
}

SingleInstance::~SingleInstance() = default;

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

bool SingleInstance::claim(int timeoutMs)
{
    if (m_server)
        return true;
    if (notifyRunning(timeoutMs))
        return false;
    // Nobody answered: a socket file left by a crashed instance must not lock us out.
    QLocalServer::removeServer(m_name);
    if (!listen())
        qCWarning(lcApp) << "single instance: running without the one-instance guard";
    return true;
}

bool SingleInstance::notifyRunning(int timeoutMs) const
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
