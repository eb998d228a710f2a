#include "requestobject.h"
#include "emucontext.h"
#include <QTimer>

namespace cybos::emu {

bool RequestObject::invoke(const QString &method, const QVariantList &args, QVariant &result)
{
    Q_UNUSED(args);
    // BlockRequest2's option (0 nested-first, 1 FIFO) only orders concurrent requests, which a
    // single-threaded emulator serves one at a time anyway.
    if (is(method, "BlockRequest") || is(method, "BlockRequest2")) {
        result = blockRequest();
        return true;
    }
    if (is(method, "Request")) {
        request();
        return true;
    }
    return false;
}

int RequestObject::prepare()
{
    EmuContext *ctx = context();
    if (!ctx || !ctx->link.isUp()) {
        setStatus(-1, msg::linkDown());
        return 1;
    }
    if (const int rc = ctx->link.takeFailure()) {
        setStatus(-1, msg::requestFailed());
        return rc;
    }
    if (const QString error = inputError(); !error.isEmpty()) {
        setStatus(-1, msg::badInput(error));
        return 3;
    }
    return 0;
}

void RequestObject::countRequest()
{
    EmuContext *ctx = context();
    if (ctx->limiter.acquire())
        ++ctx->stats.blockedRequests;
    ++ctx->stats.requests;
}

int RequestObject::blockRequest()
{
    if (const int rc = prepare())
        return rc;
    countRequest();
    context()->clock.sleep(context()->link.answerDelay());
    setStatus(0, msg::ok());
    answer();
    return 0;
}

void RequestObject::request()
{
    if (m_pending)
        return; // still waiting for the previous Received: GetDibStatus() stays 1
    if (prepare())
        return;
    countRequest();
    m_pending = true;
    setStatus(1, msg::waiting());
    QTimer::singleShot(context()->link.answerDelay(), this, [this] {
        m_pending = false;
        // A dead object (the link dropped since Request) never fires Received, even when the
        // link is already back: Cybos forgot the request.
        if (isDead() || !context()->link.isUp()) {
            setStatus(-1, msg::linkDown());
            return;
        }
        setStatus(0, msg::ok());
        answer();
        Q_EMIT received();
    });
}

} // namespace cybos::emu
