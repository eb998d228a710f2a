#pragma once
// Base of the request/reply (RQ) objects: BlockRequest, BlockRequest2 and Request.
//
// Return codes (quote objects, cybos-api.md §1): 0 OK, 1 communication failure (the link is
// down, or an injected failure), 3 internal error. Our reading of which input errors give
// what (U): a request Cybos could not even send — a missing or mistyped input, too many
// fields or codes — returns 3 without being counted; a well-formed request for an unknown
// code reaches the server: it is counted, returns 0, and GetDibStatus() is -1 with a message.
// Request() returns nothing; it sets GetDibStatus() to 1 until its Received fires (a zero
// timer, or the answer delay). When it cannot be sent, the status is -1 and no Received comes.
#include "emuobject.h"

namespace cybos::emu {

class RequestObject : public EmuObject
{
    Q_OBJECT
public:
    RequestObject(const QString &progId, EmuContext *context) : EmuObject(progId, context, true) {}

protected:
    // Client-side check of the inputs; a non-empty message fails the request with 3.
    virtual QString inputError() const = 0;
    // Fill the reply from the market (may set status -1 for a server-side error).
    virtual void answer() = 0;

    bool invoke(const QString &method, const QVariantList &args, QVariant &result) override;

private:
    int blockRequest();
    void request();
    int prepare();
    void countRequest();

    bool m_pending = false;
};

} // namespace cybos::emu
