#include "screenshotter.h"
#include "core/log/categories.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>
#include <cstdio>

namespace cybos {

Screenshotter::Screenshotter(QWidget *window, std::function<bool()> ready, QString path, QObject *parent)
    : QObject(parent), m_window(window), m_ready(std::move(ready)), m_path(std::move(path))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &Screenshotter::poll);
}

void Screenshotter::start(int timeoutMs, int settleMs)
{
    m_timeoutMs = timeoutMs;
    m_settleMs = settleMs;
    m_window->show();
    m_window->raise();
    m_clock.start();
    m_poll.start();
}

void Screenshotter::poll()
{
    const qint64 now = m_clock.elapsed();
    const bool ready = !m_ready || m_ready();
    if (ready && m_readySince < 0)
        m_readySince = now;
    if (!ready)
        m_readySince = -1;
    // Data first, then a little time so the grid has ticked a few times and the view settled.
    if (m_readySince >= 0 && now - m_readySince >= m_settleMs)
        finish(true);
    else if (now >= m_timeoutMs)
        finish(false);
}

void Screenshotter::finish(bool ready)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool saved = m_window->grab().save(m_path, "PNG");
    const bool ok = ready && saved;
    if (!saved)
        std::fprintf(stderr, "cybos-server: could not write the screenshot %s\n", qPrintable(m_path));
    else if (!ready)
        std::fprintf(stderr, "cybos-server: no live data within %d ms; saved %s anyway\n", m_timeoutMs, qPrintable(m_path));
    qCInfo(lcUi) << "screenshot" << m_path << (ok ? "saved" : "failed");
    Q_EMIT finished(ok);
    if (m_quit)
        QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace cybos
