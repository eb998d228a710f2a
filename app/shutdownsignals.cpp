#include "shutdownsignals.h"
#include <QSocketNotifier>
#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace cybos {
namespace {
#ifdef Q_OS_UNIX
int g_fds[2] = {-1, -1};

void onSignal(int sig)
{
    const char c = char(sig);
    // Only async-signal-safe calls here: one write to the self-pipe.
    [[maybe_unused]] const auto n = ::write(g_fds[0], &c, 1);
}
#else
ShutdownSignals *g_instance = nullptr;
void onSignal(int sig)
{
    if (g_instance)
        QMetaObject::invokeMethod(g_instance, "shutdownRequested", Qt::QueuedConnection, Q_ARG(int, sig));
}
#endif
} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) == 0) {
        m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::onReadable);
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }
#else
    g_instance = this;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#endif
}

ShutdownSignals::~ShutdownSignals()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#ifndef Q_OS_UNIX
    g_instance = nullptr;
#endif
}

void ShutdownSignals::onReadable()
{
#ifdef Q_OS_UNIX
    char c = 0;
    if (::read(g_fds[1], &c, 1) == 1)
        Q_EMIT shutdownRequested(int(c));
#endif
}

} // namespace cybos
