#include "storage/verifier.h"

#include "core/accounts.h"
#include "storage/journal_hash.h"

#include <SQLiteCpp/Exception.h>

#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

namespace cz {

namespace {

Hash32 toHash(const SQLite::Column& c, bool& ok)
{
    Hash32 h{};
    ok = c.getBytes() == static_cast<int>(h.size());
    if (ok)
        std::memcpy(h.data(), c.getBlob(), h.size());
    return h;
}

struct DayInfo {
    std::string state;
    std::int64_t openedAt = 0;
    std::int64_t closedAt = 0;  // 0 while open
};

class Checker final {
public:
    explicit Checker(Database& db) : m_db(db) {}

    std::vector<Finding> run()
    {
        std::lock_guard lock(m_db.mutex());
        try {
            sqliteChecks();
            loadReference();
            journal();
            receipts();
        } catch (const SQLite::Exception& e) {
            add("sqlite", e.what());
        }
        return std::move(m_findings);
    }

private:
    void add(std::string check, std::string detail)
    {
        if (m_findings.size() < 1000)
            m_findings.push_back({std::move(check), std::move(detail)});
    }

    void sqliteChecks()
    {
        SQLite::Statement ic(m_db.sql(), "PRAGMA integrity_check");
        while (ic.executeStep()) {
            const std::string r = ic.getColumn(0).getString();
            if (r != "ok")
                add("integrity_check", r);
        }
        SQLite::Statement fk(m_db.sql(), "PRAGMA foreign_key_check");
        while (fk.executeStep())
            add("foreign_key", fk.getColumn(0).getString() + " row " + fk.getColumn(1).getString() +
                                   " points at a missing " + fk.getColumn(2).getString());
    }

    void loadReference()
    {
        SQLite::Statement a(m_db.sql(), "SELECT code, never_negative FROM accounts");
        while (a.executeStep())
            m_neverNegative[a.getColumn(0).getString()] = a.getColumn(1).getInt() != 0;
        SQLite::Statement r(m_db.sql(), "SELECT reverses_seq FROM entries WHERE reverses_seq IS NOT NULL");
        while (r.executeStep())
            m_reversed.insert(r.getColumn(0).getInt64());
        SQLite::Statement d(m_db.sql(), "SELECT day, state, opened_at, coalesce(closed_at, 0) FROM business_days");
        while (d.executeStep())
            m_days[d.getColumn(0).getString()] =
                DayInfo{d.getColumn(1).getString(), d.getColumn(2).getInt64(), d.getColumn(3).getInt64()};
    }

    struct Pending {
        std::int64_t seq = 0;
        EntryRequest req;
        std::string day;
        std::int64_t postedAt = 0;
        std::optional<std::int64_t> userId;
        Hash32 requestHash{};
        Hash32 chainHash{};
        bool hashesOk = true;
        std::vector<std::int64_t> balancesAfter;
    };

    void journal()
    {
        // Entries without postings are invisible to the join below; find them first.
        SQLite::Statement orphan(m_db.sql(),
                                 "SELECT seq FROM entries e WHERE NOT EXISTS (SELECT 1 FROM postings p WHERE p.entry_seq = e.seq)");
        while (orphan.executeStep())
            add("no_postings", "entry " + orphan.getColumn(0).getString() + " has no postings");
        SQLite::Statement orphanP(m_db.sql(),
                                  "SELECT entry_seq, line FROM postings p WHERE NOT EXISTS (SELECT 1 FROM entries e WHERE e.seq = p.entry_seq)");
        while (orphanP.executeStep())
            add("orphan_posting", "posting " + orphanP.getColumn(0).getString() + "/" + orphanP.getColumn(1).getString() +
                                      " belongs to no entry");

        SQLite::Statement q(m_db.sql(),
                            "SELECT e.seq, e.op_id, e.kind, e.business_day, e.posted_at, e.user_id, e.memo, e.reverses_seq, "
                            "e.request_hash, e.chain_hash, p.line, p.account, p.amount, p.balance_after "
                            "FROM entries e JOIN postings p ON p.entry_seq = e.seq ORDER BY e.seq, p.line");
        Pending cur;
        bool have = false;
        while (q.executeStep()) {
            const std::int64_t seq = q.getColumn(0).getInt64();
            if (!have || seq != cur.seq) {
                if (have)
                    finishEntry(cur);
                cur = Pending{};
                have = true;
                cur.seq = seq;
                cur.req.opId = q.getColumn(1).getString();
                cur.req.kind = q.getColumn(2).getString();
                cur.day = q.getColumn(3).getString();
                cur.postedAt = q.getColumn(4).getInt64();
                if (!q.getColumn(5).isNull())
                    cur.userId = q.getColumn(5).getInt64();
                cur.req.memo = q.getColumn(6).getString();
                if (!q.getColumn(7).isNull())
                    cur.req.reversesSeq = q.getColumn(7).getInt64();
                bool ok1 = false, ok2 = false;
                cur.requestHash = toHash(q.getColumn(8), ok1);
                cur.chainHash = toHash(q.getColumn(9), ok2);
                cur.hashesOk = ok1 && ok2;
            }
            const int line = q.getColumn(10).getInt();
            if (line != static_cast<int>(cur.req.lines.size()))
                add("posting_lines", "entry " + std::to_string(seq) + " has a gap or duplicate at line " + std::to_string(line));
            const std::string account = q.getColumn(11).getString();
            const std::int64_t amount = q.getColumn(12).getInt64();
            const std::int64_t after = q.getColumn(13).getInt64();
            cur.req.lines.push_back({account, Money::fromFen(amount)});
            cur.balancesAfter.push_back(after);

            std::int64_t& run = m_running[account];
            if (__builtin_add_overflow(run, amount, &run))
                add("overflow", "account " + account + " overflows at entry " + std::to_string(seq));
            if (run != after)
                add("running_balance", "entry " + std::to_string(seq) + " line " + std::to_string(line) + ": account " +
                                           account + " stored balance " + std::to_string(after) + " but postings sum to " +
                                           std::to_string(run));
            auto nn = m_neverNegative.find(account);
            if (nn == m_neverNegative.end())
                add("unknown_account", "entry " + std::to_string(seq) + " posts to unknown account " + account);
            else if (nn->second && run < 0)
                add("negative", "account " + account + " is negative (" + std::to_string(run) + " fen) after entry " +
                                    std::to_string(seq));
        }
        if (have)
            finishEntry(cur);

        SQLite::Statement h(m_db.sql(), "SELECT seq, chain_hash FROM journal_head WHERE id = 1");
        if (!h.executeStep()) {
            add("head", "the journal head row is missing");
        } else {
            bool ok = false;
            const Hash32 head = toHash(h.getColumn(1), ok);
            if (h.getColumn(0).getInt64() != m_lastSeq || !ok || head != m_prevChain)
                add("head", "the journal head (entry " + h.getColumn(0).getString() + ") does not match the last entry (" +
                                std::to_string(m_lastSeq) + "): entries were removed or added behind the app's back");
        }
    }

