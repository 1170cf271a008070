#include "storage/ledger_store.h"

#include "storage/ledger_cache.h"

#include <SQLiteCpp/Exception.h>

#include <cstring>
#include <map>

namespace cz {

namespace {

Hash32 blobToHash(const SQLite::Column& c)
{
    Hash32 h{};
    if (c.getBytes() == static_cast<int>(h.size()))
        std::memcpy(h.data(), c.getBlob(), h.size());
    return h;
}

std::optional<std::int64_t> optInt(const SQLite::Column& c)
{
    if (c.isNull())
        return std::nullopt;
    return c.getInt64();
}

}  // namespace

LedgerCache& LedgerStore::cache()
{
    auto& c = m_db.ledgerCache();
    if (c.epoch != m_db.rollbackEpoch()) {
        c.clear();
        c.epoch = m_db.rollbackEpoch();
    }
    return c;
}

Result<PostedEntry, PostError> LedgerStore::post(const EntryRequest& req, const BusinessDay& day, TimePoint at,
                                                 std::optional<std::int64_t> userId)
{
    if (auto v = validateEntry(req); !v)
        return Failure{PostError{v.error(), {}, describe(v.error())}};
    std::lock_guard lock(m_db.mutex());
    try {
        const Hash32 rh = requestHash(req);
        {
            auto q = m_db.stmt("SELECT seq, request_hash, business_day, posted_at FROM entries WHERE op_id = ?");
            q.bind(1, req.opId);
            if (q.executeStep()) {
                if (blobToHash(q.getColumn(1)) != rh)
                    return Failure{PostError{EntryError::OpIdConflict, {}, "op id " + req.opId + " reused"}};
                return PostedEntry{q.getColumn(0).getInt64(), req.opId,
                                   BusinessDay::parse(q.getColumn(2).getString()).value_or(BusinessDay()),
                                   fromUnixMs(q.getColumn(3).getInt64()), true};
            }
        }
        if (req.reversesSeq) {
            if (auto bad = checkReversal(req); !bad.empty())
                return Failure{PostError{EntryError::BadReversal, {}, bad}};
        }

        // Running balances from the cache, checked against never-negative accounts before anything
        // is written.
        auto& c = cache();
        std::vector<std::pair<LedgerCache::Account*, std::int64_t>> next;  // account → balance after
        std::vector<std::int64_t> after;
        after.reserve(req.lines.size());
        for (const auto& l : req.lines) {
            auto it = c.accounts.find(l.account);
            if (it == c.accounts.end()) {
                auto a = m_db.stmt("SELECT never_negative FROM accounts WHERE code = ?");
                a.bind(1, l.account);
                if (!a.executeStep())
                    return Failure{PostError{EntryError::UnknownAccount, l.account, "unknown account " + l.account}};
                it = c.accounts.emplace(l.account, LedgerCache::Account{balance(l.account).fen(), a.getColumn(0).getInt() != 0}).first;
            }
            LedgerCache::Account* acc = &it->second;
            std::int64_t base = acc->balance;
            for (const auto& [p, b] : next)  // an account may appear twice in one entry
                if (p == acc)
                    base = b;
            std::int64_t nb = 0;
            if (__builtin_add_overflow(base, l.amount.fen(), &nb))
                return Failure{PostError{EntryError::Overflow, l.account, "balance overflow"}};
            next.emplace_back(acc, nb);
            after.push_back(nb);
        }
        for (std::size_t i = 0; i < next.size(); ++i) {
            const auto* acc = next[i].first;
            bool last = true;  // judge each account by its final balance in this entry
            for (std::size_t j = i + 1; j < next.size(); ++j)
                last = last && next[j].first != acc;
            if (last && acc->neverNegative && next[i].second < 0)
                return Failure{PostError{EntryError::NegativeBalance, req.lines[i].account,
                                         "account " + req.lines[i].account + " would go negative"}};
        }

        if (!c.head) {
            auto h = m_db.stmt("SELECT seq, chain_hash FROM journal_head WHERE id = 1");
            if (!h.executeStep())
                return Failure{PostError{EntryError::Storage, {}, "journal head missing"}};
            c.head.emplace(h.getColumn(0).getInt64(), blobToHash(h.getColumn(1)));
        }
        const std::int64_t seq = c.head->first + 1;
        const std::string dayText = day.toString();
        const Hash32 ch = chainHash(c.head->second, ChainInput{seq, rh, dayText, toUnixMs(at), userId, after});

        // The writes are one savepoint: whatever fails (a trigger, a full disk), none of them stay.
        m_db.run("SAVEPOINT ledger_post");
        try {
            writeEntry(req, seq, dayText, at, userId, rh, ch, after);
            m_db.run("RELEASE ledger_post");
        } catch (const SQLite::Exception& e) {
            m_db.noteRollback();
            try {
                m_db.run("ROLLBACK TO ledger_post");
                m_db.run("RELEASE ledger_post");
            } catch (const SQLite::Exception&) {
                // The whole transaction is already gone; the caller's rollback finishes the job.
            }
            const std::string what = e.what();
            if (what.find("business day is closed") != std::string::npos)
                return Failure{PostError{EntryError::DayClosed, {}, "business day " + dayText + " is closed"}};
            if (what.find("cash needs an open business day") != std::string::npos)
                return Failure{PostError{EntryError::DayNotOpen, std::string(acct::CashDrawer),
                                         "business day " + dayText + " is not open"}};
            return Failure{PostError{EntryError::Storage, {}, what}};
        }
        // The cache follows only what is now written (and is dropped if the transaction rolls back).
        for (const auto& [acc, b] : next)
            acc->balance = b;
        c.head.emplace(seq, ch);
        return PostedEntry{seq, req.opId, day, at, false};
    } catch (const SQLite::Exception& e) {
        return Failure{PostError{EntryError::Storage, {}, e.what()}};
    }
}

std::string LedgerStore::checkReversal(const EntryRequest& req)
{
    auto orig = entry(*req.reversesSeq);
    if (!orig)
        return "no entry " + std::to_string(*req.reversesSeq);
    auto q = m_db.stmt("SELECT 1 FROM entries WHERE reverses_seq = ?");
    q.bind(1, *req.reversesSeq);
    if (q.executeStep())
        return "entry already reversed";
    std::vector<PostingLine> origLines;
    for (const auto& p : orig->postings)
        origLines.push_back({p.account, p.amount});
    if (req.lines != reversalLines(origLines))
        return "a reversal must mirror the original postings";
    return {};
}

void LedgerStore::writeEntry(const EntryRequest& req, std::int64_t seq, const std::string& dayText, TimePoint at,
                             std::optional<std::int64_t> userId, const Hash32& rh, const Hash32& ch,
                             const std::vector<std::int64_t>& after)
{
    {
        auto ins = m_db.stmt(
            "INSERT INTO entries(seq, op_id, kind, business_day, posted_at, user_id, memo, reverses_seq, "
            "request_hash, chain_hash) VALUES(?,?,?,?,?,?,?,?,?,?)");
        ins.bind(1, seq);
        ins.bind(2, req.opId);
        ins.bind(3, req.kind);
        ins.bind(4, dayText);
        ins.bind(5, toUnixMs(at));
        if (userId)
            ins.bind(6, *userId);
        ins.bind(7, req.memo);
        if (req.reversesSeq)
            ins.bind(8, *req.reversesSeq);
        ins.bind(9, rh.data(), static_cast<int>(rh.size()));
        ins.bind(10, ch.data(), static_cast<int>(ch.size()));
        ins.exec();
    }
    for (std::size_t i = 0; i < req.lines.size(); ++i) {
        auto ins = m_db.stmt("INSERT INTO postings(entry_seq, line, account, amount, balance_after) VALUES(?,?,?,?,?)");
        ins.bind(1, seq);
        ins.bind(2, static_cast<std::int64_t>(i));
        ins.bind(3, req.lines[i].account);
        ins.bind(4, req.lines[i].amount.fen());
        ins.bind(5, after[i]);
        ins.exec();
    }
    auto up = m_db.stmt("UPDATE journal_head SET seq = ?, chain_hash = ? WHERE id = 1");
    up.bind(1, seq);
    up.bind(2, ch.data(), static_cast<int>(ch.size()));
    up.exec();
}

std::optional<PostedEntry> LedgerStore::findByOpId(const std::string& opId)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT seq, business_day, posted_at FROM entries WHERE op_id = ?");
    q.bind(1, opId);
    if (!q.executeStep())
        return std::nullopt;
    return PostedEntry{q.getColumn(0).getInt64(), opId,
                       BusinessDay::parse(q.getColumn(1).getString()).value_or(BusinessDay()),
                       fromUnixMs(q.getColumn(2).getInt64()), true};
}

