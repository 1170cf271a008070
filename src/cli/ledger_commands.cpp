// verify, balance, export-journal, backup: read-only commands, safe while the app is running.

#include "cli/commands.h"
#include "cli/station_handle.h"

#include <fstream>
#include <ostream>

namespace cz::cli {

int cmdVerify(Invocation& inv)
{
    auto h = openStation(inv.db, OpenMode::ReadOnly, inv.err);
    if (!h)
        return 1;
    const auto findings = h->svc->ledger().verify();
    if (findings.empty()) {
        inv.out << "ok: " << h->svc->ledger().entryCount() << " entries, journal intact\n";
        return 0;
    }
    for (const auto& f : findings)
        inv.out << f.check << ": " << f.detail << "\n";
    inv.out << findings.size() << " finding(s)\n";
    return 1;
}

int cmdBalance(Invocation& inv)
{
    std::optional<BusinessDay> asOf;
    if (auto d = inv.opt("as-of")) {
        asOf = BusinessDay::parse(*d);
        if (!asOf) {
            inv.err << "cunzhan-ctl balance: --as-of must be a date YYYY-MM-DD\n";
            return 2;
        }
    }
    auto h = openStation(inv.db, OpenMode::ReadOnly, inv.err);
    if (!h)
        return 1;
    for (const auto& b : h->svc->ledger().balances(asOf))
        inv.out << b.account.code << "\t" << b.account.name << "\t" << formatPlain(b.balance) << "\n";
    return 0;
}

int cmdExportJournal(Invocation& inv)
{
    const std::string format = inv.opt("format").value_or("hledger");
    if (format != "hledger") {
        inv.err << "cunzhan-ctl export-journal: unknown format '" << format << "' (hledger)\n";
        return 2;
    }
    auto h = openStation(inv.db, OpenMode::ReadOnly, inv.err);
    if (!h)
        return 1;
    if (auto file = inv.opt("output")) {
        std::ofstream f(*file);
        if (!f) {
            inv.err << "cunzhan-ctl export-journal: cannot write " << *file << "\n";
            return 1;
        }
        h->svc->ledger().exportHledger(f);
        return f.good() ? 0 : 1;
    }
    h->svc->ledger().exportHledger(inv.out);
    return 0;
}

int cmdBackup(Invocation& inv)
{
    auto h = openStation(inv.db, OpenMode::ReadOnly, inv.err);
    if (!h)
        return 1;
    const std::string dest = inv.positionals.at(0);
    auto r = h->db->backupTo(dest);
    if (!r) {
        inv.err << "cunzhan-ctl backup: " << r.error().detail << "\n";
        return 1;
    }
    inv.out << "backed up " << h->svc->ledger().entryCount() << " entries to " << dest << "\n";
    return 0;
}

}  // namespace cz::cli
