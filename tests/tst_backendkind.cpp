// The backend vocabulary: every kind's name round-trips, names are unique, and they are exactly
// the ones GET /api/status may report (the OpenAPI document's Status.backend enum).
#include "core/domain/backendkind.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace cybos;

class TestBackendKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        QSet<QString> seen;
        for (BackendKind kind : kBackendKinds) {
            const QString name = backendKindName(kind);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QVERIFY2(backendKindFromName(name) == kind, qPrintable(name));
        }
        QCOMPARE(backendKindNames().size(), qsizetype(std::size(kBackendKinds)));
        QVERIFY(!backendKindFromName(u"Emulator"));
        QVERIFY(!backendKindFromName(u"com"));
        QVERIFY(!backendKindFromName(u""));
    }

    void namesAreTheDocumentedOnes()
    {
        QFile file(QStringLiteral(CYBOS_SOURCE_DIR "/resources/api/openapi.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray documented = QJsonDocument::fromJson(file.readAll()).object()
            .value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject()
            .value(QStringLiteral("Status")).toObject().value(QStringLiteral("properties")).toObject()
            .value(QStringLiteral("backend")).toObject().value(QStringLiteral("enum")).toArray();
        QStringList names;
        for (const QJsonValue &v : documented)
            names << v.toString();
        QCOMPARE(names, backendKindNames());
    }
};

QTEST_GUILESS_MAIN(TestBackendKind)
#include "tst_backendkind.moc"
