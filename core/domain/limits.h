#pragma once
// Limits of the feed and of the API that several layers enforce, each written once here
// (../shared/api.md and docs/openapi state the same numbers to clients).

namespace cybos {

// Cybos Plus streams at most this many realtime subscriptions at once (StockCur Subscribe()):
// the feed's cap, the realtime set's, the emulator's, one WebSocket client's and --subscribe's.
inline constexpr int kMaxSubscriptions = 400;

// Codes one multi-code quote request may name (GET /api/prices?codes=…).
inline constexpr int kMaxQuoteCodes = 400;

} // namespace cybos
