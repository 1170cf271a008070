#include "storage/misc_stores.h"

namespace cz {

std::optional<std::string> SettingsStore::get(const std::string& key)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT value FROM settings WHERE key = ?");
    q.bind(1, key);
    if (!q.executeStep())
        return std::nullopt;
    return q.getColumn(0).getString();
}

void SettingsStore::set(const std::string& key, const std::string& value)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key);
    q.bind(2, value);
    q.exec();
}

void AuditStore::append(const AuditRecord& r)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT INTO audit_log(at, user_id, user_name, action, object, result, detail) VALUES(?,?,?,?,?,?,?)");
    q.bind(1, toUnixMs(r.at));
    if (r.userId)
        q.bind(2, *r.userId);
    q.bind(3, r.userName);
    q.bind(4, r.action);
    q.bind(5, r.object);
    q.bind(6, r.result);
    q.bind(7, r.detail);
    q.exec();
}

std::vector<AuditRecord> AuditStore::recent(int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT id, at, user_id, user_name, action, object, result, detail FROM audit_log ORDER BY id DESC LIMIT ?");
    q.bind(1, limit);
    std::vector<AuditRecord> out;
    while (q.executeStep()) {
        AuditRecord r;
        r.id = q.getColumn(0).getInt64();
        r.at = fromUnixMs(q.getColumn(1).getInt64());
        if (!q.getColumn(2).isNull())
            r.userId = q.getColumn(2).getInt64();
        r.userName = q.getColumn(3).getString();
        r.action = q.getColumn(4).getString();
        r.object = q.getColumn(5).getString();
        r.result = q.getColumn(6).getString();
        r.detail = q.getColumn(7).getString();
        out.push_back(std::move(r));
    }
    return out;
}

namespace {
ReceiptRecord readReceipt(Query& q)
{
    ReceiptRecord r;
    r.number = q.getColumn(0).getInt64();
    r.kind = q.getColumn(1).getString();
    r.opId = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull())
        r.entrySeq = q.getColumn(3).getInt64();
    r.createdAt = fromUnixMs(q.getColumn(4).getInt64());
    if (!q.getColumn(5).isNull())
        r.userId = q.getColumn(5).getInt64();
    r.body = q.getColumn(6).getString();
    return r;
}
}  // namespace

std::int64_t ReceiptStore::issue(const std::string& kind, const std::string& opId, std::optional<std::int64_t> entrySeq,
                                 TimePoint at, std::optional<std::int64_t> userId, const std::string& body)
{
    std::lock_guard lock(m_db.mutex());
    // The number is taken inside the business transaction: a rollback gives it back, a commit
    // uses it for good. The trigger re-checks that it is exactly the next one.
    auto q = m_db.stmt(
        "INSERT INTO receipts(number, kind, op_id, entry_seq, created_at, user_id, body) "
        "VALUES((SELECT coalesce(max(number), 0) + 1 FROM receipts),?,?,?,?,?,?) RETURNING number");
    q.bind(1, kind);
    q.bind(2, opId);
    if (entrySeq)
        q.bind(3, *entrySeq);
    q.bind(4, toUnixMs(at));
    if (userId)
        q.bind(5, *userId);
    q.bind(6, body);
    q.executeStep();
    const std::int64_t number = q.getColumn(0).getInt64();
    return number;
}

std::optional<ReceiptRecord> ReceiptStore::byNumber(std::int64_t number)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT number, kind, op_id, entry_seq, created_at, user_id, body FROM receipts WHERE number = ?");
    q.bind(1, number);
    if (!q.executeStep())
        return std::nullopt;
    return readReceipt(q);
}

std::optional<ReceiptRecord> ReceiptStore::byEntrySeq(std::int64_t entrySeq)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT number, kind, op_id, entry_seq, created_at, user_id, body FROM receipts WHERE entry_seq = ?");
    q.bind(1, entrySeq);
    if (!q.executeStep())
        return std::nullopt;
    return readReceipt(q);
}

std::vector<ReceiptRecord> ReceiptStore::recent(int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT number, kind, op_id, entry_seq, created_at, user_id, body FROM receipts ORDER BY number DESC LIMIT ?");
    q.bind(1, limit);
    std::vector<ReceiptRecord> out;
    while (q.executeStep())
        out.push_back(readReceipt(q));
    return out;
}

}  // namespace cz
