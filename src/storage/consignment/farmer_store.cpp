#include "storage/consignment/farmer_store.h"

namespace cz {

namespace {

#define CZ_FARMER_COLS                                                                                          \
    "id, op_id, name, phone, village_group, id_masked, payout_method, payout_account, commission_bp, account, " \
    "created_at, created_by"

std::optional<std::int64_t> optInt(const SQLite::Column& c)
{
    return c.isNull() ? std::nullopt : std::optional<std::int64_t>(c.getInt64());
}

FarmerRecord readFarmer(Query& q)
{
    FarmerRecord f;
    f.id = q.getColumn(0).getInt64();
    f.opId = q.getColumn(1).getString();
    f.name = q.getColumn(2).getString();
    f.phone = q.getColumn(3).getString();
    f.villageGroup = q.getColumn(4).getString();
    f.idMasked = q.getColumn(5).getString();
    f.payoutMethod = q.getColumn(6).getString();
    f.payoutAccount = q.getColumn(7).getString();
    if (auto bp = optInt(q.getColumn(8)))
        f.commissionBp = static_cast<std::int32_t>(*bp);
    f.account = q.getColumn(9).getString();
    f.createdAt = fromUnixMs(q.getColumn(10).getInt64());
    f.createdBy = optInt(q.getColumn(11));
    return f;
}

PayoutRecord readPayout(Query& q)
{
    PayoutRecord p;
    p.opId = q.getColumn(0).getString();
    p.farmerId = q.getColumn(1).getInt64();
    p.amount = Money::fromFen(q.getColumn(2).getInt64());
    p.entrySeq = q.getColumn(3).getInt64();
    p.receiptNumber = optInt(q.getColumn(4));
    p.businessDay = q.getColumn(5).getString();
    p.at = fromUnixMs(q.getColumn(6).getInt64());
    p.userId = optInt(q.getColumn(7));
    return p;
}

}  // namespace

std::int64_t FarmerStore::nextId()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT coalesce(max(id), 0) + 1 FROM farmers");
    q.executeStep();
    return q.getColumn(0).getInt64();
}

void FarmerStore::insert(const FarmerRecord& f)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO farmers(" CZ_FARMER_COLS ") VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    q.bind(1, f.id);
    q.bind(2, f.opId);
    q.bind(3, f.name);
    q.bind(4, f.phone);
    q.bind(5, f.villageGroup);
    q.bind(6, f.idMasked);
    q.bind(7, f.payoutMethod);
    q.bind(8, f.payoutAccount);
    if (f.commissionBp)
        q.bind(9, *f.commissionBp);
    q.bind(10, f.account);
    q.bind(11, toUnixMs(f.createdAt));
    if (f.createdBy)
        q.bind(12, *f.createdBy);
    q.exec();
}

void FarmerStore::update(const FarmerRecord& f)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("UPDATE farmers SET name = ?, phone = ?, village_group = ?, id_masked = ?, payout_method = ?, "
                       "payout_account = ?, commission_bp = ? WHERE id = ?");
    q.bind(1, f.name);
    q.bind(2, f.phone);
    q.bind(3, f.villageGroup);
    q.bind(4, f.idMasked);
    q.bind(5, f.payoutMethod);
    q.bind(6, f.payoutAccount);
    if (f.commissionBp)
        q.bind(7, *f.commissionBp);
    q.bind(8, f.id);
    q.exec();
}

std::optional<FarmerRecord> FarmerStore::byId(std::int64_t id)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_FARMER_COLS " FROM farmers WHERE id = ?");
    q.bind(1, id);
    if (!q.executeStep())
        return std::nullopt;
    return readFarmer(q);
}

std::optional<FarmerRecord> FarmerStore::byOpId(const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_FARMER_COLS " FROM farmers WHERE op_id = ?");
    q.bind(1, opId);
    if (!q.executeStep())
        return std::nullopt;
    return readFarmer(q);
}

std::vector<FarmerRecord> FarmerStore::byIds(const std::vector<std::int64_t>& ids)
{
    std::vector<FarmerRecord> out;
    for (auto id : ids)
        if (auto f = byId(id))
            out.push_back(std::move(*f));
    return out;
}

std::vector<FarmerRecord> FarmerStore::recent(int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT " CZ_FARMER_COLS " FROM farmers ORDER BY id DESC LIMIT ?");
    q.bind(1, limit);
    std::vector<FarmerRecord> out;
    while (q.executeStep())
        out.push_back(readFarmer(q));
    return out;
}

std::optional<std::int32_t> FarmerStore::rule(const std::string& scope)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT rate_bp FROM commission_rules WHERE scope = ?");
    q.bind(1, scope);
    if (!q.executeStep())
        return std::nullopt;
    return static_cast<std::int32_t>(q.getColumn(0).getInt());
}

void FarmerStore::setRule(const std::string& scope, std::int32_t rateBp, TimePoint at, std::int64_t userId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO commission_rules(scope, rate_bp, updated_at, updated_by) VALUES(?,?,?,?) "
                       "ON CONFLICT(scope) DO UPDATE SET rate_bp = excluded.rate_bp, updated_at = excluded.updated_at, "
                       "updated_by = excluded.updated_by");
    q.bind(1, scope);
    q.bind(2, rateBp);
    q.bind(3, toUnixMs(at));
    q.bind(4, userId);
    q.exec();
}

