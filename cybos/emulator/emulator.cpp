#include "emulator.h"
#include "core/log/categories.h"
#include "cpcodemgr.h"
#include "cpcybos.h"
#include "cpstockcode.h"
#include "emucontext.h"
#include "marketeye.h"
#include "stockchart.h"
#include "stockcur.h"
#include "stockjpbid2.h"
#include "stockmst.h"
#include "tickengine.h"

namespace cybos {

using namespace emu;

struct Emulator::Private {
    std::unique_ptr<EmuContext> ctx; // objects hold a QPointer to it
    std::unique_ptr<TickEngine> engine;
};

namespace {
using Factory = std::unique_ptr<ComObject> (*)(const QString &, EmuContext *);

template<typename T>
std::unique_ptr<ComObject> make(const QString &progId, EmuContext *ctx)
{
    return std::make_unique<T>(progId, ctx);
}

// ProgIDs are matched in any case, with or without the ".1" version suffix.
Factory factoryOf(const QString &progId)
{
    static const QHash<QString, Factory> factories{
        {QStringLiteral("cputil.cpcybos"), &make<CpCybos>},
        {QStringLiteral("cputil.cpcodemgr"), &make<CpCodeMgr>},
        {QStringLiteral("cputil.cpstockcode"), &make<CpStockCode>},
        {QStringLiteral("dscbo1.stockmst"), &make<StockMst>},
        {QStringLiteral("dscbo1.stockcur"), &make<StockCur>},
        {QStringLiteral("dscbo1.stockjpbid"), &make<StockJpbid>},
        {QStringLiteral("dscbo1.stockjpbid2"), &make<StockJpbid2>},
        {QStringLiteral("cpsysdib.stockchart"), &make<StockChart>},
        {QStringLiteral("cpsysdib.marketeye"), &make<MarketEye>},
    };
    QString key = progId.trimmed().toLower();
    if (key.endsWith(QLatin1String(".1")))
        key.chop(2);
    return factories.value(key, nullptr);
}
} // namespace

Emulator::Emulator(EmulatorOptions options, QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->ctx = std::make_unique<EmuContext>(options);
    d->engine = std::make_unique<TickEngine>(*d->ctx, options.ticksPerSecond, options.seed);
    // Subscriptions go first, so OnDisconnect handlers already see them gone.
    connect(&d->ctx->link, &Link::dropped, this, [this] { d->ctx->subscriptions.dropAll(); });
    connect(&d->ctx->link, &Link::connectionChanged, this, &Emulator::connectionChanged);
    TickEngine *engine = d->engine.get();
    d->ctx->subscriptions.setChangedHandler([engine] { engine->wake(); });
    qCInfo(lcEmulator) << "emulator:" << d->ctx->market.listing().count() << "codes, seed" << options.seed
                       << "clock" << options.clock << "rate" << options.ticksPerSecond;
}

Emulator::~Emulator()
{
    d->ctx->subscriptions.setChangedHandler({});
    d->engine.reset();
}

std::unique_ptr<ComObject> Emulator::create(const QString &progId)
{
    const Factory factory = factoryOf(progId);
    if (!factory) {
        qCWarning(lcEmulator) << "emulator: no object for ProgID" << progId;
        return nullptr;
    }
    return factory(progId, d->ctx.get());
}

void Emulator::disconnectFor(int ms)
{
    d->ctx->link.dropFor(ms);
}

void Emulator::setTicksPerSecond(int ticksPerSecond)
{
    d->engine->setRate(ticksPerSecond);
}

int Emulator::ticksPerSecond() const
{
    return d->engine->rate();
}

void Emulator::failRequests(int returnCode, int count)
{
    d->ctx->link.failNext(returnCode, count);
}

void Emulator::setAnswerDelay(int ms)
{
    d->ctx->link.setAnswerDelay(ms);
}

bool Emulator::isConnected() const
{
    return d->ctx->link.isUp();
}

EmulatorStats Emulator::stats() const
{
    EmulatorStats s = d->ctx->stats;
    s.subscriptions = d->ctx->subscriptions.count();
    return s;
}

void Emulator::runSlice()
{
    d->engine->slice();
}

EmulatorMarket &Emulator::market()
{
    return d->ctx->market;
}

} // namespace cybos
