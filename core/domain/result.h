#pragma once
// Recoverable errors are values: a Result holds either a value or an Error (code + message).
// The code is one of the typed vocabulary (errorcode.h); the edge maps it to its name and status.
#include "core/domain/errorcode.h"
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace cybos {

struct Error {
    ErrorCode code = ErrorCode::InternalError;
    QString message; // human text
    int retryAfterMs = 0; // for budget errors: when a retry can succeed
};

template<typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}            // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {}        // NOLINT(google-explicit-constructor)
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

struct Ok {};
using Status = Result<Ok>;

inline Error makeError(ErrorCode code, QString message, int retryAfterMs = 0)
{
    return Error{code, std::move(message), retryAfterMs};
}

} // namespace cybos
