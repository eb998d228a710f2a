#pragma once
// DsCbo1.StockMst: one stock's snapshot (cybos-api.md §3). Input 0: the code ("A005930").
// Headers 0–70 with Cybos' types; indices the fact sheet leaves unnamed (7, 29, 30, 38–41,
// 51, 60–64) are served as 0.
#include "requestobject.h"

namespace cybos::emu {

struct ListedStock;

class StockMst : public RequestObject
{
    Q_OBJECT
public:
    StockMst(const QString &progId, EmuContext *context) : RequestObject(progId, context) {}

    // The 71 header values of `s` now (also used by tests as the reference layout).
    static QVariantList headers(EmuContext &ctx, const ListedStock &s);

protected:
    QString inputError() const override;
    void answer() override;
    QVariant headerValue(int index) const override { return m_headers.value(index); }

private:
    QVariantList m_headers;
};

} // namespace cybos::emu
