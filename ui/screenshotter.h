#pragma once
// --screenshot FILE: show the window, wait until live data is on screen (or a timeout), save
// the window as a PNG and quit: exit code 0 when saved with data, 1 otherwise.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QWidget;

namespace cybos {

class Screenshotter : public QObject
{
    Q_OBJECT
public:
    // ready: true once the window shows what it should (e.g. grid rows with prices).
    Screenshotter(QWidget *window, std::function<bool()> ready, QString path, QObject *parent = nullptr);

    void start(int timeoutMs = 30000, int settleMs = 1500);
    void setQuitWhenDone(bool quit) { m_quit = quit; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void poll();
    void finish(bool ok);

    QWidget *m_window;
    std::function<bool()> m_ready;
    QString m_path;
    QTimer m_poll;
    QElapsedTimer m_clock;
    qint64 m_readySince = -1;
    int m_timeoutMs = 30000;
    int m_settleMs = 1500;
    bool m_quit = true;
    bool m_done = false;
};

} // namespace cybos
