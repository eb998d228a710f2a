#pragma once
// Shared helpers of the emulator suites (tst_emulator*.cpp): a fake clock whose sleep
// advances it, and short forms of the dispatch calls an adapter makes.
#include "cybos/emulator/calendar.h"
#include "cybos/emulator/emulator.h"
#include <QDate>
#include <memory>

namespace cybos::test {

struct FakeClock {
    qint64 ms = 0;
    int sleeps = 0;
    qint64 slept = 0;

    EmulatorOptions options(const QString &clock = QStringLiteral("always-open"), quint32 seed = 1)
    {
        EmulatorOptions o;
        o.seed = seed;
        o.clock = clock;
        o.now = [this] { return ms; };
        o.sleep = [this](int d) {
            ms += d;
            slept += d;
            ++sleeps;
        };
        return o;
    }
    void setKst(QDate date, int hour, int minute, int second = 0)
    {
        ms = emu::kstEpochMs(date, hour * 3600 + minute * 60 + second);
    }
};

// Runs tick slices until the backlog up to the (standing) clock is generated: one slice
// generates at most a share of it.
inline void drainTicks(Emulator &emu)
{
    for (qint64 before = -1; before != emu.stats().ticksGenerated;) {
        before = emu.stats().ticksGenerated;
        emu.runSlice();
    }
}

inline QVariant call(ComObject &o, const char *method, const QVariantList &args = {})
{
    return o.call(QString::fromLatin1(method), args);
}

inline QVariant header(ComObject &o, int index)
{
    return call(o, "GetHeaderValue", {index});
}

inline QVariant data(ComObject &o, int type, int index)
{
    return call(o, "GetDataValue", {type, index});
}

inline void input(ComObject &o, int index, const QVariant &value)
{
    call(o, "SetInputValue", {index, value});
}

inline std::unique_ptr<ComObject> create(Emulator &emu, const char *progId)
{
    return emu.create(QString::fromLatin1(progId));
}

// A StockMst for `code` after one BlockRequest.
inline std::unique_ptr<ComObject> snapshot(Emulator &emu, const QString &code, int *rc = nullptr)
{
    auto mst = create(emu, "DsCbo1.StockMst");
    input(*mst, 0, code);
    const int r = call(*mst, "BlockRequest").toInt();
    if (rc)
        *rc = r;
    return mst;
}

// A daily/minute chart query in count mode.
inline std::unique_ptr<ComObject> chart(Emulator &emu, const QString &code, char type, int count,
                                        const QVariantList &fields)
{
    auto c = create(emu, "CpSysDib.StockChart");
    input(*c, 0, code);
    input(*c, 1, int('2'));
    input(*c, 4, count);
    input(*c, 5, fields);
    input(*c, 6, int(type));
    return c;
}

inline const QDate kWednesday(2026, 11, 25);
inline const QDate kSaturday(2026, 11, 28);

} // namespace cybos::test
