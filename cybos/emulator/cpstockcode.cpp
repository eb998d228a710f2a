#include "cpstockcode.h"
#include "core/domain/krxrules.h"
#include "emucontext.h"

namespace cybos::emu {

const ListedStock *CpStockCode::byFullCode(const QString &fullCode) const
{
    const ListedStock *s = context()->market.listing().find(fullCode.mid(3, 6));
    return s && Listing::fullCode(s->code) == fullCode ? s : nullptr;
}

QVariant CpStockCode::data(int type, int index) const
{
    const Listing &listing = context()->market.listing();
    if (index < 0 || index >= listing.count())
        return QString();
    const ListedStock &s = listing.at(index);
    switch (type) {
    case 0: return QString(u'A' + s.code);
    case 1: return s.name;
    case 2: return Listing::fullCode(s.code);
    default: return QString();
    }
}

// GetPriceUnit(code, basePrice, directionUp = true): the step to the next price up or down.
QVariant CpStockCode::priceUnit(const QVariantList &args)
{
    const qint64 base = qMax<qint64>(1, args.value(1).toLongLong());
    const bool up = args.size() < 3 || args.value(2).toBool();
    return int(up ? Krx::tickSize(base) : base - Krx::tickDown(base));
}

bool CpStockCode::invoke(const QString &method, const QVariantList &args, QVariant &result)
{
    if (!context())
        return false;
    const Listing &listing = context()->market.listing();
    const QString arg = args.value(0).toString();
    const ListedStock *byCode = listing.findCybos(arg);
    if (is(method, "CodeToName")) {
        result = byCode ? byCode->name : QString();
    } else if (is(method, "NameToCode")) {
        const ListedStock *s = listing.findByName(arg);
        result = s ? QString(u'A' + s->code) : QString();
    } else if (is(method, "CodeToFullCode")) {
        result = byCode ? Listing::fullCode(byCode->code) : QString();
    } else if (is(method, "FullCodeToName") || is(method, "FullCodeToCode")) {
        const ListedStock *s = byFullCode(arg);
        const bool name = is(method, "FullCodeToName");
        result = !s ? QString() : name ? s->name : QString(u'A' + s->code);
    } else if (is(method, "CodeToIndex")) {
        result = byCode ? listing.indexOf(byCode->code) : -1;
    } else if (is(method, "GetCount")) {
        result = listing.count();
    } else if (is(method, "GetData")) {
        result = data(args.value(0).toInt(), args.value(1).toInt());
    } else if (is(method, "GetPriceUnit")) {
        result = priceUnit(args);
    } else {
        return false;
    }
    return true;
}

} // namespace cybos::emu
