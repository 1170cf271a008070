#include "market/task_queue.h"

namespace cz::market {

void TaskQueue::schedule(std::int64_t dueAt, const std::string& kind, const std::string& stationId,
                         const std::string& refId)
{
    auto q = m_store.query("INSERT INTO tasks (due_at, kind, station_id, ref_id) VALUES (?, ?, ?, ?)");
    q.bind(1, dueAt).bind(2, kind).bind(3, stationId).bind(4, refId);
    q.exec();
}

std::optional<Task> TaskQueue::nextDue(std::int64_t until)
{
    auto q = m_store.query("SELECT id, due_at, kind, station_id, ref_id FROM tasks WHERE due_at <= ? "
                           "ORDER BY due_at, id LIMIT 1");
    q.bind(1, until);
    if (!q.step())
        return std::nullopt;
    return Task {q.int64(0), q.int64(1), q.text(2), q.text(3), q.text(4)};
}

void TaskQueue::remove(std::int64_t id)
{
    auto q = m_store.query("DELETE FROM tasks WHERE id = ?");
    q.bind(1, id);
    q.exec();
}

} // namespace cz::market
