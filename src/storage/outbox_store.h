#pragma once
// The outbox: ops the marketplace must learn about, written in the same transaction as the business
// change. queued → sent (delivery attempted, outcome maybe unknown) → accepted | needs_attention.

#include "core/clock.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

enum class OutboxState { Queued, Sent, Accepted, NeedsAttention };
std::string_view toString(OutboxState s);
std::optional<OutboxState> outboxStateFromString(std::string_view s);

struct OutboxOp {
    std::int64_t seq = 0;
    std::string opId;
    std::string type;
    std::string payload;  ///< JSON text
    std::string refId;    ///< the business object (order id …)
    TimePoint createdAt;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    std::optional<TimePoint> lastAttemptAt;
    std::string lastError;
    std::string result;   ///< JSON of the marketplace's result or error
};

struct OutboxCounts {
    std::int64_t queued = 0;
    std::int64_t sent = 0;
    std::int64_t accepted = 0;
    std::int64_t needsAttention = 0;
    [[nodiscard]] std::int64_t waiting() const { return queued + sent; }
};

class OutboxStore final {
public:
    explicit OutboxStore(Database& db) : m_db(db) {}

    /// Inside the business transaction. Returns the op's seq.
    std::int64_t enqueue(const std::string& opId, const std::string& type, const std::string& payload,
                         const std::string& refId, TimePoint at);
    /// Oldest waiting (queued or sent) ops, in creation order.
    std::vector<OutboxOp> waiting(int limit);
    /// Before sending: state sent, attempts + 1 (committed before the request goes out, so a crash
    /// after sending leaves them sent and they are resent with the same op id).
    void markSent(const std::vector<std::int64_t>& seqs, TimePoint at);
    void recordError(const std::vector<std::int64_t>& seqs, const std::string& error);
    void markAccepted(std::int64_t seq, const std::string& resultJson, TimePoint at);
    void markNeedsAttention(std::int64_t seq, const std::string& error, const std::string& resultJson, TimePoint at);

    std::optional<OutboxOp> byOpId(const std::string& opId);
    std::vector<OutboxOp> byRef(const std::string& refId);
    /// Newest first, optionally only some states.
    std::vector<OutboxOp> list(const std::vector<OutboxState>& states, int limit);
    OutboxCounts counts();

private:
    Database& m_db;
};

}  // namespace cz
