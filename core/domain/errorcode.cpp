#include "errorcode.h"

namespace cybos {

QString errorCodeName(ErrorCode c)
{
    return QString::fromLatin1(errorCodeInfo(c).name);
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const ErrorCodeInfo &info : kErrorCodes) {
        if (name == QLatin1String(info.name))
            return info.code;
    }
    return std::nullopt;
}

} // namespace cybos
