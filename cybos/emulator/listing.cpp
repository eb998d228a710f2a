#include "listing.h"
#include "calendar.h"
#include "core/log/categories.h"
#include "emurandom.h"
#include <QFile>
#include <utility>
#include <algorithm>
#include <cmath>

// The resource lives in a static library: register it explicitly (outside any namespace).
static void initEmulatorResource()
{
    Q_INIT_RESOURCE(emulator);
}

namespace cybos::emu {
namespace {

struct KnownStock {
    const char *code;
    int listedDate; // plausible, not taken from a source
    int par;
};

// The well-known codes of cybos-api.md §7.
constexpr KnownStock kKnown[] = {
    {"005930", 19750611, 100},  {"000660", 19961226, 5000}, {"373220", 20220127, 500},
    {"207940", 20161110, 2500}, {"005935", 19890925, 100},  {"005380", 19740628, 5000},
    {"000270", 19730721, 5000}, {"068270", 20050719, 1000}, {"005490", 19880610, 5000},
    {"105560", 20081010, 5000}, {"035420", 20021029, 100},  {"247540", 20190305, 500},
    {"086520", 20070720, 500},  {"196170", 20141212, 500},  {"028300", 19960131, 500},
    {"003540", 19751001, 5000}, {"000100", 19620611, 1000}, {"000020", 19760324, 1000},
};

const KnownStock *known(const QString &code)
{
    for (const KnownStock &k : kKnown) {
        if (code == QLatin1String(k.code))
            return &k;
    }
    return nullptr;
}

// One CSV line; fields may be quoted ("SAMSUNG SDI CO.,LTD.").
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted)
            fields.append(std::exchange(field, QString()));
        else
            field.append(c);
    }
    fields.append(field);
    return fields;
}

// Newer listings have higher code numbers: map the number to a plausible listing year.
int generatedListedDate(const QString &code, quint64 key)
{
    const int n = code.toInt();
    const quint64 h = hashOf(key, 0x11);
    int year = 1976 + int(h % 37);
    if (n >= 400000)
        year = 2021 + int(h % 3);
    else if (n >= 300000)
        year = 2018 + int(h % 4);
    else if (n >= 200000)
        year = 2013 + int(h % 5);
    QDate d(year, 1 + int((h >> 8) % 12), 1 + int((h >> 16) % 28));
    while (!isTradingDay(d))
        d = d.addDays(1);
    return int(ymd(std::min(d, QDate(2024, 5, 10))));
}

int generatedPar(int market, quint64 key)
{
    static constexpr int kospi[] = {5000, 5000, 5000, 500, 500, 1000, 2500, 100};
    static constexpr int kosdaq[] = {500, 500, 500, 500, 100, 200, 1000, 5000};
    const quint64 h = hashOf(key, 0x22) % 8;
    return market == 1 ? kospi[h] : kosdaq[h];
}

// Rows of a CSV resource after its header line, split into fields.
QList<QStringList> csvRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcEmulator) << "emulator resource missing:" << path;
        return {};
    }
    QList<QStringList> rows;
    file.readLine(); // header
    while (!file.atEnd())
        rows.append(splitCsv(QString::fromUtf8(file.readLine()).trimmed()));
    return rows;
}

} // namespace

Listing::Listing()
{
    initEmulatorResource();
    load();
    finish();
}

void Listing::load()
{
    QHash<QString, QString> korean; // code → 종목약명, what CodeToName gives on the real feed
    for (const QStringList &f : csvRows(QStringLiteral(":/emulator/krx-names-ko.csv"))) {
        if (f.size() >= 2 && !f[1].isEmpty())
            korean.insert(f[0], f[1]);
    }
    for (const QStringList &f : csvRows(QStringLiteral(":/emulator/krx-listing.csv"))) {
        if (f.size() < 5 || f[0].size() != 6)
            continue;
        const int market = f[1] == u"KOSPI" ? 1 : f[1] == u"KOSDAQ" ? 2 : 5;
        add(f[0], market, korean.value(f[0], f[2]), f[2], f[3].toLongLong());
    }
}

void Listing::add(const QString &code, int market, const QString &name, const QString &engName, qint64 close)
{
    ListedStock s;
    s.code = code;
    s.name = name;
    s.engName = engName;
    s.market = market;
    s.anchorClose = close;
    s.key = keyOf(code);
    s.rank = int(std::count_if(m_stocks.begin(), m_stocks.end(),
                               [market](const ListedStock &o) { return o.market == market; }));
    const KnownStock *k = known(code);
    s.listedDate = k ? k->listedDate : generatedListedDate(code, s.key);
    s.par = k ? k->par : generatedPar(market, s.key);
    // Size model: market cap falls with the row's rank (the listing is ordered by size).
    const double r = s.rank + 1.0;
    const double cap = market == 1 ? 450e12 * std::pow(r, -1.2) : 25e12 * std::pow(r, -0.9);
    s.listedShares = std::max<qint64>(100'000, qint64(cap / double(close) / 1000.0) * 1000);
    s.dayValueKrw = cap * (market == 1 ? 0.004 : 0.01) * std::pow(r, 0.3);
    s.dailySigma = market == 1 ? 0.018 : 0.026;
    const int large = 100, medium = market == 1 ? 300 : 400;
    s.sizeClass = s.rank < large ? 1 : s.rank < medium ? 2 : 3;
    s.kospi200 = market == 1 && s.rank < 200 ? 1 + int(hashOf(s.key, 0x33) % 8) : 0; // CPE_KOSPI200_KIND 1..8
    m_stocks.push_back(s);
}

void Listing::finish()
{
    std::sort(m_stocks.begin(), m_stocks.end(),
              [](const ListedStock &a, const ListedStock &b) { return a.code < b.code; });
    for (int i = 0; i < count(); ++i) {
        m_byCode.insert(m_stocks[size_t(i)].code, i);
        m_byName.insert(m_stocks[size_t(i)].engName, i);
    }
    // Korean names win over an equal English one (KCC: 002380's Korean, 021320's English).
    for (int i = 0; i < count(); ++i)
        m_byName.insert(m_stocks[size_t(i)].name, i);
}

int Listing::indexOf(const QString &code) const
{
    return m_byCode.value(code, -1);
}

const ListedStock *Listing::find(const QString &code) const
{
    const int i = indexOf(code);
    return i < 0 ? nullptr : &m_stocks[size_t(i)];
}

const ListedStock *Listing::findCybos(const QString &code) const
{
    if (code.size() != 7 || !code.startsWith(u'A'))
        return nullptr;
    return find(code.mid(1));
}

const ListedStock *Listing::findByName(const QString &name) const
{
    const int i = m_byName.value(name, -1);
    return i < 0 ? nullptr : &m_stocks[size_t(i)];
}

QStringList Listing::cybosCodesOfMarket(int market) const
{
    QStringList codes;
    for (const ListedStock &s : m_stocks) {
        if (s.market == market)
            codes.append(u'A' + s.code);
    }
    return codes;
}

QString Listing::fullCode(const QString &code)
{
    const QString body = QStringLiteral("KR7") + code + QStringLiteral("00");
    QString digits; // letters become two digits (A=10 … Z=35), as ISIN check digits require
    for (QChar c : body)
        digits += c.isDigit() ? QString(c) : QString::number(c.unicode() - u'A' + 10);
    int sum = 0;
    for (int i = int(digits.size()) - 1, pos = 0; i >= 0; --i, ++pos) {
        int d = digits[i].unicode() - u'0';
        if (pos % 2 == 0)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return body + QString::number((10 - sum % 10) % 10);
}

} // namespace cybos::emu
