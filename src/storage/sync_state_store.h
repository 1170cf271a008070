#pragma once
// What the sync has applied: feed cursors, the ids of applied events, and issues that need a
// person (an event the station could not apply as is, a rejected op).

#include "core/clock.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct SyncIssue {
    std::int64_t id = 0;
    TimePoint at;
    std::string source;  ///< "event:<type>" or "op:<type>"
    std::string refId;
    std::string code;
    std::string message;
    bool resolved = false;
};

class SyncStateStore final {
public:
    explicit SyncStateStore(Database& db) : m_db(db) {}

    std::optional<std::string> cursor(const std::string& feed);
    /// Inside the transaction that applies the page the cursor points past.
    void setCursor(const std::string& feed, const std::string& cursor, TimePoint at);

    bool isApplied(const std::string& eventId);
    void markApplied(const std::string& eventId, const std::string& type, std::int64_t occurredAt, TimePoint at,
                     const std::string& outcome);
    std::int64_t appliedCount();

    void addIssue(const std::string& source, const std::string& refId, const std::string& code,
                  const std::string& message, TimePoint at);
    std::vector<SyncIssue> openIssues(int limit);
    std::int64_t openIssueCount();
    bool resolveIssue(std::int64_t id, std::int64_t userId, TimePoint at);

private:
    Database& m_db;
};

}  // namespace cz
