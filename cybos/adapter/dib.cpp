#include "dib.h"
#include "comvalue.h"

namespace cybos::Dib {

void setInput(ComObject &object, int type, const QVariant &value)
{
    object.call(QStringLiteral("SetInputValue"), {type, value});
}

QVariant header(ComObject &object, int index)
{
    return object.call(QStringLiteral("GetHeaderValue"), {index});
}

qint64 headerInt(ComObject &object, int index)
{
    return ComValue::toInt64(header(object, index));
}

QVariant data(ComObject &object, int type, int index)
{
    return object.call(QStringLiteral("GetDataValue"), {type, index});
}

qint64 dataInt(ComObject &object, int type, int index)
{
    return ComValue::toInt64(data(object, type, index));
}

int status(ComObject &object)
{
    // No answer at all (a dead object, a failed call) is an error, not "normal".
    const QVariant v = object.call(QStringLiteral("GetDibStatus"));
    return v.isValid() ? int(ComValue::toInt64(v)) : -1;
}

QString message(ComObject &object)
{
    return object.call(QStringLiteral("GetDibMsg1")).toString().trimmed();
}

bool hasContinue(ComObject &object)
{
    return ComValue::toInt64(object.getProperty(QStringLiteral("Continue"))) == 1;
}

} // namespace cybos::Dib
