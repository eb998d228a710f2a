#include "tickcontroller.h"
#include "core/domain/domainjson.h"
#include "core/server/http/csv.h"
#include "core/server/http/params.h"
#include "core/pipeline/tickbus.h"
#include "core/server/servercontext.h"
#include "core/storage/tickrepository.h"
#include <QSet>
#include <algorithm>

namespace cybos {
namespace {
HttpResponse ticksBody(const TickList &ticks, const QString &nextPageToken, Params::Format format,
                       std::optional<qint64> nextSinceSeq = std::nullopt)
{
    if (format == Params::Format::Csv) {
        HttpResponse r = HttpResponse::csv(Csv::ticks(ticks));
        if (!nextPageToken.isEmpty())
            r.withHeader(QByteArrayLiteral("X-Next-Page-Token"), nextPageToken.toUtf8());
        return r;
    }
    QByteArray body;
    body.reserve(64 + ticks.size() * 230);
    JsonOut out(body);
    out.beginObject().key("ticks").beginArray();
    for (const Tick &t : ticks)
        DomainJson::write(out, t);
    out.endArray().key("next_page_token").valueOrNull(nextPageToken);
    if (nextSinceSeq)
        out.field("next_since_seq", *nextSinceSeq);
    out.endObject();
    return HttpResponse::json(body);
}

// since_seq pages are keyed by the last seq served: the token is that seq, base64-wrapped so
// clients treat it as opaque like every other token.
QString seqToken(qint64 seq)
{
    return QString::fromLatin1(QByteArray("seq:" + QByteArray::number(seq)).toBase64(QByteArray::Base64UrlEncoding));
}

Result<qint64> seqFromToken(const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    bool ok = false;
    const qint64 seq = raw.startsWith("seq:") ? raw.mid(4).toLongLong(&ok) : 0;
    if (!ok || seq < 0)
        return makeError(ErrorCode::InvalidPageToken, QStringLiteral("page_token is not one this endpoint gave"));
    return seq;
}
// The WebSocket hub sends a tick before the storage writer commits it; the bus' tail holds
// every tick published lately, so what the database lacks is read from memory, and a client
// that saw seq N on its socket finds it here. The tail is trusted only when it reaches down to
// what the database holds (it dropped nothing the database lacks); otherwise the answer is the
// database alone: shorter, still without a hole.
const TickTail *tailOf(const ServerContext *ctx)
{
    return ctx->deps && ctx->deps->tickBus ? &ctx->deps->tickBus->tail() : nullptr;
}

// rows: the database's ticks after sinceSeq (ascending; at most limit + 1). When the database
// ran out before the limit, it holds every committed tick after sinceSeq: the rest is newer.
void appendUncommitted(const TickTail *tail, qint64 sinceSeq, int limit, TickList &rows)
{
    if (!tail || rows.size() > limit)
        return;
    const qint64 after = rows.isEmpty() ? sinceSeq : rows.constLast().seq;
    TickTail::Slice slice = tail->after(after, limit + 1 - rows.size());
    if (slice.evictedUpTo <= after)
        rows.append(std::move(slice.ticks));
}

// page: the database's page of one code; storedSeq: the highest seq stored before it was read.
void mergeUncommitted(const TickTail *tail, const TickRange &range, const TickCursor &cursor, qint64 storedSeq,
                      TickPage &page)
{
    const TickTail::Slice slice = tail ? tail->after(storedSeq, std::numeric_limits<qsizetype>::max()) : TickTail::Slice{};
    if (slice.ticks.isEmpty() || slice.evictedUpTo > storedSeq)
        return;
    QSet<qint64> stored; // committed between storedSeq and the page's read
    for (const Tick &t : std::as_const(page.ticks))
        stored.insert(t.seq);
    const qsizetype before = page.ticks.size();
    for (const Tick &t : slice.ticks) {
        if (t.code == range.code && t.timeMs >= range.fromMs && t.timeMs <= range.toMs && cursor.before(t)
            && !stored.contains(t.seq))
            page.ticks.append(t);
    }
    if (page.ticks.size() == before)
        return;
    std::sort(page.ticks.begin(), page.ticks.end(),
              [](const Tick &a, const Tick &b) { return a.timeMs < b.timeMs || (a.timeMs == b.timeMs && a.seq < b.seq); });
    const bool more = page.ticks.size() > range.limit || !page.nextPageToken.isEmpty();
    if (page.ticks.size() > range.limit)
        page.ticks.resize(range.limit);
    page.nextPageToken = more ? TickRepository::pageTokenAfter(page.ticks.constLast()) : QString();
}
} // namespace

QCoro::Task<HttpResponse> TickController::byCode(HttpRequest request)
{
    const auto code = Params::pathCode(request);
    const auto from = Params::time(request, QStringLiteral("from"));
    const auto to = Params::time(request, QStringLiteral("to"), true);
    const auto limit = Params::limit(request);
    const auto format = Params::format(request);
    if (!code || !from || !to || !limit || !format) {
        co_return HttpResponse::error(!code ? code.error() : !from ? from.error() : !to ? to.error()
                                      : !limit ? limit.error() : format.error());
    }
    TickRange range;
    range.code = code.value();
    range.fromMs = from.value().value_or(0);
    range.toMs = to.value().value_or(std::numeric_limits<qint64>::max());
    range.limit = limit.value();
    range.pageToken = request.queryValue(QStringLiteral("page_token"));
    if (range.fromMs > range.toMs)
        co_return HttpResponse::error(Params::invalid(QStringLiteral("from"), QStringLiteral("must not be after to")));
    const auto db = m_ctx->db();
    if (!db)
        co_return HttpResponse::error(db.error());
    const TickRepository repo(db.value());
    const auto cursor = TickRepository::cursor(range);
    const auto stored = repo.maxSeq(); // before the page: the tail must take over from there
    auto page = cursor && stored ? repo.byCode(range) : Result<TickPage>(!cursor ? cursor.error() : stored.error());
    if (!page)
        co_return HttpResponse::error(page.error());
    mergeUncommitted(tailOf(m_ctx), range, cursor.value(), stored.value(), page.value());
    co_return ticksBody(page->ticks, page->nextPageToken, format.value());
}

QCoro::Task<HttpResponse> TickController::sinceSeq(HttpRequest request)
{
    const QString token = request.queryValue(QStringLiteral("page_token"));
    if (!request.hasQuery(QStringLiteral("since_seq")) && token.isEmpty())
        co_return HttpResponse::error(Params::invalid(QStringLiteral("since_seq"), QStringLiteral("is required")));
    auto since = token.isEmpty() ? Params::integer64(request, QStringLiteral("since_seq"), 0, 0) : seqFromToken(token);
    const auto limit = Params::limit(request);
    const auto format = Params::format(request);
    if (!since || !limit || !format)
        co_return HttpResponse::error(!since ? since.error() : !limit ? limit.error() : format.error());
    const auto db = m_ctx->db();
    if (!db)
        co_return HttpResponse::error(db.error());
    // One row more than asked tells whether another page follows.
    auto ticks = TickRepository(db.value()).sinceSeq(since.value(), limit.value() + 1);
    if (!ticks)
        co_return HttpResponse::error(ticks.error());
    TickList rows = std::move(ticks).value();
    appendUncommitted(tailOf(m_ctx), since.value(), limit.value(), rows);
    const bool more = rows.size() > limit.value();
    if (more)
        rows.resize(limit.value());
    const qint64 last = rows.isEmpty() ? since.value() : rows.constLast().seq;
    co_return ticksBody(rows, more ? seqToken(last) : QString(), format.value(), last);
}

} // namespace cybos
