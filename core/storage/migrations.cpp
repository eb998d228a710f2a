#include "migrations.h"

namespace cybos::Migrations {

namespace {

// Version 1: the schema of the design (brief/schema.md).
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE stocks (code TEXT PRIMARY KEY, name TEXT NOT NULL, market TEXT NOT NULL,"
            " section TEXT, kospi200 INTEGER NOT NULL DEFAULT 0, control_kind TEXT,"
            " supervision INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT 'normal',"
            " listed_date TEXT, par_price INTEGER, std_price INTEGER, upper_limit INTEGER,"
            " lower_limit INTEGER, prev_close INTEGER, updated_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE ticks (seq INTEGER PRIMARY KEY, code TEXT NOT NULL, time INTEGER NOT NULL,"
            " price INTEGER NOT NULL, change INTEGER NOT NULL, volume INTEGER NOT NULL,"
            " cum_volume INTEGER NOT NULL, cum_value INTEGER NOT NULL, ask INTEGER NOT NULL,"
            " bid INTEGER NOT NULL, side INTEGER NOT NULL, session INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX ticks_code_time ON ticks(code, time)"),
        QStringLiteral(
            "CREATE TABLE bars (code TEXT NOT NULL, interval TEXT NOT NULL,"
            " adjusted INTEGER NOT NULL, time INTEGER NOT NULL, open INTEGER NOT NULL,"
            " high INTEGER NOT NULL, low INTEGER NOT NULL, close INTEGER NOT NULL,"
            " volume INTEGER NOT NULL, value INTEGER NOT NULL,"
            " PRIMARY KEY (code, interval, adjusted, time)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE bar_coverage (code TEXT NOT NULL, interval TEXT NOT NULL,"
            " adjusted INTEGER NOT NULL, from_time INTEGER NOT NULL, to_time INTEGER NOT NULL,"
            " PRIMARY KEY (code, interval, adjusted, from_time))"),
        QStringLiteral("CREATE TABLE pinned (code TEXT PRIMARY KEY, pinned_at INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE jobs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL,"
            " done INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0,"
            " started_at INTEGER, finished_at INTEGER, error TEXT, params TEXT)"),
    };
}

// Version 2: indexes for the stock list filters and for finding unfinished jobs at start-up.
QStringList version2()
{
    return {
        QStringLiteral("CREATE INDEX stocks_market ON stocks(market, code)"),
        QStringLiteral("CREATE INDEX jobs_state ON jobs(state)"),
    };
}

// Version 3: the English name beside the Korean one (search matches both) and the KRX size
// class (search ranks larger capitalisations first). Existing rows get them at the next code
// sync, which forgetting the last sync time makes happen at the next start.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE stocks ADD COLUMN eng_name TEXT"),
        QStringLiteral("ALTER TABLE stocks ADD COLUMN size_class INTEGER"),
        QStringLiteral("DELETE FROM meta WHERE key = 'stocks_synced_at'"),
    };
}

// Version 4: a relay keeps where each tick came from (its source instance and the seq there),
// numbers ticks with its own seq, and stores a source's tick once.
QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE ticks ADD COLUMN source TEXT"),
        QStringLiteral("ALTER TABLE ticks ADD COLUMN source_seq INTEGER"),
        QStringLiteral("CREATE UNIQUE INDEX ticks_source ON ticks(source, source_seq) WHERE source IS NOT NULL"),
    };
}

} // namespace

int latest()
{
    return 4;
}

QStringList step(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    default:
        return {};
    }
}

} // namespace cybos::Migrations
