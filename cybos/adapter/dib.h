#pragma once
// The common RQ/SB interface every Cybos DIB object shares (cybos-api.md §0), as thin calls
// on the dispatch interface. Arguments follow ../shared/activeqt.md: ints as int, char
// codes as int('2'), arrays as QVariantList.
#include "cybos/dispatch/comobject.h"

namespace cybos::Dib {

inline QVariant charCode(char c)
{
    return QVariant(int(c));
}

void setInput(ComObject &object, int type, const QVariant &value);
QVariant header(ComObject &object, int index);
qint64 headerInt(ComObject &object, int index);
QVariant data(ComObject &object, int type, int index);
qint64 dataInt(ComObject &object, int type, int index);
int status(ComObject &object);     // GetDibStatus: -1 error, 0 normal, 1 waiting
QString message(ComObject &object); // GetDibMsg1
bool hasContinue(ComObject &object);

} // namespace cybos::Dib