std::optional<JournalEntry> LedgerStore::entry(std::int64_t seq)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT e.op_id, e.kind, e.business_day, e.posted_at, e.user_id, e.memo, e.reverses_seq, "
        "p.line, p.account, p.amount, p.balance_after FROM entries e JOIN postings p ON p.entry_seq = e.seq "
        "WHERE e.seq = ? ORDER BY p.line");
    q.bind(1, seq);
    std::optional<JournalEntry> e;
    while (q.executeStep()) {
        if (!e) {
            e.emplace();
            e->seq = seq;
            e->opId = q.getColumn(0).getString();
            e->kind = q.getColumn(1).getString();
            e->businessDay = q.getColumn(2).getString();
            e->postedAtMs = q.getColumn(3).getInt64();
            e->userId = optInt(q.getColumn(4));
            e->memo = q.getColumn(5).getString();
            e->reversesSeq = optInt(q.getColumn(6));
        }
        e->postings.push_back({q.getColumn(7).getInt(), q.getColumn(8).getString(),
                               Money::fromFen(q.getColumn(9).getInt64()), Money::fromFen(q.getColumn(10).getInt64())});
    }
    return e;
}

void LedgerStore::ensureStandardChart(TimePoint at)
{
    for (const auto& d : standardChart())
        ensureAccount({std::string(d.code), std::string(d.name), d.kind, {}, d.neverNegative}, at);
}

