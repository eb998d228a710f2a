#pragma once
// Query parameters and JSON bodies of api.md, validated: each failure is an Error whose code
// the edge maps to 400 (invalid_parameter, invalid_code, bad_request).
#include "httprequest.h"
#include "core/domain/result.h"
#include <QJsonObject>
#include <optional>

namespace cybos::Params {

enum class Format { Json, Csv };

Error invalid(const QString &name, const QString &why);

Result<int> limit(const HttpRequest &request, int fallback = 1000);           // 1..10000
Result<int> integer(const HttpRequest &request, const QString &name, int fallback, int min, int max);
Result<qint64> integer64(const HttpRequest &request, const QString &name, qint64 fallback, qint64 min);
Result<bool> boolean(const HttpRequest &request, const QString &name, bool fallback);
Result<Format> format(const HttpRequest &request);
// A time: ISO 8601, a date (start of the day KST; with endOfDay the day's last millisecond,
// so "to=2026-11-26" includes that day) or epoch ms. nullopt when absent.
Result<std::optional<qint64>> time(const HttpRequest &request, const QString &name, bool endOfDay = false);
// A stock code in any accepted form → canonical, or invalid_code.
Result<QString> code(const QString &text);
// The {code} path parameter.
Result<QString> pathCode(const HttpRequest &request);
// The body as one JSON object, or bad_request.
Result<QJsonObject> jsonBody(const HttpRequest &request);
// A JSON array of code strings → canonical codes (bad_request / invalid_code).
Result<QStringList> codeArray(const QJsonValue &value, const QString &name);

} // namespace cybos::Params
