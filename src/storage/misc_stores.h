#pragma once
// Small stores: settings (key/value), the audit log (append-only), receipts (gapless numbers).

#include "core/clock.h"
#include "storage/database.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

class SettingsStore final {
public:
    explicit SettingsStore(Database& db) : m_db(db) {}
    std::optional<std::string> get(const std::string& key);
    void set(const std::string& key, const std::string& value);

private:
    Database& m_db;
};

struct AuditRecord {
    std::int64_t id = 0;
    TimePoint at;
    std::optional<std::int64_t> userId;
    std::string userName;
    std::string action;  ///< e.g. "login", "lock", "unlock", "user_add", "cash_out"
    std::string object;  ///< what it acted on, e.g. "user:3", "day:2026-11-29"
    std::string result;  ///< "ok", "denied", "failed", …
    std::string detail;
};

class AuditStore final {
public:
    explicit AuditStore(Database& db) : m_db(db) {}
    void append(const AuditRecord& r);
    std::vector<AuditRecord> recent(int limit);

private:
    Database& m_db;
};

struct ReceiptRecord {
    std::int64_t number = 0;
    std::string kind;
    std::string opId;
    std::optional<std::int64_t> entrySeq;
    TimePoint createdAt;
    std::optional<std::int64_t> userId;
    std::string body;  ///< the receipt's content (JSON), so a reprint is identical
};

class ReceiptStore final {
public:
    explicit ReceiptStore(Database& db) : m_db(db) {}
    /// Inside a WriteTransaction: takes the next gapless number and stores the receipt.
    std::int64_t issue(const std::string& kind, const std::string& opId, std::optional<std::int64_t> entrySeq,
                       TimePoint at, std::optional<std::int64_t> userId, const std::string& body);
    std::optional<ReceiptRecord> byNumber(std::int64_t number);
    std::optional<ReceiptRecord> byEntrySeq(std::int64_t entrySeq);
    std::vector<ReceiptRecord> recent(int limit);

private:
    Database& m_db;
};

}  // namespace cz