void LedgerStore::ensureAccount(const AccountInfo& info, TimePoint at)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "INSERT OR IGNORE INTO accounts(code, name, kind, parent, never_negative, created_at) VALUES(?,?,?,?,?,?)");
    q.bind(1, info.code);
    q.bind(2, info.name);
    q.bind(3, std::string(toString(info.kind)));
    if (!info.parent.empty())
        q.bind(4, info.parent);
    q.bind(5, info.neverNegative ? 1 : 0);
    q.bind(6, toUnixMs(at));
    q.exec();
}

namespace {
AccountInfo readAccount(Query& q)
{
    AccountInfo a;
    a.code = q.getColumn(0).getString();
    a.name = q.getColumn(1).getString();
    a.kind = accountKindFromString(q.getColumn(2).getString()).value_or(AccountKind::Asset);
    a.parent = q.getColumn(3).isNull() ? std::string() : q.getColumn(3).getString();
    a.neverNegative = q.getColumn(4).getInt() != 0;
    return a;
}
}  // namespace

std::optional<AccountInfo> LedgerStore::account(const std::string& code)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT code, name, kind, parent, never_negative FROM accounts WHERE code = ?");
    q.bind(1, code);
    if (!q.executeStep())
        return std::nullopt;
    return readAccount(q);
}

std::vector<AccountInfo> LedgerStore::accounts()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT code, name, kind, parent, never_negative FROM accounts ORDER BY code");
    std::vector<AccountInfo> out;
    while (q.executeStep())
        out.push_back(readAccount(q));
    return out;
}

Money LedgerStore::balance(std::string_view code)
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt(
        "SELECT balance_after FROM postings WHERE account = ? ORDER BY entry_seq DESC, line DESC LIMIT 1");
    q.bind(1, std::string(code));
    return q.executeStep() ? Money::fromFen(q.getColumn(0).getInt64()) : Money();
}

Money LedgerStore::balanceAtSeq(std::string_view code, std::int64_t maxSeq)
{
    auto q = m_db.stmt(
        "SELECT balance_after FROM postings WHERE account = ? AND entry_seq <= ? "
        "ORDER BY entry_seq DESC, line DESC LIMIT 1");
    q.bind(1, std::string(code));
    q.bind(2, maxSeq);
    return q.executeStep() ? Money::fromFen(q.getColumn(0).getInt64()) : Money();
}

std::vector<AccountBalance> LedgerStore::balances(std::optional<BusinessDay> asOf)
{
    ReadTransaction rt(m_db);
    std::int64_t maxSeq = INT64_MAX;
    if (asOf)
        maxSeq = lowerBound(asOf->toString(), true) - 1;
    std::vector<AccountBalance> out;
    for (auto& a : accounts()) {
        Money b = maxSeq == 0 ? Money() : balanceAtSeq(a.code, maxSeq);
        out.push_back({std::move(a), b});
    }
    return out;
}

