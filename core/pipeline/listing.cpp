#include "listing.h"
#include "core/domain/stockcode.h"
#include <algorithm>

namespace cybos {

namespace {

bool isDelisted(const Stock &s)
{
    return s.status == QLatin1String("delisted");
}

} // namespace

void Listing::replace(const StockList &stocks)
{
    QHash<QString, Stock> next;
    for (const Stock &s : stocks) {
        if (!isDelisted(s))
            next.insert(s.code, s);
    }
    QWriteLocker lock(&m_lock);
    m_stocks.swap(next);
}

void Listing::merge(const StockList &stocks)
{
    QWriteLocker lock(&m_lock);
    for (const Stock &s : stocks) {
        if (isDelisted(s))
            m_stocks.remove(s.code);
        else
            m_stocks.insert(s.code, s);
    }
}

bool Listing::isEmpty() const
{
    QReadLocker lock(&m_lock);
    return m_stocks.isEmpty();
}

int Listing::size() const
{
    QReadLocker lock(&m_lock);
    return int(m_stocks.size());
}

bool Listing::isListed(const QString &code) const
{
    QReadLocker lock(&m_lock);
    return m_stocks.isEmpty() || m_stocks.contains(code);
}

std::optional<Stock> Listing::stock(const QString &code) const
{
    QReadLocker lock(&m_lock);
    const auto it = m_stocks.constFind(code);
    return it == m_stocks.cend() ? std::nullopt : std::optional<Stock>(*it);
}

StockList Listing::stocks() const
{
    StockList out;
    {
        QReadLocker lock(&m_lock);
        out = StockList(m_stocks.cbegin(), m_stocks.cend());
    }
    std::sort(out.begin(), out.end(), [](const Stock &a, const Stock &b) { return a.code < b.code; });
    return out;
}

QStringList Listing::unlisted(const QStringList &codes) const
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

QStringList Listing::kospi200() const
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

Result<QStringList> Listing::normalize(const QStringList &input)
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

Result<QStringList> Listing::expand(const QStringList &input) const
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
    if (const QStringList missing = unlisted(out); !missing.isEmpty())
        return makeError(ErrorCode::UnknownCode, QStringLiteral("unknown codes: ") + missing.join(u','));
    return out;
}

} // namespace cybos
