#include "stockmatcher.h"
#include "core/domain/stockcode.h"
#include "hangul.h"
#include <algorithm>

namespace cybos {
namespace {

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out.toCaseFolded();
}

// Where the typed text first matches inside the name, character by character; -1 if nowhere.
qsizetype findTyped(const QString &name, const QString &typed)
{
    const qsizetype last = name.size() - typed.size();
    for (qsizetype at = 0; at <= last; ++at) {
        qsizetype i = 0;
        while (i < typed.size() && Hangul::matches(typed.at(i), name.at(at + i)))
            ++i;
        if (i == typed.size())
            return at;
    }
    return -1;
}

bool better(const StockMatch &a, const StockMatch &b)
{
    if (a.tier != b.tier)
        return a.tier < b.tier;
    return a.nameLength < b.nameLength;
}

int sizeRank(const Stock &s)
{
    // KRX size classes 1 large, 2 medium, 3 small; unknown after small.
    return s.sizeClass.value_or(4);
}

} // namespace

StockMatcher::StockMatcher(const QString &query) : m_query(fold(query))
{
    if (auto code = StockCode::normalize(query.trimmed()))
        m_code = code.value();
}

std::optional<StockMatch> StockMatcher::matchName(const QString &name) const
{
    const QString folded = fold(name);
    const qsizetype at = findTyped(folded, m_query);
    if (at < 0)
        return std::nullopt;
    const int length = int(folded.size());
    if (at > 0)
        return StockMatch{MatchTier::Substring, length};
    return StockMatch{folded.size() == m_query.size() ? MatchTier::ExactName : MatchTier::Prefix, length};
}

std::optional<StockMatch> StockMatcher::match(const Stock &stock) const
{
    if (m_query.isEmpty())
        return std::nullopt;
    const int ownLength = int(fold(stock.name).size());
    if (!m_code.isEmpty() && m_code == stock.code)
        return StockMatch{MatchTier::ExactCode, ownLength};
    std::optional<StockMatch> best;
    const qsizetype inCode = fold(stock.code).indexOf(m_query);
    if (inCode >= 0)
        best = StockMatch{inCode == 0 ? MatchTier::Prefix : MatchTier::Substring, ownLength};
    for (const QString *name : {&stock.name, &stock.engName}) {
        const auto m = matchName(*name);
        if (m && (!best || better(*m, *best)))
            best = m;
    }
    return best;
}

StockList StockMatcher::rank(const StockList &stocks) const
{
    struct Hit {
        StockMatch match;
        const Stock *stock;
    };
    QList<Hit> hits;
    for (const Stock &s : stocks) {
        if (const auto m = match(s))
            hits.append({*m, &s});
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (better(a.match, b.match) || better(b.match, a.match))
            return better(a.match, b.match);
        if (sizeRank(*a.stock) != sizeRank(*b.stock))
            return sizeRank(*a.stock) < sizeRank(*b.stock);
        return a.stock->code < b.stock->code;
    });
    StockList out;
    out.reserve(hits.size());
    for (const Hit &h : hits)
        out.append(*h.stock);
    return out;
}

} // namespace cybos
