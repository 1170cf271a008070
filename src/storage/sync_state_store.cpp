#include "storage/sync_state_store.h"

namespace cz {

std::optional<std::string> SyncStateStore::cursor(const std::string& feed)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT cursor FROM sync_cursors WHERE feed = ?");
    q.bind(1, feed);
    if (!q.executeStep())
        return std::nullopt;
    return q.getColumn(0).getString();
}

void SyncStateStore::setCursor(const std::string& feed, const std::string& cursor, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT INTO sync_cursors(feed, cursor, updated_at) VALUES(?,?,?) "
        "ON CONFLICT(feed) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at");
    q.bind(1, feed);
    q.bind(2, cursor);
    q.bind(3, toUnixMs(at));
    q.exec();
}

bool SyncStateStore::isApplied(const std::string& eventId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT 1 FROM applied_events WHERE event_id = ?");
    q.bind(1, eventId);
    return q.executeStep();
}

void SyncStateStore::markApplied(const std::string& eventId, const std::string& type, std::int64_t occurredAt,
                                 TimePoint at, const std::string& outcome)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT INTO applied_events(event_id, type, occurred_at, applied_at, outcome) VALUES(?,?,?,?,?)");
    q.bind(1, eventId);
    q.bind(2, type);
    q.bind(3, occurredAt);
    q.bind(4, toUnixMs(at));
    q.bind(5, outcome);
    q.exec();
}

std::int64_t SyncStateStore::appliedCount()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT count(*) FROM applied_events");
    q.executeStep();
    return q.getColumn(0).getInt64();
}

void SyncStateStore::addIssue(const std::string& source, const std::string& refId, const std::string& code,
                              const std::string& message, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO sync_issues(at, source, ref_id, code, message) VALUES(?,?,?,?,?)");
    q.bind(1, toUnixMs(at));
    q.bind(2, source);
    q.bind(3, refId);
    q.bind(4, code);
    q.bind(5, message);
    q.exec();
}

std::vector<SyncIssue> SyncStateStore::openIssues(int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT id, at, source, ref_id, code, message FROM sync_issues WHERE resolved_at IS NULL ORDER BY id DESC LIMIT ?");
    q.bind(1, limit);
    std::vector<SyncIssue> out;
    while (q.executeStep())
        out.push_back({q.getColumn(0).getInt64(), fromUnixMs(q.getColumn(1).getInt64()), q.getColumn(2).getString(),
                       q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(), false});
    return out;
}

std::int64_t SyncStateStore::openIssueCount()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT count(*) FROM sync_issues WHERE resolved_at IS NULL");
    q.executeStep();
    return q.getColumn(0).getInt64();
}

bool SyncStateStore::resolveIssue(std::int64_t id, std::int64_t userId, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE sync_issues SET resolved_at = ?, resolved_by = ? WHERE id = ? AND resolved_at IS NULL");
    q.bind(1, toUnixMs(at));
    q.bind(2, userId);
    q.bind(3, id);
    return q.exec() > 0;
}

}  // namespace cz
