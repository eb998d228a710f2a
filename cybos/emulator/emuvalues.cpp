#include "emuvalues.h"

namespace cybos::emu {

std::optional<qint64> intInput(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::ULong:
        return v.toLongLong();
    default:
        return std::nullopt;
    }
}

std::optional<QString> stringInput(const QVariant &v)
{
    if (v.typeId() != QMetaType::QString)
        return std::nullopt;
    return v.toString();
}

std::optional<QList<qint64>> intListInput(const QVariant &v)
{
    if (auto one = intInput(v))
        return QList<qint64>{*one};
    if (v.typeId() != QMetaType::QVariantList)
        return std::nullopt;
    QList<qint64> out;
    for (const QVariant &item : v.toList()) {
        const auto n = intInput(item);
        if (!n)
            return std::nullopt;
        out.append(*n);
    }
    return out;
}

std::optional<QStringList> stringListInput(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return QStringList{v.toString()};
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    if (v.typeId() != QMetaType::QVariantList)
        return std::nullopt;
    QStringList out;
    for (const QVariant &item : v.toList()) {
        if (item.typeId() != QMetaType::QString)
            return std::nullopt;
        out.append(item.toString());
    }
    return out;
}

} // namespace cybos::emu
