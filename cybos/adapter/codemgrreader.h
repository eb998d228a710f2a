#pragma once
// CpUtil.CpCodeMgr: the code lists and master fields (no quote request), and the per-code
// market kind the adapter needs to convert trade values to KRW.
#include "core/domain/result.h"
#include "core/domain/stock.h"
#include "objectpool.h"
#include <QHash>
#include <QStringList>

namespace cybos {

class CodeMgrReader
{
public:
    explicit CodeMgrReader(ComDispatch &dispatch);

    bool isAvailable() const { return m_mgr != nullptr; }
    // GetStockListByMarket(kind), Cybos form ("A005930"). 1 KOSPI, 2 KOSDAQ, 5 KONEX.
    QStringList codesOfMarket(int marketKind) const;
    QString name(const QString &cybosCode) const;             // empty: unknown code
    // The adapter's one check: the Cybos form of a canonical code CpCodeMgr lists, or
    // unknown_code (above the feed, core/pipeline/listing.h answers).
    Result<QString> listedCybosCode(const QString &code) const;
    int marketKind(const QString &cybosCode);                 // CPE_MARKET_KIND, cached
    qint64 valueUnit(const QString &cybosCode);               // KRW per Cybos value unit
    // The master fields; the name as CodeToName gives it (Korean on the real feed).
    Stock readStock(const QString &cybosCode, int marketKind, const QDateTime &now) const;

    static QString marketName(int marketKind, int sectionKind);
    static QString sectionName(int sectionKind);
    static QString controlKindName(int controlKind);
    static QString statusName(int statusKind);

private:
    qint64 number(const char *method, const QString &cybosCode) const;

    ComObjectPtr m_mgr;
    QHash<QString, int> m_marketKinds;
};

} // namespace cybos
