#pragma once
// CpUtil.CpCodeMgr: the stock master (cybos-api.md §2). Codes are Cybos codes ("A005930");
// an unknown code gives 0 or an empty string, as Cybos does for codes it does not list.
#include "emuobject.h"

namespace cybos::emu {

struct ListedStock;

class CpCodeMgr : public EmuObject
{
    Q_OBJECT
public:
    CpCodeMgr(const QString &progId, EmuContext *context) : EmuObject(progId, context, false) {}

    // Handlers of the method table (cpcodemgr.cpp).
    QVariant marketList(int kind) const;
    QVariant liveField(const ListedStock &s, int which) const;
    QVariant yesterday(const ListedStock &s, int which) const;
    QVariant marketTime(bool start) const;
    QVariant workDate() const;

protected:
    bool invoke(const QString &method, const QVariantList &args, QVariant &result) override;
};

} // namespace cybos::emu
