#include "pagetoken.h"
#include <QByteArray>

namespace cybos::PageToken {

namespace {
constexpr auto kOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const QChar kSeparator = QLatin1Char('\x1f'); // cannot occur in codes or numbers
} // namespace

QString encode(const QString &kind, const QStringList &parts)
{
    const QString plain = kind + kSeparator + parts.join(kSeparator);
    return QString::fromLatin1(plain.toUtf8().toBase64(kOptions));
}

std::optional<QStringList> decode(const QString &kind, const QString &token, int count)
{
    auto bytes = QByteArray::fromBase64Encoding(token.toLatin1(),
                                                kOptions | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    QStringList parts = QString::fromUtf8(*bytes).split(kSeparator);
    if (parts.size() != count + 1 || parts.first() != kind)
        return std::nullopt;
    parts.removeFirst();
    return parts;
}

std::optional<QList<qint64>> decodeInts(const QString &kind, const QString &token, int count)
{
    const auto parts = decode(kind, token, count);
    if (!parts)
        return std::nullopt;
    QList<qint64> out;
    for (const QString &p : *parts) {
        bool ok = false;
        out.append(p.toLongLong(&ok));
        if (!ok)
            return std::nullopt;
    }
    return out;
}

} // namespace cybos::PageToken
