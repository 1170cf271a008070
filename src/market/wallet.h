#pragma once
// The stations' prepaid wallets. A movement is always written together with the one event that
// reports it and a statement line that names that event, so a station applying every event ends
// with exactly the server's balance, and the statement reconciles line by line. The balance can
// never go below zero: a debit that is not covered writes nothing and reports false.

#include "market/event_log.h"
#include "market/store.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace cz::market {

struct WalletMove final {
    std::string stationId;
    std::int64_t amountFen = 0; ///< > 0 credit, < 0 debit; never 0
    std::string kind; ///< statement kind: wallet_credit, order_debit, order_refund, commission,
                      ///< sale_settlement, bill_debit, phone_topup_debit, ticket_debit, ticket_refund
    std::string refType; ///< credit, order, payment, booking, sale
    std::string refId;
    std::string eventType; ///< the event that reports the movement
    nlohmann::json eventData;
};

class Wallet final {
public:
    Wallet(Store& store, EventLog& events);

    [[nodiscard]] std::int64_t balance(const std::string& stationId);
    /// Applies the movement and appends its event at `at`; call inside a Tx. Returns false (and
    /// writes nothing) when a debit exceeds the balance. Throws std::overflow_error on int64 overflow.
    bool move(const WalletMove& m, std::int64_t at);

    /// Statement lines with fromMs <= at < toMs (either bound optional) and seq > afterSeq, at most
    /// `limit`, plus the opening balance before fromMs and the closing balance before toMs.
    nlohmann::json statement(const std::string& stationId, std::optional<std::int64_t> fromMs,
                             std::optional<std::int64_t> toMs, std::int64_t afterSeq, int limit);

private:
    std::int64_t balanceBefore(const std::string& stationId, std::optional<std::int64_t> atMs);

    Store& m_store;
    EventLog& m_events;
};

} // namespace cz::market
