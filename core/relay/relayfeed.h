#pragma once
// The relay backend's MarketFeed: ticks do not come through it (the IngestService publishes
// them, seq kept, on the RelayBus), so it never emits tickReceived. It is "connected" while a
// forwarder has pushed within the last staleMs (forwarders send an empty push every few
// seconds when there is nothing to send). The stock master is the relay's own stocks table,
// filled by the forwarder's stock pushes, so a code sync on the relay is a harmless reread.
//
//   RelayFeed feed(storage.database());
//   QObject::connect(&ingest, &IngestService::pushed, &feed, &RelayFeed::notePush);
#include "offlinefeed.h"
#include <QTimer>

namespace cybos {

class RelayFeed : public OfflineFeed
{
    Q_OBJECT
public:
    static constexpr int kStaleMs = 15000;

    explicit RelayFeed(const Database &database, int staleMs = kStaleMs, QObject *parent = nullptr);

    bool isConnected() const override { return m_connected; }
    qint64 lastPushMs() const { return m_lastPushMs; }

public Q_SLOTS:
    void notePush();   // a forwarder delivered something (or a heartbeat)

protected:
    const Database &stockDatabase() const override { return m_database; }

private:
    void checkStale();

    const Database &m_database;
    int m_staleMs;
    qint64 m_lastPushMs = 0;
    bool m_connected = false;
    QTimer m_staleCheck;
};

} // namespace cybos
