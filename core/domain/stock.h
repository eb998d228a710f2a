#pragma once
// Master data of one listed security, with the fields of ../shared/api.md "Stock".
// What the feed does not give stays empty (null in JSON), never invented.
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace cybos {

struct Stock {
    QString code;          // canonical: "005930", "Q500001"
    QString name;          // Korean short name (종목약명), as CodeToName gives it
    QString engName;       // English name (GetStockEngName); empty when the feed has none
    QString market;        // kospi | kosdaq | konex | etf | etn | freeboard
    QString section;       // stock | etf | etn | reit | elw | fund | ... (from CPE_KSE_SECTION_KIND)
    bool kospi200 = false;
    QString controlKind;   // normal | caution | warning | risk_notice | risk | warning_notice
    bool supervision = false;
    QString status;        // normal | halted | suspended | delisted
    std::optional<QDate> listedDate;
    std::optional<qint64> parPrice;
    std::optional<qint64> stdPrice;
    std::optional<qint64> upperLimit;
    std::optional<qint64> lowerLimit;
    std::optional<qint64> prevClose;
    QDateTime updatedAt;
    // KRX size class by market capitalisation (GetStockCapital): 1 large, 2 medium, 3 small.
    std::optional<int> sizeClass;

    bool operator==(const Stock &) const = default;
};

using StockList = QList<Stock>;

} // namespace cybos

Q_DECLARE_METATYPE(cybos::Stock)
