#pragma once
// Stock code normalisation (../shared/api.md "stock code"): "005930", "A005930" and lower
// case become one canonical form; anything else is rejected with a reason.
#include "result.h"
#include <QString>

namespace cybos::StockCode {

// Canonical output form: 6 characters for A-codes ("005930"), prefix kept for others
// ("Q500001", "J…", "U001").
Result<QString> normalize(const QString &input);

// The form Cybos objects take: "A005930", "Q500001", "U001".
QString toCybos(const QString &canonical);

// Canonical form of a code as Cybos returns it ("A005930" → "005930").
QString fromCybos(const QString &cybosCode);

} // namespace cybos::StockCode
