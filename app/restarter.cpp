#include "restarter.h"
#include "core/domain/ksttime.h"
#include "core/log/categories.h"
#include "core/log/eventlog.h"
#include "cybos/adapter/cybosfeed.h"
#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

namespace cybos {

Restarter::Restarter(QStringList arguments, const QString &recorded)
    : m_arguments(std::move(arguments)), m_guard(recorded)
{
}

void Restarter::attach(const Config &config, MarketFeed *feed, EventLog *log)
{
    auto *cybosFeed = qobject_cast<CybosFeed *>(feed);
    if (config.onDisconnect != u"restart" || !cybosFeed)
        return;
    m_log = log;
    m_program = QCoreApplication::applicationFilePath();
    if (const int n = m_guard.recentRestarts(Kst::nowMs()); n > 0) {
        log->info(QStringLiteral("app"), tr("Started again after a Cybos disconnect (%1 of at most %2 within %3 minutes)")
                                             .arg(n).arg(RestartGuard::kMaxRestarts).arg(RestartGuard::kWindowMs / 60'000));
    }
    cybosFeed->setReconnectGate([this] { return linkBack(); });
}

bool Restarter::linkBack()
{
    const qint64 now = Kst::nowMs();
    if (!m_guard.allows(now)) {
        m_log->warning(QStringLiteral("app"),
                       tr("The Cybos link is back, but cybos-server restarted %1 times within %2 minutes: "
                          "carrying on without restarting")
                           .arg(m_guard.recentRestarts(now)).arg(RestartGuard::kWindowMs / 60'000));
        return true;
    }
    m_log->info(QStringLiteral("app"), tr("The Cybos link is back: restarting cybos-server (--on-disconnect restart)"));
    m_next = m_guard.withRestartAt(now);
    m_requested = true;
    // Leave the event loop from its top level, not from inside the poll that asked.
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    return false;
}

int Restarter::relaunchIfRequested(int exitCode)
{
    if (!m_requested)
        return exitCode;
    QProcess child;
    child.setProgram(m_program);
    child.setArguments(m_arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(RestartGuard::kEnvVar), m_next);
    child.setProcessEnvironment(env);
    qint64 pid = 0;
    if (!child.startDetached(&pid)) {
        qCCritical(lcApp).noquote() << QStringLiteral("cannot relaunch %1: %2").arg(m_program, child.errorString());
        return 1;
    }
    qCInfo(lcApp).noquote() << QStringLiteral("relaunched as pid %1").arg(pid);
    return exitCode;
}

} // namespace cybos
