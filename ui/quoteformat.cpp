#include "quoteformat.h"
#include "core/domain/ksttime.h"
#include <QBrush>
#include <QLocale>

namespace cybos::QuoteFormat {
namespace {
// Korean and English both group by thousands with a comma; one fixed locale keeps every
// figure identical whatever the system locale says.
const QLocale &numbers()
{
    static const QLocale locale(QLocale::Korean, QLocale::SouthKorea);
    return locale;
}
} // namespace

QString price(qint64 krw)
{
    return numbers().toString(krw);
}

QString number(qint64 n)
{
    return numbers().toString(n);
}

QString change(qint64 change, qint64 price, qint64 upperLimit, qint64 lowerLimit)
{
    if (change == 0)
        return QStringLiteral("0");
    const QString amount = numbers().toString(qAbs(change));
    if (change > 0)
        return (upperLimit > 0 && price >= upperLimit ? QStringLiteral("↑ ") : QStringLiteral("▲ ")) + amount;
    return (lowerLimit > 0 && price <= lowerLimit ? QStringLiteral("↓ ") : QStringLiteral("▼ ")) + amount;
}

QString rate(double percent)
{
    const QString digits = numbers().toString(qAbs(percent), 'f', 2);
    if (percent > 0.0049)
        return u'+' + digits + u'%';
    if (percent < -0.0049)
        return u'-' + digits + u'%';
    return QStringLiteral("0.00%");
}

QString valueMillions(qint64 krw)
{
    return numbers().toString((krw + 500'000) / 1'000'000);
}

QString time(qint64 epochMs)
{
    return epochMs ? Kst::timeOf(epochMs).toString(QStringLiteral("HH:mm:ss")) : QString();
}

QString barTime(qint64 epochMs, bool intraday, bool brief)
{
    const QDateTime t = Kst::toDateTime(epochMs);
    if (intraday)
        return t.toString(brief ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
    return t.toString(brief ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
}

QString dateTime(qint64 epochMs)
{
    return epochMs ? Kst::toDateTime(epochMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString bytes(qint64 n)
{
    return numbers().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

QColor riseColor()
{
    return QColor(0xd6, 0x2a, 0x2a);
}

QColor fallColor()
{
    return QColor(0x1e, 0x5b, 0xd6);
}

QColor riseFlash()
{
    return QColor(0xff, 0xdf, 0xdf);
}

QColor fallFlash()
{
    return QColor(0xdc, 0xe7, 0xff);
}

QVariant directionBrush(qint64 change)
{
    if (change > 0)
        return QBrush(riseColor());
    if (change < 0)
        return QBrush(fallColor());
    return {};
}

} // namespace cybos::QuoteFormat
