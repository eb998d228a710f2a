#include "forwardtransport.h"
#include "core/nats/natsendpoint.h"
#include "httpforwardtransport.h"
#include "natsforwardtransport.h"
#include "wsforwardtransport.h"

namespace cybos {

std::unique_ptr<ForwardTransport> ForwardTransport::create(const ForwarderOptions &options,
                                                           const QString &source)
{
    const QString scheme = options.remote.scheme().toLower();
    if (scheme == u"http" || scheme == u"https")
        return std::make_unique<HttpForwardTransport>(options, source);
    if (scheme == u"ws" || scheme == u"wss")
        return std::make_unique<WsForwardTransport>(options, source);
    if (isNatsUrl(options.remote))
        return std::make_unique<NatsForwardTransport>(options, source);
    return nullptr;
}

} // namespace cybos
