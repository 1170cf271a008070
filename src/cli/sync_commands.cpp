// sync, sync-config, outbox: the marketplace connection from the command line.

#include "cli/commands.h"
#include "cli/pin_prompt.h"
#include "cli/station_handle.h"

#include <charconv>
#include <ostream>

namespace cz::cli {

int cmdSync(Invocation& inv)
{
    auto h = openStation(inv.db, OpenMode::Writer, inv.err);
    if (!h)
        return 1;
    auto r = h->svc->sync().runOnce(!inv.opt("no-catalog"));
    if (!r) {
        inv.err << "cunzhan-ctl sync: " << r.error().detail << "\n";
        return 1;
    }
    const auto o = h->svc->sync().overview();
    inv.out << "ops answered " << r->opsAnswered << ", events applied " << r->eventsApplied << ", products updated "
            << r->productsApplied << "\n";
    inv.out << "waiting " << o.counts.waiting() << ", need attention " << o.counts.needsAttention << ", open issues "
            << o.openIssues << "\n";
    if (!r->ok()) {
        inv.err << "cunzhan-ctl sync: stopped: " << r->failure.message << "\n";
        return 1;
    }
    if (!r->followUpError.empty()) {
        inv.err << "cunzhan-ctl sync: after the run: " << r->followUpError << "\n";
        return 1;
    }
    return 0;
}

int cmdSyncConfig(Invocation& inv)
{
    if (inv.opt("show")) {
        auto h = openStation(inv.db, OpenMode::ReadOnly, inv.err);
        if (!h)
            return 1;
        const auto s = h->svc->sync().settings();
        if (!s.configured) {
            inv.out << "no marketplace connection\n";
            return 1;
        }
        inv.out << "marketplace " << s.url << ", token " << s.maskedToken << (s.caFile.empty() ? "" : ", CA " + s.caFile)
                << "\n";
        return 0;
    }
    const auto url = inv.opt("url");
    const auto by = inv.opt("by");
    if (!url || !by) {
        inv.err << "cunzhan-ctl sync-config: --url and --by are required\n";
        return 2;
    }
    auto h = openStation(inv.db, OpenMode::Writer, inv.err);
    if (!h)
        return 1;
    auto sup = authenticate(*h->svc, *by, inv.in, inv.err, true);
    if (!sup)
        return 1;
    auto token = readPin(inv.in, inv.err, "Station token: ");
    if (!token) {
        inv.err << "cunzhan-ctl sync-config: no token given\n";
        return 1;
    }
    auto r = h->svc->sync().configure(*sup, *url, *token, inv.opt("ca-file").value_or(""));
    if (!r) {
        inv.err << "cunzhan-ctl sync-config: " << r.error().detail << "\n";
        return 1;
    }
    const auto s = h->svc->sync().settings();
    inv.out << "marketplace " << s.url << ", token " << s.maskedToken << (s.caFile.empty() ? "" : ", CA " + s.caFile) << "\n";
    return 0;
}

int cmdOutbox(Invocation& inv)
{
    std::vector<OutboxState> states;
    if (auto st = inv.opt("state")) {
        auto s = outboxStateFromString(*st);
        if (!s) {
            inv.err << "cunzhan-ctl outbox: unknown state '" << *st << "'\n";
            return 2;
        }
        states.push_back(*s);
    }
    long long limit = 50;
    if (auto l = inv.opt("limit")) {
        auto [p, ec] = std::from_chars(l->data(), l->data() + l->size(), limit);
        if (ec != std::errc() || p != l->data() + l->size() || limit < 1) {
            inv.err << "cunzhan-ctl outbox: --limit must be a positive integer\n";
            return 2;
        }
    }
    auto h = openStation(inv.db, OpenMode::ReadOnly, inv.err);
    if (!h)
        return 1;
    const auto zone = h->svc->context().zone();
    for (const auto& o : h->svc->sync().outbox(states, static_cast<int>(limit))) {
        inv.out << o.seq << "\t" << formatLocalDateTime(o.createdAt, *zone) << "\t" << o.type << "\t" << toString(o.state)
                << "\t" << o.opId << "\t" << o.refId << "\tattempts " << o.attempts;
        if (!o.lastError.empty())
            inv.out << "\t" << o.lastError;
        inv.out << "\n";
    }
    return 0;
}

}  // namespace cz::cli
