#pragma once
// The application's commands as QActions, shared by the main window's menus and the tray menu
// (one QAction each, so both always agree on text, state and shortcut), and what they do.
#include <QObject>

class QAction;
class QWidget;

namespace cybos {

class FeedServices;
class StatusProvider;

class AppActions : public QObject
{
    Q_OBJECT
public:
    AppActions(FeedServices *services, const StatusProvider *status, QString apiBaseUrl,
               QObject *parent = nullptr);

    QAction *showWindow() const { return m_show; }
    QAction *syncCodes() const { return m_sync; }
    QAction *pauseFeed() const { return m_pause; }          // checkable: checked = paused
    QAction *copyApiAddress() const { return m_copy; }
    QAction *openApiDocs() const { return m_docs; }
    QAction *settings() const { return m_settings; }
    QAction *quit() const { return m_quit; }

    QString apiAddress() const;   // the live address from the status snapshot, else the configured one

Q_SIGNALS:
    void showWindowRequested();
    void settingsRequested();
    void quitRequested();
    // Pause (true): the composition root takes the pinned codes off the realtime feed until
    // resume (false) puts them back; the UI only shows the state ("Feed paused").
    void pauseRequested(bool paused);
    void messagePosted(const QString &text);   // short feedback for the status bar

private:
    QAction *make(const QString &objectName, const QString &text);
    void startCodeSync();
    void setPaused(bool paused);
    void copyAddress();
    void openDocs();

    FeedServices *m_services;
    const StatusProvider *m_status;
    QString m_apiBaseUrl;
    QAction *m_show, *m_sync, *m_pause, *m_copy, *m_docs, *m_settings, *m_quit;
};

} // namespace cybos
