// StockMatcher: what a trader types (code, Korean or English name, initial consonants, mixed)
// and the ranking table: exact code, exact name or initials, prefix, substring; among equals
// shorter names, then larger capitalisation (KRX size class), then code.
#include "core/search/hangul.h"
#include "core/search/stockmatcher.h"
#include <QTest>

using namespace cybos;

namespace {

Stock listed(const char *code, const QString &name, const char *eng, std::optional<int> size)
{
    Stock s;
    s.code = QString::fromLatin1(code);
    s.name = name;
    s.engName = QString::fromLatin1(eng);
    s.sizeClass = size;
    return s;
}

StockList listing()
{
    return {listed("005930", QStringLiteral("삼성전자"), "SamsungElec", 1),
            listed("005935", QStringLiteral("삼성전자우"), "SamsungElec(1P)", 1),
            listed("028260", QStringLiteral("삼성물산"), "SAMSUNG C&T", 1),
            listed("009150", QStringLiteral("삼성전기"), "SamsungElecMech", 1),
            listed("035720", QStringLiteral("카카오"), "Kakao", 1),
            listed("323410", QStringLiteral("카카오뱅크"), "KakaoBank", 1),
            listed("377300", QStringLiteral("카카오페이"), "kakaopay", 2),
            listed("000660", QStringLiteral("SK하이닉스"), "SK hynix", 1),
            listed("035420", QStringLiteral("NAVER"), "NAVER", 1),
            listed("950130", QStringLiteral("엑세스바이오"), "AccessBio", 3),
            listed("900000", QStringLiteral("가나다"), "", std::nullopt),
            listed("900001", QStringLiteral("가나라"), "", 3)};
}

QStringList rank(const QString &query)
{
    QStringList out;
    for (const Stock &s : StockMatcher(query).rank(listing()))
        out << s.code;
    return out;
}

QStringList L(std::initializer_list<const char *> codes)
{
    QStringList out;
    for (const char *c : codes)
        out << QString::fromLatin1(c);
    return out;
}

} // namespace

class TestStockMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initials()
    {
        QCOMPARE(Hangul::initialOf(QChar(u'삼')), QChar(u'ㅅ'));
        QCOMPARE(Hangul::initialOf(QChar(u'까')), QChar(u'ㄲ'));
        QCOMPARE(Hangul::initialOf(QChar(u'힣')), QChar(u'ㅎ'));
        QCOMPARE(Hangul::initialOf(QChar(u'a')), QChar(u'a'));
        QVERIFY(Hangul::isInitialConsonant(QChar(u'ㅎ')));
        QVERIFY(!Hangul::isInitialConsonant(QChar(u'ㅏ')));   // a vowel
        QVERIFY(!Hangul::isInitialConsonant(QChar(u'ㄳ')));   // a final cluster, never initial
        QVERIFY(Hangul::matches(QChar(u'ㅅ'), QChar(u'삼')));
        QVERIFY(!Hangul::matches(QChar(u'삼'), QChar(u'ㅅ')));  // a syllable never matches a bare consonant
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("initials exact") << QStringLiteral("ㅅㅅㅈㅈ") << L({"005930", "005935"});
        QTest::newRow("initials: shorter first") << QStringLiteral("ㅋㅋㅇ") << L({"035720", "323410", "377300"});
        QTest::newRow("initials then syllable") << QStringLiteral("ㅅㅅ전") << L({"005930", "009150", "005935"});
        QTest::newRow("syllable then initials") << QStringLiteral("삼ㅅㅁ") << L({"028260"});
        QTest::newRow("initials inside") << QStringLiteral("ㅂㅇ") << L({"950130"});
        QTest::newRow("exact code") << QStringLiteral("005930") << L({"005930"});
        QTest::newRow("cybos code form") << QStringLiteral("a005930") << L({"005930"});
        QTest::newRow("code prefix ties on name length") << QStringLiteral("00593") << L({"005930", "005935"});
        QTest::newRow("exact name before prefix") << QStringLiteral("카카오") << L({"035720", "323410", "377300"});
        // The length that counts is the matched name's: kakaopay (8) before KakaoBank (9).
        QTest::newRow("english exact, any case") << QStringLiteral("kakao") << L({"035720", "377300", "323410"});
        QTest::newRow("english with spaces") << QStringLiteral("sk hy") << L({"000660"});
        QTest::newRow("english prefix, shorter first") << QStringLiteral("samsungelec")
                                                       << L({"005930", "005935", "009150"});
        QTest::newRow("mixed hangul and latin name") << QStringLiteral("sk하이") << L({"000660"});
        QTest::newRow("mixed latin and initials") << QStringLiteral("SKㅎㅇ") << L({"000660"});
        QTest::newRow("latin upper name") << QStringLiteral("naver") << L({"035420"});
        QTest::newRow("substring last") << QStringLiteral("전자") << L({"005930", "005935"});
        QTest::newRow("exact beats shorter prefix") << QStringLiteral("삼성전자우") << L({"005935"});
        QTest::newRow("equal length: larger cap, unknown last") << QStringLiteral("ㄱㄴ") << L({"900001", "900000"});
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("blank") << QStringLiteral("  \t") << QStringList();
        QTest::newRow("vowel only") << QStringLiteral("ㅏ") << QStringList();
        QTest::newRow("sql wildcard") << QStringLiteral("%") << QStringList();
        QTest::newRow("underscore") << QStringLiteral("_") << QStringList();
        QTest::newRow("quote") << QStringLiteral("'") << QStringList();
        QTest::newRow("ampersand in a name") << QStringLiteral("c&t") << L({"028260"});
        QTest::newRow("emoji") << QStringLiteral("😀") << QStringList();
        QTest::newRow("longer than any name") << QStringLiteral("삼성전자삼성전자삼성전자") << QStringList();
    }

    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(rank(query), expected);
    }

    void tiers()
    {
        const Stock kakao = listing().at(4);
        QCOMPARE(StockMatcher(QStringLiteral("035720")).match(kakao)->tier, MatchTier::ExactCode);
        QCOMPARE(StockMatcher(QStringLiteral("ㅋㅋㅇ")).match(kakao)->tier, MatchTier::ExactName);
        QCOMPARE(StockMatcher(QStringLiteral("KAKAO")).match(kakao)->tier, MatchTier::ExactName);
        QCOMPARE(StockMatcher(QStringLiteral("ㅋㅋ")).match(kakao)->tier, MatchTier::Prefix);
        QCOMPARE(StockMatcher(QStringLiteral("0357")).match(kakao)->tier, MatchTier::Prefix);
        QCOMPARE(StockMatcher(QStringLiteral("오")).match(kakao)->tier, MatchTier::Substring);
        QCOMPARE(StockMatcher(QStringLiteral("5720")).match(kakao)->tier, MatchTier::Substring);
        QVERIFY(!StockMatcher(QStringLiteral("ㅋㅋㅇㅂ")).match(kakao));
        QVERIFY(StockMatcher(QStringLiteral(" ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStockMatcher)
#include "tst_stockmatcher.moc"
