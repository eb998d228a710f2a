#include "livemodels.h"
#include "core/domain/ksttime.h"
#include "core/log/eventlog.h"
#include "logmodel.h"
#include "quotemodel.h"
#include "stockdirectory.h"
#include "tickcoalescer.h"
#include "tickmodel.h"

namespace cybos {

LiveModels::LiveModels(const UiContext &ctx, StockDirectory *directory, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_directory(directory),
      m_quotes(new QuoteModel(directory, ctx.quotes, this)),
      m_ticks(new TickModel(directory, 500, this)),
      m_log(new LogModel(2000, this)),
      m_coalescer(new TickCoalescer(500, this))
{
    connect(m_coalescer, &TickCoalescer::flushed, this,
            [this](const QHash<QString, Tick> &latest, const TickList &recent, qint64 nowMs) {
                m_quotes->applyTicks(latest, nowMs);
                m_ticks->append(recent);
            });
    connectCore();
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &LiveModels::refreshStatus);
    m_statusTimer.start();
    m_budgetTimer.setInterval(250);
    connect(&m_budgetTimer, &QTimer::timeout, this, &LiveModels::refreshBudget);
    m_budgetTimer.start();
}

void LiveModels::connectCore()
{
    if (m_ctx.services) {
        connect(m_ctx.services, &FeedServices::subscriptionsChanged, m_quotes, &QuoteModel::setCodes);
        connect(m_ctx.services, &FeedServices::budgetChanged, this, &LiveModels::refreshBudget);
        connect(m_ctx.services, &FeedServices::connectionChanged, this, &LiveModels::refreshStatus);
        connect(m_ctx.services, &FeedServices::jobChanged, this, &LiveModels::jobChanged);
        m_quotes->setCodes(m_ctx.services->subscribed());
    }
    if (m_ctx.log) {
        const QList<LogEvent> recent = m_ctx.log->recent(2000);
        for (const LogEvent &e : recent)
            m_log->addEvent(e);
        // The log may be written from any thread; the model lives on the GUI thread.
        connect(m_ctx.log, &EventLog::eventAdded, m_log, &LogModel::addEvent, Qt::QueuedConnection);
    }
}

void LiveModels::refreshStatus()
{
    if (!m_ctx.status)
        return;
    m_lastStatus = m_ctx.status->snapshot();
    Q_EMIT statusRefreshed(m_lastStatus);
}

void LiveModels::refreshBudget()
{
    if (m_ctx.services)
        Q_EMIT budgetRefreshed(m_ctx.services->budget());
}

void LiveModels::jobChanged(const Job &job)
{
    if (job.kind != JobKind::CodeSync)
        return;
    if (job.state == JobState::Running)
        Q_EMIT messagePosted(tr("Syncing stock codes: %1 of %2").arg(job.done).arg(job.total));
    else if (job.state == JobState::Done) {
        m_directory->reload();
        Q_EMIT messagePosted(tr("Stock code sync finished: %n code(s)", nullptr, int(job.total)));
    } else if (job.state == JobState::Failed)
        Q_EMIT messagePosted(tr("Stock code sync failed: %1").arg(job.error));
}

} // namespace cybos
