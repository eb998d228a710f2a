#pragma once
// Decoding of the values Cybos objects return (../shared/cybos-api.md, ../shared/activeqt.md):
// numbers may arrive as int, qlonglong, uint or double; char flags as numeric char codes
// (50 for '2') or as one-character strings ("2"); trade values in Cybos units.
#include "core/domain/session.h"
#include <QTime>
#include <QVariant>

namespace cybos::ComValue {

// A number of any numeric VARIANT type, or a numeric string; 0 when empty.
qint64 toInt64(const QVariant &v);

// A field the help types unsigned (ulong, ulonglong: MarketEye volumes and values). A UI4
// reaches Qt as an int, so a negative int is read back as its quint32 bits; a qulonglong
// beyond qint64 saturates. Never negative.
qint64 toUnsigned(const QVariant &v);

// The character a char field holds: a number is its char code (50 → '2'), a one-character
// string that character ("2" → '2'). Returns 0 (no character) for empty values and for
// numbers that are no printable ASCII code (a bare 1..9 is not a digit).
char toChar(const QVariant &v);

// StockCur header 20 / StockMst header 59 session flag.
// '1' pre-open expected → PreOpen, '2' regular, '3' pre-market OTC → PreOpen,
// '4' after-market OTC → AfterHours, '5' after-close expected (closing auction) → Closing.
Session sessionFromFlag(char flag, Session fallback = Session::Regular);

// StockCur header 14: '1' buy-initiated, '2' sell-initiated.
Side sideFromFlag(char flag);

// Cybos sign codes ('1' upper limit, '2' up, '3' unchanged, '4' lower limit, '5' down) make
// the change signed whether Cybos sent it signed or as a magnitude; other codes keep it.
qint64 signedChange(qint64 change, char sign);

// Trade-value unit of StockMst 19 and StockCur 10 per market (CPE_MARKET_KIND), from the
// help's table: KOSPI (1, 거래소) 만원 = 10,000 KRW, KOSDAQ (2) and freeboard (3) 천원 = 1,000
// KRW. KONEX (5) and others are not in the table: taken as 1,000 KRW (a choice).
qint64 valueUnit(int marketKind);

// The KST instant of a wall-clock time Cybos gives without a date (hhmm, hhmmss): today's
// date, or yesterday's when that would lie in the future (a snapshot taken after midnight).
qint64 instantToday(QTime time, qint64 nowMs);

// hhmm or hhmmss (told apart by size: no hhmm exceeds 2359).
QTime timeOfDay(qint64 hhmmOrHhmmss);

} // namespace cybos::ComValue
