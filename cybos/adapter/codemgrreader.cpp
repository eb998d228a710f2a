#include "codemgrreader.h"
#include "comvalue.h"
#include "core/domain/ksttime.h"
#include "core/domain/stockcode.h"
#include <iterator>

namespace cybos {
namespace {

std::optional<qint64> price(qint64 v)
{
    // A zero price means "not given" (e.g. no limits for a halted code), never a real price.
    return v > 0 ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

CodeMgrReader::CodeMgrReader(ComDispatch &dispatch)
    : m_mgr(adoptObject(dispatch.create(QStringLiteral("CpUtil.CpCodeMgr"))))
{
}

QStringList CodeMgrReader::codesOfMarket(int marketKind) const
{
    if (!m_mgr)
        return {};
    // A SAFEARRAY of BSTR arrives as QStringList, of VARIANT as QVariantList: toStringList()
    // handles both.
    return m_mgr->call(QStringLiteral("GetStockListByMarket"), {marketKind}).toStringList();
}

Result<QString> CodeMgrReader::listedCybosCode(const QString &code) const
{
    const QString cybosCode = StockCode::toCybos(code);
    if (name(cybosCode).isEmpty())
        return makeError(ErrorCode::UnknownCode, QStringLiteral("unknown code %1").arg(code));
    return cybosCode;
}

QString CodeMgrReader::name(const QString &cybosCode) const
{
    if (!m_mgr)
        return {};
    return m_mgr->call(QStringLiteral("CodeToName"), {cybosCode}).toString();
}

qint64 CodeMgrReader::number(const char *method, const QString &cybosCode) const
{
    return ComValue::toInt64(m_mgr->call(QString::fromLatin1(method), {cybosCode}));
}

int CodeMgrReader::marketKind(const QString &cybosCode)
{
    const auto it = m_marketKinds.constFind(cybosCode);
    if (it != m_marketKinds.cend())
        return *it;
    const int kind = m_mgr ? int(number("GetStockMarketKind", cybosCode)) : 0;
    m_marketKinds.insert(cybosCode, kind);
    return kind;
}

qint64 CodeMgrReader::valueUnit(const QString &cybosCode)
{
    return ComValue::valueUnit(marketKind(cybosCode));
}

Stock CodeMgrReader::readStock(const QString &cybosCode, int marketKind, const QDateTime &now) const
{
    Stock s;
    s.code = StockCode::fromCybos(cybosCode);
    s.name = name(cybosCode);
    s.engName = m_mgr ? m_mgr->call(QStringLiteral("GetStockEngName"), {cybosCode}).toString().trimmed() : QString();
    const int section = int(number("GetStockSectionKind", cybosCode));
    s.market = marketName(marketKind, section);
    s.section = sectionName(section);
    s.kospi200 = number("GetStockKospi200Kind", cybosCode) != 0;
    s.controlKind = controlKindName(int(number("GetStockControlKind", cybosCode)));
    s.supervision = number("GetStockSupervisionKind", cybosCode) == 1;
    s.status = statusName(int(number("GetStockStatusKind", cybosCode)));
    const QDate listed = Kst::fromYmd(number("GetStockListedDate", cybosCode));
    if (listed.isValid())
        s.listedDate = listed;
    s.parPrice = price(number("GetStockParPrice", cybosCode));
    s.stdPrice = price(number("GetStockStdPrice", cybosCode));
    s.upperLimit = price(number("GetStockMaxPrice", cybosCode));
    s.lowerLimit = price(number("GetStockMinPrice", cybosCode));
    s.prevClose = price(number("GetStockYdClosePrice", cybosCode));
    // GetStockCapital: 0 none, 1 large, 2 medium, 3 small (KRX size class by capitalisation).
    if (const qint64 size = number("GetStockCapital", cybosCode); size >= 1 && size <= 3)
        s.sizeClass = int(size);
    s.updatedAt = now;
    return s;
}

QString CodeMgrReader::marketName(int marketKind, int sectionKind)
{
    if (sectionKind == 10 || sectionKind == 12)
        return QStringLiteral("etf");
    if (sectionKind == 17)
        return QStringLiteral("etn");
    switch (marketKind) {
    case 1: return QStringLiteral("kospi");
    case 2: return QStringLiteral("kosdaq");
    case 3: return QStringLiteral("freeboard");
    case 5: return QStringLiteral("konex");
    default: return {};
    }
}

QString CodeMgrReader::sectionName(int sectionKind)
{
    // CPE_KSE_SECTION_KIND 0..17 (cybos-api.md §2); 0 means "none" and stays null.
    static const char *const names[] = {
        "", "stock", "fund", "reit", "ship_fund", "infra_fund", "dr", "warrant", "rights", "elw",
        "etf", "beneficiary", "foreign_etf", "foreign", "futures", "options", "konex", "etn"};
    if (sectionKind < 0 || sectionKind >= int(std::size(names)))
        return {};
    return QString::fromLatin1(names[sectionKind]);
}

QString CodeMgrReader::controlKindName(int controlKind)
{
    static const char *const names[] = {"normal", "caution", "warning", "risk_notice", "risk", "warning_notice"};
    if (controlKind < 0 || controlKind >= int(std::size(names)))
        return {};
    return QString::fromLatin1(names[controlKind]);
}

QString CodeMgrReader::statusName(int statusKind)
{
    switch (statusKind) {
    case 0: return QStringLiteral("normal");
    case 1: return QStringLiteral("halted");
    case 2: return QStringLiteral("suspended");
    default: return {};
    }
}

} // namespace cybos