    void finishEntry(Pending& e)
    {
        const std::string where = "entry " + std::to_string(e.seq);
        if (e.seq != m_lastSeq + 1)
            add("sequence", where + " follows entry " + std::to_string(m_lastSeq) + ": entries are missing");
        if (auto v = validateEntry(e.req); !v)
            add(v.error() == EntryError::Unbalanced ? "unbalanced" : "invalid_entry", where + ": " + describe(v.error()));
        if (!e.hashesOk)
            add("hash_format", where + ": a hash has the wrong length");
        if (requestHash(e.req) != e.requestHash)
            add("content", where + ": content does not match its hash (edited behind the app's back)");
        const Hash32 expect = chainHash(m_prevChain, ChainInput{e.seq, e.requestHash, e.day, e.postedAt, e.userId, e.balancesAfter});
        if (expect != e.chainHash)
            add("chain", where + ": hash chain broken (an entry was edited, inserted, removed or reordered)");
        m_prevChain = e.chainHash;
        m_lastSeq = e.seq;

        if (!m_lastDay.empty() && e.day < m_lastDay)
            add("day_order", where + " is dated " + e.day + ", before the previous entry's day " + m_lastDay);
        m_lastDay = std::max(m_lastDay, e.day);
        auto d = m_days.find(e.day);
        if (d != m_days.end() && d->second.state == "closed" && e.postedAt > d->second.closedAt)
            add("closed_day", where + " was posted into business day " + e.day + " after it was closed");
        if (touchesCashDrawer(e.req)) {
            if (d == m_days.end() || e.postedAt < d->second.openedAt ||
                (d->second.closedAt != 0 && e.postedAt > d->second.closedAt))
                add("cash_outside_day", where + " moves cash outside an open business day");
        }
        if (e.req.reversesSeq) {
            auto orig = m_lines.find(*e.req.reversesSeq);
            if (orig == m_lines.end() || e.req.lines != reversalLines(orig->second))
                add("reversal", where + " does not mirror the entry it reverses");
        }
        if (m_reversed.count(e.seq) != 0)  // keep only the lines a later reversal must mirror
            m_lines.emplace(e.seq, std::move(e.req.lines));
    }

    void receipts()
    {
        SQLite::Statement r(m_db.sql(), "SELECT number FROM receipts ORDER BY number");
        std::int64_t expect = 1;
        while (r.executeStep()) {
            const std::int64_t n = r.getColumn(0).getInt64();
            if (n != expect)
                add("receipts", "receipt number " + std::to_string(expect) + " is missing (next is " + std::to_string(n) + ")");
            expect = n + 1;
        }
    }

    Database& m_db;
    std::vector<Finding> m_findings;
    std::unordered_map<std::string, bool> m_neverNegative;
    std::unordered_map<std::string, DayInfo> m_days;
    std::unordered_map<std::string, std::int64_t> m_running;
    std::set<std::int64_t> m_reversed;
    std::unordered_map<std::int64_t, std::vector<PostingLine>> m_lines;
    Hash32 m_prevChain{};
    std::int64_t m_lastSeq = 0;
    std::string m_lastDay;
};

}  // namespace

std::vector<Finding> verifyDatabase(Database& db) { return Checker(db).run(); }

}  // namespace cz
