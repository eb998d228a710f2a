#pragma once
// Finding a code the way a trader types it, in one place for the REST API (GET /api/stocks?q=),
// the desktop's add box and its grid filter: code, Korean name, English name and Korean
// initial consonants ("ㅅㅅㅈㅈ" finds 삼성전자; a query may mix them: "삼ㅅ전"). Case, and
// spaces in names and queries, do not count.
//
// Ranking, best first: exact code; exact name (Korean or English) or its initials; prefix of
// a name, of its initials or of the code; substring anywhere. Among equals the shorter name
// comes first ("ㅋㅋㅇ" gives 카카오 before 카카오뱅크), then the larger market capitalisation
// (KRX size class: large, medium, small, unknown), then the code.
#include "core/domain/stock.h"
#include <optional>

namespace cybos {

enum class MatchTier { ExactCode, ExactName, Prefix, Substring };

struct StockMatch {
    MatchTier tier = MatchTier::Substring;
    int nameLength = 0;   // of the name that matched (the Korean name for a code match)
};

class StockMatcher
{
public:
    explicit StockMatcher(const QString &query);

    // An empty or blank query matches nothing: callers that list everything skip the matcher.
    bool isEmpty() const { return m_query.isEmpty(); }
    std::optional<StockMatch> match(const Stock &stock) const;
    // The stocks that match, best first.
    StockList rank(const StockList &stocks) const;

private:
    std::optional<StockMatch> matchName(const QString &name) const;

    QString m_query;   // folded: no spaces, case-folded
    QString m_code;    // the query as a canonical code, when it is one
};

} // namespace cybos
