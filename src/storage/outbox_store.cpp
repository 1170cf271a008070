#include "storage/outbox_store.h"

#include <algorithm>

namespace cz {

std::string_view toString(OutboxState s)
{
    switch (s) {
    case OutboxState::Queued: return "queued";
    case OutboxState::Sent: return "sent";
    case OutboxState::Accepted: return "accepted";
    case OutboxState::NeedsAttention: return "needs_attention";
    }
    return "queued";
}

std::optional<OutboxState> outboxStateFromString(std::string_view s)
{
    for (auto st : {OutboxState::Queued, OutboxState::Sent, OutboxState::Accepted, OutboxState::NeedsAttention})
        if (toString(st) == s)
            return st;
    return std::nullopt;
}

namespace {

#define CZ_OUTBOX_COLS \
    "seq, op_id, type, payload, ref_id, created_at, state, attempts, last_attempt_at, last_error, result"

OutboxOp read(Query& q)
{
    OutboxOp o;
    o.seq = q.getColumn(0).getInt64();
    o.opId = q.getColumn(1).getString();
    o.type = q.getColumn(2).getString();
    o.payload = q.getColumn(3).getString();
    o.refId = q.getColumn(4).getString();
    o.createdAt = fromUnixMs(q.getColumn(5).getInt64());
    o.state = outboxStateFromString(q.getColumn(6).getString()).value_or(OutboxState::Queued);
    o.attempts = q.getColumn(7).getInt();
    if (!q.getColumn(8).isNull())
        o.lastAttemptAt = fromUnixMs(q.getColumn(8).getInt64());
    o.lastError = q.getColumn(9).getString();
    o.result = q.getColumn(10).getString();
    return o;
}

}  // namespace

std::int64_t OutboxStore::enqueue(const std::string& opId, const std::string& type, const std::string& payload,
                                  const std::string& refId, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO outbox(op_id, type, payload, ref_id, created_at) VALUES(?,?,?,?,?)");
    q.bind(1, opId);
    q.bind(2, type);
    q.bind(3, payload);
    q.bind(4, refId);
    q.bind(5, toUnixMs(at));
    q.exec();
    return m_db.sql().getLastInsertRowid();
}

std::vector<OutboxOp> OutboxStore::waiting(int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_OUTBOX_COLS " FROM outbox WHERE state IN ('queued','sent') ORDER BY seq LIMIT ?");
    q.bind(1, limit);
    std::vector<OutboxOp> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

void OutboxStore::markSent(const std::vector<std::int64_t>& seqs, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    for (auto s : seqs) {
        auto q = m_db.stmt(
            "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_attempt_at = ? "
            "WHERE seq = ? AND state IN ('queued','sent')");
        q.bind(1, toUnixMs(at));
        q.bind(2, s);
        q.exec();
    }
}

void OutboxStore::recordError(const std::vector<std::int64_t>& seqs, const std::string& error)
{
    std::lock_guard lock(m_db.mutex());
    for (auto s : seqs) {
        auto q = m_db.stmt("UPDATE outbox SET last_error = ? WHERE seq = ? AND state IN ('queued','sent')");
        q.bind(1, error);
        q.bind(2, s);
        q.exec();
    }
}

void OutboxStore::markAccepted(std::int64_t seq, const std::string& resultJson, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "UPDATE outbox SET state = 'accepted', result = ?, last_error = '', resolved_at = ? WHERE seq = ?");
    q.bind(1, resultJson);
    q.bind(2, toUnixMs(at));
    q.bind(3, seq);
    q.exec();
}

void OutboxStore::markNeedsAttention(std::int64_t seq, const std::string& error, const std::string& resultJson,
                                     TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "UPDATE outbox SET state = 'needs_attention', last_error = ?, result = ?, resolved_at = ? WHERE seq = ?");
    q.bind(1, error);
    q.bind(2, resultJson);
    q.bind(3, toUnixMs(at));
    q.bind(4, seq);
    q.exec();
}

std::optional<OutboxOp> OutboxStore::byOpId(const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_OUTBOX_COLS " FROM outbox WHERE op_id = ?");
    q.bind(1, opId);
    if (!q.executeStep())
        return std::nullopt;
    return read(q);
}

std::vector<OutboxOp> OutboxStore::byRef(const std::string& refId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_OUTBOX_COLS " FROM outbox WHERE ref_id = ? ORDER BY seq");
    q.bind(1, refId);
    std::vector<OutboxOp> out;
    while (q.executeStep())
        out.push_back(read(q));
    return out;
}

std::vector<OutboxOp> OutboxStore::list(const std::vector<OutboxState>& states, int limit)
{
    std::lock_guard lock(m_db.mutex());
    std::vector<OutboxOp> out;
    if (states.empty()) {
        auto q = m_db.stmt("SELECT " CZ_OUTBOX_COLS " FROM outbox ORDER BY seq DESC LIMIT ?");
        q.bind(1, limit);
        while (q.executeStep())
            out.push_back(read(q));
        return out;
    }
    for (auto st : states) {
        auto q = m_db.stmt("SELECT " CZ_OUTBOX_COLS " FROM outbox WHERE state = ? ORDER BY seq DESC LIMIT ?");
        q.bind(1, std::string(toString(st)));
        q.bind(2, limit);
        while (q.executeStep())
            out.push_back(read(q));
    }
    std::sort(out.begin(), out.end(), [](const OutboxOp& a, const OutboxOp& b) { return a.seq > b.seq; });
    if (static_cast<int>(out.size()) > limit)
        out.resize(static_cast<std::size_t>(limit));
    return out;
}

OutboxCounts OutboxStore::counts()
{
    std::lock_guard lock(m_db.mutex());
    OutboxCounts c;
    auto q = m_db.stmt("SELECT state, count(*) FROM outbox GROUP BY state");
    while (q.executeStep()) {
        const auto st = outboxStateFromString(q.getColumn(0).getString());
        const auto n = q.getColumn(1).getInt64();
        if (!st)
            continue;
        switch (*st) {
        case OutboxState::Queued: c.queued = n; break;
        case OutboxState::Sent: c.sent = n; break;
        case OutboxState::Accepted: c.accepted = n; break;
        case OutboxState::NeedsAttention: c.needsAttention = n; break;
        }
    }
    return c;
}

#undef CZ_OUTBOX_COLS

}  // namespace cz
