#include "comjson.h"
#include <QDateTime>
#include <QJsonArray>

namespace cybos {

QJsonValue comValueToJson(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QJsonValue::Null;
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
        return QJsonValue(v.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        return QJsonValue(qint64(v.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return v.toDouble();
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QByteArray:
        return QString::fromLatin1(v.toByteArray().toHex());
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QJsonArray array;
        for (const QVariant &item : v.toList())
            array.append(comValueToJson(item));
        return array;
    }
    default:
        return v.toString();
    }
}

} // namespace cybos
