#pragma once
// The arguments of `cybos-server com PROGID ...` (the Cybos object explorer), parsed from
// everything after "com". Global options (--backend X, ...) may be mixed in and are skipped.
#include "core/domain/result.h"
#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariant>

namespace cybos {

struct ComInvocation {
    QString progId;
    QList<QPair<int, QVariant>> inputs;   // --input I=V, in order
    bool blockRequest = false;            // --block-request
    QList<int> headers;                   // --headers 0-20 | 0,3,11
    int dataFields = 0;                   // --data FIELDS:ROWS
    int dataRows = 0;
    bool hasCall = false;                 // --call METHOD [ARGS...]
    QString callMethod;
    QVariantList callArgs;
    QString property;                     // --property NAME
};

// A value as COM gets it: "123" → int, "char:D" → int('D'), "a,b,c" → QVariantList (ints
// where numeric), "str:text" → the text as it is, anything else → string. Numbers outside
// int are refused: COM would receive them as VT_I8, which Cybos does not take.
Result<QVariant> parseComValue(const QString &text);

// "0-20", "0,3,11" or a mix ("0-3,11").
Result<QList<int>> parseIndexList(const QString &text);

Result<ComInvocation> parseComArgs(const QStringList &args);

} // namespace cybos
