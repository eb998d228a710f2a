#pragma once
// Turns SIGINT/SIGTERM (console Ctrl+C / close on Windows) into a Qt signal delivered on the
// main thread, so shutdown runs in the event loop: storage flushed, then exit 0.
#include <QObject>

class QSocketNotifier;

namespace cybos {

class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cybos
