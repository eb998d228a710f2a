#include "session.h"
#include "enumnames.h"

namespace cybos {

QString sessionName(Session s)
{
    switch (s) {
    case Session::PreOpen: return QStringLiteral("preopen");
    case Session::Regular: return QStringLiteral("regular");
    case Session::Closing: return QStringLiteral("closing");
    case Session::AfterHours: return QStringLiteral("afterhours");
    }
    return QStringLiteral("regular");
}

std::optional<Session> sessionFromName(const QString &s)
{
    static constexpr Session kSessions[] = {Session::PreOpen, Session::Regular, Session::Closing,
                                            Session::AfterHours};
    return enumFromName<Session>(kSessions, sessionName, s);
}

QString sideName(Side s)
{
    switch (s) {
    case Side::Buy: return QStringLiteral("buy");
    case Side::Sell: return QStringLiteral("sell");
    case Side::Unknown: break;
    }
    return {};
}

Side sideFromName(const QString &s)
{
    if (s == u"buy")
        return Side::Buy;
    if (s == u"sell")
        return Side::Sell;
    return Side::Unknown;
}

} // namespace cybos
