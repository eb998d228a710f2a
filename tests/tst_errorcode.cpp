// The error vocabulary walked code by code: every name is snake_case, unique and round-trips,
// every status is an error status, every code becomes the api.md envelope with its status,
// and the names clients can see are exactly the ones the OpenAPI document lists.
#include "core/domain/errorcode.h"
#include "core/server/http/httpresponse.h"
#include "vocabulary.h"
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cybos;

namespace {
QList<ErrorCode> allCodes()
{
    QList<ErrorCode> out;
    for (std::size_t i = 0; i < static_cast<std::size_t>(ErrorCode::Count); ++i)
        out.append(static_cast<ErrorCode>(i));
    return out;
}

// "a, b (400); c (401)." of the Error schema's code description → {a: 400, b: 400, c: 401}.
QHash<QString, int> documentedHttpCodes(const QJsonObject &schemas)
{
    const QString text = schemas.value(QStringLiteral("Error")).toObject()
        .value(QStringLiteral("properties")).toObject().value(QStringLiteral("error")).toObject()
        .value(QStringLiteral("properties")).toObject().value(QStringLiteral("code")).toObject()
        .value(QStringLiteral("description")).toString();
    QHash<QString, int> out;
    static const QRegularExpression group(QStringLiteral("([a-z_, ]+) \\((\\d{3})\\)"));
    for (auto it = group.globalMatch(text.section(u':', 1)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (const QString &name : m.captured(1).split(u',', Qt::SkipEmptyParts))
            out.insert(name.trimmed(), m.captured(2).toInt());
    }
    return out;
}

// The code enum of the WebSocket error message (WsServerMessage, type "error").
QSet<QString> documentedSocketCodes(const QJsonObject &schemas)
{
    QSet<QString> out;
    const QJsonArray variants = schemas.value(QStringLiteral("WsServerMessage")).toObject()
                                    .value(QStringLiteral("oneOf")).toArray();
    for (const QJsonValue &v : variants) {
        const QJsonObject props = v.toObject().value(QStringLiteral("properties")).toObject();
        if (props.value(QStringLiteral("type")).toObject().value(QStringLiteral("enum")).toArray()
            != QJsonArray{QStringLiteral("error")})
            continue;
        for (const QJsonValue &name : props.value(QStringLiteral("code")).toObject().value(QStringLiteral("enum")).toArray())
            out.insert(name.toString());
    }
    return out;
}
} // namespace

class TestErrorCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesAreSnakeCaseUniqueAndRoundTrip()
    {
        static const QRegularExpression snake(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
        QSet<QString> seen;
        for (ErrorCode c : allCodes()) {
            const QString name = errorCodeName(c);
            QVERIFY2(snake.match(name).hasMatch(), qPrintable(name));
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QVERIFY2(errorCodeFromName(name) == c, qPrintable(name));
            QCOMPARE(errorCodeInfo(c).code, c);
        }
        QCOMPARE(qsizetype(seen.size()), qsizetype(kErrorCodeCount));
        QVERIFY(!errorCodeFromName(u"timeout"));   // the adapter's old name is no code
        QVERIFY(!errorCodeFromName(u""));
        QVERIFY(!errorCodeFromName(u"Bad_Request"));
    }

    void statusesAreErrorStatuses()
    {
        for (ErrorCode c : allCodes()) {
            const int status = httpStatusOf(c);
            QVERIFY2(status >= 400 && status <= 599, qPrintable(errorCodeName(c)));
        }
    }

    void everyCodeBecomesItsEnvelope()
    {
        for (ErrorCode c : allCodes()) {
            const HttpResponse r = HttpResponse::error(c, QStringLiteral("why"));
            QCOMPARE(r.status, httpStatusOf(c));
            QVERIFY(r.errorCode == c);
            const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("code")).toString(), errorCodeName(c));
            QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("why"));
        }
    }

    void feedTimeoutIsGatewayTimeout()
    {
        QCOMPARE(errorCodeName(ErrorCode::FeedTimeout), QStringLiteral("feed_timeout"));
        QCOMPARE(httpStatusOf(ErrorCode::FeedTimeout), 504);
    }

    void httpCodesAreExactlyTheDocumentedOnes()
    {
        const QHash<QString, int> documented = documentedHttpCodes(test::openApiSchemas());
        QVERIFY(documented.size() > 10);
        for (ErrorCode c : allCodes()) {
            const QString name = errorCodeName(c);
            const bool http = errorCodeInfo(c).reach == ErrorReach::Http;
            QVERIFY2(documented.contains(name) == http, qPrintable(name));
            if (http)
                QVERIFY2(documented.value(name) == httpStatusOf(c), qPrintable(name));
        }
        for (auto it = documented.cbegin(); it != documented.cend(); ++it)
            QVERIFY2(errorCodeFromName(it.key()), qPrintable(it.key()));
    }

    void socketCodesAreDocumented()
    {
        const QSet<QString> documented = documentedSocketCodes(test::openApiSchemas());
        QVERIFY(documented.contains(QStringLiteral("slow_client")));
        for (const QString &name : documented) {
            const std::optional<ErrorCode> c = errorCodeFromName(name);
            QVERIFY2(c && errorCodeInfo(*c).reach != ErrorReach::Process, qPrintable(name));
        }
        for (ErrorCode c : allCodes()) {
            if (errorCodeInfo(c).reach == ErrorReach::Socket)
                QVERIFY2(documented.contains(errorCodeName(c)), qPrintable(errorCodeName(c)));
        }
    }
};

QTEST_GUILESS_MAIN(TestErrorCode)
#include "tst_errorcode.moc"
