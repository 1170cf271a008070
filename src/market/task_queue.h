#pragma once
// Scheduled steps of the simulation ("ship order X at t"), stored so a restart loses none. Tasks
// are run in (due_at, id) order; each checks the object's state when it runs, so a task made
// obsolete by a cancellation or a forced outcome simply does nothing.

#include "market/store.h"

#include <cstdint>
#include <optional>
#include <string>

namespace cz::market {

struct Task final {
    std::int64_t id = 0;
    std::int64_t dueAt = 0;
    std::string kind;
    std::string stationId;
    std::string refId;
};

class TaskQueue final {
public:
    explicit TaskQueue(Store& store)
        : m_store(store)
    {
    }
    /// Call inside a Tx.
    void schedule(std::int64_t dueAt, const std::string& kind, const std::string& stationId, const std::string& refId);
    /// The earliest task due at or before `until`.
    std::optional<Task> nextDue(std::int64_t until);
    void remove(std::int64_t id);

private:
    Store& m_store;
};

} // namespace cz::market
