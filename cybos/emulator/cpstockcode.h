#pragma once
// CpUtil.CpStockCode: code ↔ name ↔ full code (ISIN-style) and the tick size at a price.
// The list is in code order (Daishin's help: index 0 is 동화약품 A000020).
#include "emuobject.h"

namespace cybos::emu {

struct ListedStock;

class CpStockCode : public EmuObject
{
    Q_OBJECT
public:
    CpStockCode(const QString &progId, EmuContext *context) : EmuObject(progId, context, false) {}

protected:
    bool invoke(const QString &method, const QVariantList &args, QVariant &result) override;

private:
    const ListedStock *byFullCode(const QString &fullCode) const;
    QVariant data(int type, int index) const;
    static QVariant priceUnit(const QVariantList &args);
};

} // namespace cybos::emu
