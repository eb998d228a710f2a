#include "knowncodes.h"
#include "core/domain/stockcode.h"

namespace cybos {

void KnownCodes::replace(const StockList &stocks)
{
    QHash<QString, Stock> next;
    for (const Stock &s : stocks) {
        if (s.status != QLatin1String("delisted"))
            next.insert(s.code, s);
    }
    QWriteLocker lock(&m_lock);
    m_stocks.swap(next);
}

bool KnownCodes::isEmpty() const
{
    QReadLocker lock(&m_lock);
    return m_stocks.isEmpty();
}

int KnownCodes::size() const
{
    QReadLocker lock(&m_lock);
    return int(m_stocks.size());
}

bool KnownCodes::isKnown(const QString &code) const
{
    QReadLocker lock(&m_lock);
    return m_stocks.isEmpty() || m_stocks.contains(code);
}

QStringList KnownCodes::unknown(const QStringList &codes) const
{
    QStringList out;
    QReadLocker lock(&m_lock);
    if (m_stocks.isEmpty())
        return out;
    for (const QString &c : codes) {
        if (!m_stocks.contains(c))
            out.append(c);
    }
    return out;
}

QStringList KnownCodes::kospi200() const
{
    QStringList out;
    QReadLocker lock(&m_lock);
    for (const Stock &s : m_stocks) {
        if (s.kospi200)
            out.append(s.code);
    }
    out.sort();
    return out;
}

Result<QStringList> KnownCodes::normalize(const QStringList &input)
{
    QStringList out;
    for (const QString &raw : input) {
        if (raw.compare(QLatin1String("kospi200"), Qt::CaseInsensitive) == 0) {
            out.append(QStringLiteral("kospi200"));
            continue;
        }
        Result<QString> code = StockCode::normalize(raw);
        if (!code)
            return code.error();
        if (!out.contains(*code))
            out.append(*code);
    }
    return out;
}

Result<QStringList> KnownCodes::expand(const QStringList &input) const
{
    Result<QStringList> codes = normalize(input);
    if (!codes)
        return codes;
    QStringList out;
    for (const QString &c : *codes) {
        const QStringList add = c == QLatin1String("kospi200") ? kospi200() : QStringList{c};
        for (const QString &a : add) {
            if (!out.contains(a))
                out.append(a);
        }
    }
    if (const QStringList missing = unknown(out); !missing.isEmpty())
        return makeError(ErrorCode::UnknownCode, QStringLiteral("unknown codes: ") + missing.join(u','));
    return out;
}

} // namespace cybos
