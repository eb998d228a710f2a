// The job vocabulary: every kind's and state's name round-trips, and the names are exactly the
// ones the OpenAPI document gives the Job schema (api.md: GET /api/jobs/{id}).
#include "core/domain/job.h"
#include "vocabulary.h"
#include <QJsonArray>
#include <QTest>

using namespace cybos;

namespace {

QSet<QString> documented(const QString &property)
{
    const QJsonArray names = test::openApiSchemas().value(QStringLiteral("Job")).toObject()
        .value(QStringLiteral("properties")).toObject()
        .value(property).toObject().value(QStringLiteral("enum")).toArray();
    QSet<QString> out;
    for (const QJsonValue &v : names)
        out.insert(v.toString());
    return out;
}

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindsRoundTripAndAreDocumented()
    {
        const auto kinds = test::checkVocabulary<JobKind>(kJobKinds, jobKindName, jobKindFromName);
        QVERIFY2(kinds.problem.isEmpty(), qPrintable(kinds.problem));
        QCOMPARE(kinds.names, documented(QStringLiteral("kind")));
        QVERIFY(!jobKindFromName(u"CODE_SYNC"));
        QVERIFY(!jobKindFromName(u""));
    }

    void statesRoundTripAndAreDocumented()
    {
        const auto states = test::checkVocabulary<JobState>(kJobStates, jobStateName, jobStateFromName);
        QVERIFY2(states.problem.isEmpty(), qPrintable(states.problem));
        QCOMPARE(states.names, documented(QStringLiteral("state")));
        QVERIFY(!jobStateFromName(u"finished"));
    }

    void unfinishedIsQueuedOrRunning()
    {
        for (JobState state : kJobStates) {
            const Job job{.state = state};
            QCOMPARE(job.unfinished(), state == JobState::Queued || state == JobState::Running);
        }
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
