// The WebSocket op vocabulary: every op's name round-trips, names are unique, and the ops are
// exactly the ones the OpenAPI document lets a client send (WsClientMessage).
#include "core/domain/wsop.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace cybos;

class TestWsOp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        QSet<QString> seen;
        for (WsOp op : kWsOps) {
            const QString name = wsOpName(op);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QVERIFY2(wsOpFromName(name) == op, qPrintable(name));
        }
        QVERIFY(!wsOpFromName(u"ingest"));
        QVERIFY(!wsOpFromName(u"PING"));
        QVERIFY(!wsOpFromName(u""));
    }

    void opsAreTheDocumentedOnes()
    {
        QFile file(QStringLiteral(CYBOS_SOURCE_DIR "/resources/api/openapi.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray variants = QJsonDocument::fromJson(file.readAll()).object()
            .value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject()
            .value(QStringLiteral("WsClientMessage")).toObject().value(QStringLiteral("oneOf")).toArray();
        QSet<QString> documented;
        for (const QJsonValue &v : variants) {
            const QJsonObject op = v.toObject().value(QStringLiteral("properties")).toObject()
                                       .value(QStringLiteral("op")).toObject();
            for (const QJsonValue &name : op.value(QStringLiteral("enum")).toArray())
                documented.insert(name.toString());
        }
        QSet<QString> ours;
        for (WsOp op : kWsOps)
            ours.insert(wsOpName(op));
        QCOMPARE(ours, documented);
    }
};

QTEST_GUILESS_MAIN(TestWsOp)
#include "tst_wsop.moc"
