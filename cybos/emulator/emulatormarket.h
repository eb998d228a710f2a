#pragma once
// The emulated market behind the Cybos objects: the listing, the generated history, the
// session clock and the live state of every stock. One per Emulator (Emulator::market()).
#include "history.h"
#include "listing.h"
#include "livequotes.h"
#include "sessionclock.h"

namespace cybos {

class EmulatorMarket
{
public:
    EmulatorMarket(quint32 seed, bool krxClock)
        : m_history(seed), m_session(krxClock), m_live(m_history, m_session), m_seed(seed) {}

    const emu::Listing &listing() const { return m_listing; }
    emu::History &history() { return m_history; }
    const emu::SessionClock &session() const { return m_session; }
    emu::LiveQuotes &live() { return m_live; }
    quint32 seed() const { return m_seed; }

    // The stock of a Cybos code ("A005930"), or nullptr.
    const emu::ListedStock *stock(const QString &cybosCode) const { return m_listing.findCybos(cybosCode); }

private:
    emu::Listing m_listing;
    emu::History m_history;
    emu::SessionClock m_session;
    emu::LiveQuotes m_live;
    quint32 m_seed;
};

} // namespace cybos
