#pragma once
// The one vocabulary of error codes. Each code has, side by side in one row: its snake_case
// wire name (../shared/api.md, resources/api/openapi.json), the HTTP status it answers with,
// and how far it travels. A code without its row does not compile (static_asserts below).
// Strings appear only where an error leaves the process (JSON, logs, metrics labels).
#include <QString>
#include <QStringView>
#include <cstddef>
#include <iterator>
#include <optional>

namespace cybos {

enum class ErrorCode : unsigned char {
    // 400
    BadRequest, InvalidCode, InvalidParameter, InvalidPageToken,
    Unauthorized,                                                    // 401
    Forbidden, HostNotAllowed, OriginNotAllowed, Banned,             // 403
    NotFound, UnknownCode, UnknownJob, NotPinned,                    // 404
    MethodNotAllowed,                                                // 405
    JobRunning, SubscriptionLimit,                                   // 409
    PayloadTooLarge,                                                 // 413
    BudgetExhausted,                                                 // 429
    InternalError, StorageError, StorageReadOnly, ShutDown,          // 500
    FeedError,                                                       // 502
    FeedDisconnected, FeedUnavailable, StorageUnavailable, StorageBusy, // 503
    FeedTimeout,                                                     // 504
    StorageFull,                                                     // 507
    // only on the WebSocket (api.md's socket list)
    SlowClient, TooManyConnections,                                  // WebSocket; the second also 503 over HTTP
    // never in an answer to a client: start-up, command line, internal housekeeping
    BadOption, BadSyntax, BadBind, InsecureBind, BindFailed, AlreadyRunning,
    BackendUnavailable, ReplayUnavailable, NotSubscribed, BenchFailed,
    Count // not a code: the number of codes
};

// Where a code can be seen: in an HTTP error envelope (and then also on the socket), only as a
// WebSocket error message, or only inside the process (logs, stderr).
enum class ErrorReach : unsigned char { Http, Socket, Process };

struct ErrorCodeInfo {
    ErrorCode code;
    const char *name;   // the wire name, snake_case
    int httpStatus;     // what an HTTP answer carrying this code has (socket/process codes too)
    ErrorReach reach;
};

inline constexpr ErrorCodeInfo kErrorCodes[] = {
    {ErrorCode::BadRequest, "bad_request", 400, ErrorReach::Http},
    {ErrorCode::InvalidCode, "invalid_code", 400, ErrorReach::Http},
    {ErrorCode::InvalidParameter, "invalid_parameter", 400, ErrorReach::Http},
    {ErrorCode::InvalidPageToken, "invalid_page_token", 400, ErrorReach::Http},
    {ErrorCode::Unauthorized, "unauthorized", 401, ErrorReach::Http},
    {ErrorCode::Forbidden, "forbidden", 403, ErrorReach::Http},
    {ErrorCode::HostNotAllowed, "host_not_allowed", 403, ErrorReach::Http},
    {ErrorCode::OriginNotAllowed, "origin_not_allowed", 403, ErrorReach::Http},
    {ErrorCode::Banned, "banned", 403, ErrorReach::Http},
    {ErrorCode::NotFound, "not_found", 404, ErrorReach::Http},
    {ErrorCode::UnknownCode, "unknown_code", 404, ErrorReach::Http},
    {ErrorCode::UnknownJob, "unknown_job", 404, ErrorReach::Http},
    {ErrorCode::NotPinned, "not_pinned", 404, ErrorReach::Http},
    {ErrorCode::MethodNotAllowed, "method_not_allowed", 405, ErrorReach::Http},
    {ErrorCode::JobRunning, "job_running", 409, ErrorReach::Http},
    {ErrorCode::SubscriptionLimit, "subscription_limit", 409, ErrorReach::Http},
    {ErrorCode::PayloadTooLarge, "payload_too_large", 413, ErrorReach::Http},
    {ErrorCode::BudgetExhausted, "budget_exhausted", 429, ErrorReach::Http},
    {ErrorCode::InternalError, "internal_error", 500, ErrorReach::Http},
    {ErrorCode::StorageError, "storage_error", 500, ErrorReach::Http},
    {ErrorCode::StorageReadOnly, "storage_readonly", 500, ErrorReach::Http},
    {ErrorCode::ShutDown, "shut_down", 500, ErrorReach::Http},
    {ErrorCode::FeedError, "feed_error", 502, ErrorReach::Http},
    {ErrorCode::FeedDisconnected, "feed_disconnected", 503, ErrorReach::Http},
    {ErrorCode::FeedUnavailable, "feed_unavailable", 503, ErrorReach::Http},
    {ErrorCode::StorageUnavailable, "storage_unavailable", 503, ErrorReach::Http},
    {ErrorCode::StorageBusy, "storage_busy", 503, ErrorReach::Http},
    {ErrorCode::FeedTimeout, "feed_timeout", 504, ErrorReach::Http},
    {ErrorCode::StorageFull, "storage_full", 507, ErrorReach::Http},
    {ErrorCode::SlowClient, "slow_client", 429, ErrorReach::Socket},
    {ErrorCode::TooManyConnections, "too_many_connections", 503, ErrorReach::Http},
    {ErrorCode::BadOption, "bad_option", 500, ErrorReach::Process},
    {ErrorCode::BadSyntax, "bad_syntax", 500, ErrorReach::Process},
    {ErrorCode::BadBind, "bad_bind", 500, ErrorReach::Process},
    {ErrorCode::InsecureBind, "insecure_bind", 500, ErrorReach::Process},
    {ErrorCode::BindFailed, "bind_failed", 500, ErrorReach::Process},
    {ErrorCode::AlreadyRunning, "already_running", 500, ErrorReach::Process},
    {ErrorCode::BackendUnavailable, "backend_unavailable", 500, ErrorReach::Process},
    {ErrorCode::ReplayUnavailable, "replay_unavailable", 500, ErrorReach::Process},
    {ErrorCode::NotSubscribed, "not_subscribed", 500, ErrorReach::Process},
    {ErrorCode::BenchFailed, "bench_failed", 500, ErrorReach::Process},
};

inline constexpr std::size_t kErrorCodeCount = std::size(kErrorCodes);

namespace detail {
constexpr bool errorRowsInEnumOrder()
{
    for (std::size_t i = 0; i < kErrorCodeCount; ++i) {
        if (static_cast<std::size_t>(kErrorCodes[i].code) != i)
            return false;
    }
    return true;
}
} // namespace detail

static_assert(kErrorCodeCount == static_cast<std::size_t>(ErrorCode::Count),
              "every ErrorCode needs its row (name, HTTP status, reach) in kErrorCodes");
static_assert(detail::errorRowsInEnumOrder(), "kErrorCodes rows must follow the enum's order");

constexpr const ErrorCodeInfo &errorCodeInfo(ErrorCode c) { return kErrorCodes[static_cast<std::size_t>(c)]; }
constexpr int httpStatusOf(ErrorCode c) { return errorCodeInfo(c).httpStatus; }

QString errorCodeName(ErrorCode c);                                // "feed_timeout"
std::optional<ErrorCode> errorCodeFromName(QStringView name);      // the inverse; nullopt if unknown

} // namespace cybos
