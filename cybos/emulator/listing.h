#pragma once
// The emulator's stock master: the 1,896 codes of the KRX listing of 2024-05-13 (resource
// :/emulator/krx-listing.csv: code, market, English name, close, type; ordered by size within
// each market) with derived attributes. Names are the Korean short names (종목약명) that
// CodeToName returns on the real feed (resource :/emulator/krx-names-ko.csv, provenance in
// resources/emulator/README.md); the English names stay for GetStockEngName. Attributes the
// listing does not give (listed date, par value, listed shares, size) are plausible values
// derived from the code and the row's rank, identical in every run.
#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace cybos::emu {

struct ListedStock {
    QString code;             // "005930"; Cybos objects use "A" + code
    QString name;             // Korean short name (the English one if the Korean list lacks it)
    QString engName;          // the listing's English name
    int market = 1;           // CPE_MARKET_KIND: 1 KOSPI, 2 KOSDAQ (5 KONEX: none listed)
    int rank = 0;             // row within its market in the listing (0 = largest)
    qint64 anchorClose = 0;   // close of 2024-05-13, KRW
    int listedDate = 0;       // yyyymmdd
    qint64 listedShares = 0;
    int par = 0;              // par value, KRW
    int sizeClass = 3;        // GetStockCapital: 1 large, 2 medium, 3 small
    int kospi200 = 0;         // 0, or a sector (CPE_KOSPI200_KIND 1..8) for the first 200 KOSPI rows
    double dayValueKrw = 0;   // typical daily traded value
    double dailySigma = 0.02; // typical daily log-return spread
    quint64 key = 0;          // hash key of the code
};

class Listing
{
public:
    Listing();

    int count() const { return int(m_stocks.size()); }
    const ListedStock &at(int index) const { return m_stocks[size_t(index)]; } // code order
    int indexOf(const QString &code) const;                 // "005930"; -1 when unknown
    const ListedStock *find(const QString &code) const;     // "005930"
    const ListedStock *findCybos(const QString &code) const; // "A005930"; nullptr otherwise
    const ListedStock *findByName(const QString &name) const; // Korean or English name
    QStringList cybosCodesOfMarket(int market) const;        // "A…" in code order

    static QString fullCode(const QString &code); // ISIN-style: KR7 + code + 00 + check digit

private:
    void load();
    void add(const QString &code, int market, const QString &name, const QString &engName, qint64 close);
    void finish();

    std::vector<ListedStock> m_stocks;
    QHash<QString, int> m_byCode;
    QHash<QString, int> m_byName;
};

} // namespace cybos::emu
