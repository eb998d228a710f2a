// The WebSocket op vocabulary: every op's name round-trips, names are unique, and the ops are
// exactly the ones the OpenAPI document lets a client send (WsClientMessage).
#include "core/domain/wsop.h"
#include "vocabulary.h"
#include <QJsonArray>
#include <QTest>

using namespace cybos;

class TestWsOp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTripAndAreDocumented()
    {
        const auto ops = test::checkVocabulary<WsOp>(kWsOps, wsOpName, wsOpFromName);
        QVERIFY2(ops.problem.isEmpty(), qPrintable(ops.problem));
        QVERIFY(!wsOpFromName(u"ingest"));
        QVERIFY(!wsOpFromName(u"PING"));
        QVERIFY(!wsOpFromName(u""));
        const QJsonArray variants = test::openApiSchemas().value(QStringLiteral("WsClientMessage"))
                                        .toObject().value(QStringLiteral("oneOf")).toArray();
        QSet<QString> documented;
        for (const QJsonValue &v : variants) {
            const QJsonObject op = v.toObject().value(QStringLiteral("properties")).toObject()
                                       .value(QStringLiteral("op")).toObject();
            for (const QJsonValue &name : op.value(QStringLiteral("enum")).toArray())
                documented.insert(name.toString());
        }
        QCOMPARE(ops.names, documented);
    }
};

QTEST_GUILESS_MAIN(TestWsOp)
#include "tst_wsop.moc"