std::vector<std::pair<std::string, std::int32_t>> FarmerStore::rules()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT scope, rate_bp FROM commission_rules ORDER BY scope");
    std::vector<std::pair<std::string, std::int32_t>> out;
    while (q.executeStep())
        out.emplace_back(q.getColumn(0).getString(), static_cast<std::int32_t>(q.getColumn(1).getInt()));
    return out;
}

void FarmerStore::insertPayout(const PayoutRecord& p)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("INSERT INTO farmer_payouts(op_id, farmer_id, amount_fen, entry_seq, receipt_number, business_day, "
                       "at, user_id) VALUES(?,?,?,?,?,?,?,?)");
    q.bind(1, p.opId);
    q.bind(2, p.farmerId);
    q.bind(3, p.amount.fen());
    q.bind(4, p.entrySeq);
    if (p.receiptNumber)
        q.bind(5, *p.receiptNumber);
    q.bind(6, p.businessDay);
    q.bind(7, toUnixMs(p.at));
    if (p.userId)
        q.bind(8, *p.userId);
    q.exec();
}

std::optional<PayoutRecord> FarmerStore::payoutByOpId(const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT op_id, farmer_id, amount_fen, entry_seq, receipt_number, business_day, at, user_id "
                       "FROM farmer_payouts WHERE op_id = ?");
    q.bind(1, opId);
    if (!q.executeStep())
        return std::nullopt;
    return readPayout(q);
}

std::vector<PayoutRecord> FarmerStore::payouts(std::int64_t farmerId, int limit)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT op_id, farmer_id, amount_fen, entry_seq, receipt_number, business_day, at, user_id "
                       "FROM farmer_payouts WHERE farmer_id = ? ORDER BY at DESC, entry_seq DESC LIMIT ?");
    q.bind(1, farmerId);
    q.bind(2, limit);
    std::vector<PayoutRecord> out;
    while (q.executeStep())
        out.push_back(readPayout(q));
    return out;
}

Money FarmerStore::owedBefore(const std::string& account, std::int64_t firstSeq)
{
    std::lock_guard lock(m_db.mutex());
    // The running balance on the last posting before the period: one index probe.
    auto q = m_db.stmt("SELECT balance_after FROM postings WHERE account = ? AND entry_seq < ? "
                       "ORDER BY entry_seq DESC, line DESC LIMIT 1");
    q.bind(1, account);
    q.bind(2, firstSeq);
    if (!q.executeStep())
        return Money();
    return -Money::fromFen(q.getColumn(0).getInt64());
}

std::vector<StatementLine> FarmerStore::statementLines(const std::string& account, std::int64_t firstSeq,
                                                       std::int64_t lastSeq)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT p.entry_seq, e.business_day, e.posted_at, e.kind, p.amount, p.balance_after, "
        "       coalesce(s.sale_id, ''), coalesce(l.title_zh, ''), coalesce(l.unit, ''), coalesce(s.quantity, 0), "
        "       coalesce(s.gross_fen, 0), coalesce(s.platform_fee_fen, 0), coalesce(s.commission_fen, 0), "
        "       coalesce(s.commission_bp, 0), coalesce(s.absorbed_fen, 0) "
        "FROM postings p JOIN entries e ON e.seq = p.entry_seq "
        "LEFT JOIN consignment_sales s ON s.entry_seq = p.entry_seq "
        "LEFT JOIN listings l ON l.listing_id = s.listing_id "
        "WHERE p.account = ? AND p.entry_seq BETWEEN ? AND ? ORDER BY p.entry_seq, p.line");
    q.bind(1, account);
    q.bind(2, firstSeq);
    q.bind(3, lastSeq);
    std::vector<StatementLine> out;
    while (q.executeStep()) {
        StatementLine l;
        l.seq = q.getColumn(0).getInt64();
        l.businessDay = q.getColumn(1).getString();
        l.at = fromUnixMs(q.getColumn(2).getInt64());
        l.kind = q.getColumn(3).getString();
        // Liabilities are credit (negative) balances: a credit adds to what the farmer is owed.
        l.amount = -Money::fromFen(q.getColumn(4).getInt64());
        l.owedAfter = -Money::fromFen(q.getColumn(5).getInt64());
        l.saleId = q.getColumn(6).getString();
        l.title = q.getColumn(7).getString();
        l.unit = q.getColumn(8).getString();
        l.quantity = q.getColumn(9).getInt64();
        l.gross = Money::fromFen(q.getColumn(10).getInt64());
        l.platformFee = Money::fromFen(q.getColumn(11).getInt64());
        l.commission = Money::fromFen(q.getColumn(12).getInt64());
        l.commissionBp = static_cast<std::int32_t>(q.getColumn(13).getInt());
        l.absorbed = Money::fromFen(q.getColumn(14).getInt64());
        out.push_back(std::move(l));
    }
    return out;
}

}  // namespace cz
