#pragma once
// CpUtil.CpCybos: connection status and request/subscription budgets (cybos-api.md §1).
#include "emuobject.h"

namespace cybos::emu {

class CpCybos : public EmuObject
{
    Q_OBJECT
public:
    CpCybos(const QString &progId, EmuContext *context);

protected:
    bool invoke(const QString &method, const QVariantList &args, QVariant &result) override;
    bool readProperty(const QString &name, QVariant &result) override;

private:
    int remainCount(int limitType) const;
};

} // namespace cybos::emu