std::vector<AccountActivity> LedgerStore::activity(std::string_view code, const BusinessDay& day)
{
    ReadTransaction rt(m_db);
    std::vector<AccountActivity> out;
    const auto range = seqRange(day, day);
    if (!range)
        return out;
    auto q = m_db.stmt(
        "SELECT e.seq, e.kind, e.memo, e.posted_at, e.user_id, coalesce(u.name, ''), p.amount, p.balance_after "
        "FROM postings p JOIN entries e ON e.seq = p.entry_seq LEFT JOIN users u ON u.id = e.user_id "
        "WHERE p.account = ? AND p.entry_seq BETWEEN ? AND ? ORDER BY p.entry_seq, p.line");
    q.bind(1, std::string(code));
    q.bind(2, range->first);
    q.bind(3, range->second);
    while (q.executeStep()) {
        AccountActivity a;
        a.seq = q.getColumn(0).getInt64();
        a.kind = q.getColumn(1).getString();
        a.memo = q.getColumn(2).getString();
        a.postedAt = fromUnixMs(q.getColumn(3).getInt64());
        a.userId = optInt(q.getColumn(4));
        a.userName = q.getColumn(5).getString();
        a.amount = Money::fromFen(q.getColumn(6).getInt64());
        a.balanceAfter = Money::fromFen(q.getColumn(7).getInt64());
        out.push_back(std::move(a));
    }
    return out;
}

std::optional<BusinessDay> LedgerStore::lastEntryDay()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT business_day FROM entries ORDER BY seq DESC LIMIT 1");
    if (!q.executeStep())
        return std::nullopt;
    return BusinessDay::parse(q.getColumn(0).getString());
}

std::int64_t LedgerStore::entryCount()
{
    std::lock_guard lock(m_db.mutex());
    auto q = m_db.stmt("SELECT seq FROM journal_head WHERE id = 1");
    return q.executeStep() ? q.getColumn(0).getInt64() : 0;
}

std::int64_t LedgerStore::lowerBound(const std::string& day, bool after)
{
    std::int64_t last = 0;
    {
        auto q = m_db.stmt("SELECT max(seq) FROM entries");
        if (q.executeStep() && !q.getColumn(0).isNull())
            last = q.getColumn(0).getInt64();
    }
    std::int64_t lo = 1, hi = last + 1;  // answer in [lo, hi]
    while (lo < hi) {
        const std::int64_t mid = lo + (hi - lo) / 2;
        // ">= mid" rather than "= mid" so that a gap (a damaged journal) cannot derail the search.
        auto q = m_db.stmt("SELECT business_day FROM entries WHERE seq >= ? ORDER BY seq LIMIT 1");
        q.bind(1, mid);
        const std::string d = q.executeStep() ? q.getColumn(0).getString() : std::string("9999-99-99");
        if (after ? d > day : d >= day)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

std::optional<std::pair<std::int64_t, std::int64_t>> LedgerStore::seqRange(std::optional<BusinessDay> from,
                                                                           std::optional<BusinessDay> to)
{
    ReadTransaction rt(m_db);
    const std::int64_t lo = from ? lowerBound(from->toString(), false) : 1;
    const std::int64_t hi = (to ? lowerBound(to->toString(), true) : lowerBound("9999-99-99", true)) - 1;
    if (hi < lo)
        return std::nullopt;
    return std::make_pair(lo, hi);
}

void LedgerStore::forEachEntry(const std::function<void(const JournalEntry&)>& fn, std::optional<BusinessDay> from,
                               std::optional<BusinessDay> to)
{
    ReadTransaction rt(m_db);
    const auto range = seqRange(from, to);
    if (!range)
        return;
    // Not a cached statement: the callback may call back into the store.
    SQLite::Statement q(m_db.sql(),
                        "SELECT e.seq, e.op_id, e.kind, e.business_day, e.posted_at, e.user_id, e.memo, e.reverses_seq, "
                        "p.line, p.account, p.amount, p.balance_after "
                        "FROM entries e JOIN postings p ON p.entry_seq = e.seq "
                        "WHERE e.seq BETWEEN ? AND ? ORDER BY e.seq, p.line");
    q.bind(1, range->first);
    q.bind(2, range->second);
    JournalEntry cur;
    bool have = false;
    while (q.executeStep()) {
        const std::int64_t seq = q.getColumn(0).getInt64();
        if (!have || seq != cur.seq) {
            if (have)
                fn(cur);
            cur = JournalEntry{};
            have = true;
            cur.seq = seq;
            cur.opId = q.getColumn(1).getString();
            cur.kind = q.getColumn(2).getString();
            cur.businessDay = q.getColumn(3).getString();
            cur.postedAtMs = q.getColumn(4).getInt64();
            cur.userId = optInt(q.getColumn(5));
            cur.memo = q.getColumn(6).getString();
            cur.reversesSeq = optInt(q.getColumn(7));
        }
        cur.postings.push_back({q.getColumn(8).getInt(), q.getColumn(9).getString(),
                                Money::fromFen(q.getColumn(10).getInt64()), Money::fromFen(q.getColumn(11).getInt64())});
    }
    if (have)
        fn(cur);
}

}  // namespace cz
