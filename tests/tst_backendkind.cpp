// The backend vocabulary: every kind's name round-trips, names are unique, and they are exactly
// the ones GET /api/status may report (the OpenAPI document's Status.backend enum).
#include "core/domain/backendkind.h"
#include "vocabulary.h"
#include <QJsonArray>
#include <QTest>

using namespace cybos;

class TestBackendKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesRoundTrip()
    {
        const auto kinds = test::checkVocabulary<BackendKind>(kBackendKinds, backendKindName, backendKindFromName);
        QVERIFY2(kinds.problem.isEmpty(), qPrintable(kinds.problem));
        QCOMPARE(backendKindNames().size(), qsizetype(std::size(kBackendKinds)));
        QVERIFY(!backendKindFromName(u"Emulator"));
        QVERIFY(!backendKindFromName(u"com"));
        QVERIFY(!backendKindFromName(u""));
    }

    void namesAreTheDocumentedOnes()
    {
        const QJsonArray documented = test::openApiSchemas().value(QStringLiteral("Status")).toObject()
            .value(QStringLiteral("properties")).toObject()
            .value(QStringLiteral("backend")).toObject().value(QStringLiteral("enum")).toArray();
        QStringList names;
        for (const QJsonValue &v : documented)
            names << v.toString();
        QCOMPARE(names, backendKindNames());
    }
};

QTEST_GUILESS_MAIN(TestBackendKind)
#include "tst_backendkind.moc"
