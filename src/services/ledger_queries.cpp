#include "services/ledger_queries.h"

#include "storage/misc_stores.h"

namespace cz {

namespace {

// hledger treats two spaces as the end of an account name and ';' as a comment: keep text safe.
std::string clean(std::string s)
{
    for (char& c : s)
        if (c == '\n' || c == '\r' || c == '\t' || c == ';')
            c = ' ';
    std::string out;
    for (char c : s) {
        if (c == ' ' && !out.empty() && out.back() == ' ')
            continue;
        out += c;
    }
    return out;
}

}  // namespace

SResult<Receipt> LedgerQueries::receipt(std::int64_t number)
{
    auto rec = ReceiptStore(m_ctx.db()).byNumber(number);
    if (!rec)
        return fail(Errc::NotFound, "no receipt " + std::to_string(number));
    auto r = parseReceiptBody(rec->body, rec->number);
    if (!r)
        return fail(Errc::Storage, "receipt " + std::to_string(number) + " is damaged: " + r.error().detail);
    return r.value();
}

void LedgerQueries::exportHledger(std::ostream& out)
{
    out << "; Cunzhan station journal export (hledger format). Amounts in CNY; accounts by code.\n";
    out << "commodity CNY 1,000.00\n\n";
    m_store.forEachEntry([&](const JournalEntry& e) {
        out << e.businessDay << " (" << e.seq << ") " << clean(e.kind);
        if (!e.memo.empty())
            out << " | " << clean(e.memo);
        out << "  ; op:" << e.opId << "\n";
        for (const auto& p : e.postings)
            out << "    " << clean(p.account) << "  CNY " << formatPlain(p.amount) << "\n";
        out << "\n";
    });
}

}  // namespace cz
