#include "services/reports/report_service.h"

#include "core/accounts.h"
#include "services/journal.h"
#include "services/payments/wallet_service.h"
#include "storage/ledger_store.h"
#include "storage/misc_stores.h"
#include "storage/outbox_store.h"
#include "storage/user_store.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <map>

namespace cz {

namespace {

std::string withArg(std::string s, const std::string& arg)
{
    if (auto p = s.find("%1"); p != std::string::npos)
        s.replace(p, 2, arg);
    return s;
}

const std::string& jobName(Job j, const ReportTexts& t)
{
    switch (j) {
    case Job::Purchase: return t.purchase;
    case Job::Consignment: return t.consignment;
    case Job::Payments: return t.payments;
    case Job::Assisted: return t.assisted;
    case Job::Drawer: return t.drawer;
    case Job::Wallet: return t.wallet;
    case Job::Other: return t.other;
    }
    return t.other;
}

}  // namespace

std::string csvField(std::string_view s)
{
    const bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos ||
                       (!s.empty() && (s.front() == ' ' || s.back() == ' '));
    if (!quote)
        return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csvAmount(Money m)
{
    const std::int64_t f = m.fen();
    const bool neg = f < 0;
    // Negating INT64_MIN is undefined; go through unsigned.
    const std::uint64_t a = neg ? 0 - static_cast<std::uint64_t>(f) : static_cast<std::uint64_t>(f);
    std::string frac = std::to_string(a % 100);
    if (frac.size() < 2)
        frac.insert(0, "0");
    return (neg ? "-" : "") + std::to_string(a / 100) + "." + frac;
}

std::vector<TotalsRow> ReportService::liveTotals(const BusinessDay& from, const BusinessDay& to)
{
    LedgerStore ledger(m_ctx.db());
    const auto range = ledger.seqRange(from, to);
    if (!range)
        return {};
    return m_store.aggregate(range->first, range->second);
}

DayReport ReportService::build(const BusinessDay& day, std::optional<Money> counted)
{
    ReadTransaction rt(m_ctx.db());
    LedgerStore ledger(m_ctx.db());
    DayReport r;
    r.day = day;
    r.figures = computeFigures(liveTotals(day, day));
    const Money drawer = ledger.balance(acct::CashDrawer);
    r.expected = drawer - r.figures.variance;  // a Z is built after its variance is posted
    r.drawerOpening = drawer - r.figures.drawerNet;
    r.counted = counted;
    r.walletStation = ledger.balance(acct::PlatformWallet);
    r.ordersInTransit = -ledger.balance(acct::OrdersInTransit);
    r.servicesInTransit = -ledger.balance(acct::ServicesInTransit);
    OutboxStore outbox(m_ctx.db());
    r.pendingCount = outbox.counts().waiting();
    for (const auto& op : outbox.list({OutboxState::Queued, OutboxState::Sent}, 20))
        r.pending.push_back(PendingOp{op.type, op.refId, op.createdAt});
    const Money cash = counted.value_or(r.expected);
    const Money surplus = cash - floatTarget();
    r.suggestBank = surplus.isPositive() ? Money::fromFen(surplus.fen() / 10'000 * 10'000) : Money();
    r.keepFloat = cash - r.suggestBank;
    return r;
}

DayReport ReportService::xReport()
{
    DayStore days(m_ctx.db());
    const auto open = days.openDay();
    return build(open ? open->day : Journal(m_ctx).postingDay(), std::nullopt);
}

Receipt ReportService::toReceipt(const DayReport& d, const ReportTexts& t, bool z, const std::string& cashier)
{
    Receipt r;
    r.stationName = m_settings.stationName();
    r.stationAddress = m_settings.value("station.address");
    r.title = z ? t.zTitle : t.xTitle;
    r.businessDay = d.day.toString();
    r.time = formatLocalDateTime(m_ctx.now(), *m_ctx.zone()).substr(0, 16);
    r.cashier = cashier;
    r.captions = t.captions;
    const Figures& f = d.figures;
    for (Job j : kServiceJobs) {
        const auto it = f.jobs.find(j);
        const JobTotals jt = it == f.jobs.end() ? JobTotals{} : it->second;
        r.lines.push_back({jobName(j, t), std::to_string(jt.entries) + t.entries, std::nullopt, jt.cashIn - jt.cashOut});
    }
    auto& tot = r.totals;
    tot.push_back({t.takings, f.takings(), false});
    tot.push_back({t.serviceFees, f.serviceFees, false});
    tot.push_back({t.orderCommission, f.orderCommission, false});
    tot.push_back({t.consignmentCommission, f.consignmentCommission, false});
    tot.push_back({t.income, f.income(), true});
    tot.push_back({t.refunds, f.refunds, false});
    tot.push_back({t.voids, f.voids, false});
    tot.push_back({t.farmerPayouts, f.farmerPayoutsCash, false});
    tot.push_back({t.drawerOpening, d.drawerOpening, false});
    tot.push_back({t.floatAdjust, f.floatAdjust, false});
    tot.push_back({t.ownerIn, f.ownerIn, false});
    tot.push_back({t.ownerOut, f.ownerOut, false});
    tot.push_back({t.deposits, f.bankDeposits, false});
    tot.push_back({t.expected, d.expected, true});
    if (d.counted) {
        tot.push_back({t.counted, *d.counted, false});
        tot.push_back({t.variance, d.variance, true});
    }
    tot.push_back({t.suggestBank, d.suggestBank, false});
    tot.push_back({t.keepFloat, d.keepFloat, false});
    tot.push_back({t.walletStation, d.walletStation, false});
    if (d.walletMarket) {
        tot.push_back({t.walletMarket, *d.walletMarket, false});
        tot.push_back({t.walletDifference, *d.walletMarket - d.walletStation, true});
    }
    tot.push_back({t.ordersInTransit, d.ordersInTransit, false});
    tot.push_back({t.servicesInTransit, d.servicesInTransit, false});
    if (!d.walletMarket)
        r.notes.push_back(t.walletNotEntered);
    if (d.walletGaps) {
        if (d.walletGaps->empty()) {
            r.notes.push_back(t.walletAgrees);
        } else {
            r.notes.push_back(withArg(t.walletGapsHeader, std::to_string(d.walletGaps->size())));
            std::size_t shown = 0;
            for (const auto& g : *d.walletGaps) {
                if (++shown > 20)
                    break;
                const std::string& why = g.kind == WalletGap::Kind::MissingAtStation       ? t.gapMissingAtStation
                                         : g.kind == WalletGap::Kind::MissingAtMarketplace ? t.gapMissingAtMarketplace
                                                                                           : t.gapAmountDiffers;
                r.notes.push_back("· " + g.what + " " + g.ref.substr(0, 13) + " " + formatMoney(g.market) + " / " +
                                  formatMoney(g.station) + " — " + why);
            }
        }
    }
    if (d.pendingCount == 0) {
        r.notes.push_back(t.noPending);
    } else {
        r.notes.push_back(withArg(t.pendingHeader, std::to_string(d.pendingCount)));
        for (const auto& p : d.pending)
            r.notes.push_back("· " + p.type + " " + p.refId.substr(0, 13));
    }
    if (!d.note.empty())
        r.notes.push_back(withArg(t.noteCaption, d.note));
    r.footer = z ? t.zFooter : t.xFooter;
    return r;
}

std::vector<WalletGap> walletGaps(const WalletReconciliation& r)
{
    std::vector<WalletGap> out;
    out.reserve(r.differences.size());
    for (const auto& d : r.differences) {
        WalletGap g;
        g.kind = d.kind == WalletDifference::MissingAtStation       ? WalletGap::Kind::MissingAtStation
                 : d.kind == WalletDifference::MissingAtMarketplace ? WalletGap::Kind::MissingAtMarketplace
                                                                    : WalletGap::Kind::AmountDiffers;
        const bool atMarket = d.kind != WalletDifference::MissingAtMarketplace;
        g.what = atMarket ? d.marketKind : d.entryKind;
        g.ref = atMarket ? d.refId : d.opId;
        g.market = d.marketAmount;
        g.station = d.stationAmount;
        out.push_back(std::move(g));
    }
    return out;
}

Receipt ReportService::xReceipt(const Session& who, const ReportTexts& texts)
{
    return toReceipt(xReport(), texts, false, who.userName);
}

std::int64_t ReportService::writeZ(const Session& who, const std::string& opId, const CloseFacts& facts,
                                   const ReportTexts& texts)
{
    DayReport d = build(facts.day.day, facts.counted);
    d.closed = true;
    d.expected = facts.expected;
    d.variance = facts.variance;
    d.note = facts.note;
    d.walletMarket = facts.walletMarket;
    d.walletGaps = facts.walletGaps;
    m_store.saveTotals(liveTotals(facts.day.day, facts.day.day));
    const Receipt r = toReceipt(d, texts, true, who.userName);
    const std::int64_t number =
        ReceiptStore(m_ctx.db()).issue("z_report", opId, std::nullopt, m_ctx.now(), who.userId, toReceiptBody(r));
    m_store.insertZ(facts.day.day, number, m_ctx.now());
    return number;
}

SResult<Receipt> ReportService::zReport(const BusinessDay& day)
{
    try {
        const auto number = m_store.zReceipt(day);
        if (!number)
            return fail(Errc::NotFound, "no Z report for " + day.toString());
        auto rec = ReceiptStore(m_ctx.db()).byNumber(*number);
        if (!rec)
            return fail(Errc::NotFound, "Z report receipt " + std::to_string(*number) + " is missing");
        auto r = parseReceiptBody(rec->body, rec->number);
        if (!r)
            return fail(Errc::Storage, "the Z report of " + day.toString() + " is damaged: " + r.error().detail);
        return r.value();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

RangeReport ReportService::range(const BusinessDay& from, const BusinessDay& to)
{
    ReadTransaction rt(m_ctx.db());
    RangeReport out;
    out.from = from;
    out.to = to;
    // Closed days come from their snapshot; the gaps between them (the open day, days closed before
    // snapshots existed) are summed from the journal, each gap with one binary search and one scan.
    std::vector<TotalsRow> rows = m_store.storedTotals(from, to);
    BusinessDay cursor = from;
    auto addLive = [&](const BusinessDay& a, const BusinessDay& b) {
        auto live = liveTotals(a, b);
        rows.insert(rows.end(), live.begin(), live.end());
    };
    for (const auto& s : m_store.snapshotDays(from, to)) {
        if (cursor < s)
            addLive(cursor, s.previous());
        cursor = s.next();
    }
    if (cursor <= to)
        addLive(cursor, to);

    out.figures = computeFigures(rows);

    std::map<std::string, std::vector<TotalsRow>> byDay;
    std::map<std::int64_t, std::vector<TotalsRow>> byUser;
    for (const auto& r : rows) {
        byDay[r.day].push_back(r);
        byUser[r.userId].push_back(r);
    }
    LedgerStore ledger(m_ctx.db());
    Money drawer;
    for (const auto& b : ledger.balances(from.previous()))
        if (b.account.code == acct::CashDrawer)
            drawer = b.balance;
    for (const auto& [day, dayRows] : byDay) {
        const Figures f = computeFigures(dayRows);
        drawer += f.drawerNet;
        if (auto d = BusinessDay::parse(day))
            out.days.push_back(DayPoint{*d, f.income(), f.takings(), drawer});
    }
    UserStore users(m_ctx.db());
    for (const auto& [uid, userRows] : byUser) {
        const Figures f = computeFigures(userRows);
        ClerkTotals c;
        c.userId = uid;
        if (uid != 0)
            if (auto u = users.byId(uid))
                c.name = u->name;
        c.income = f.income();
        c.takings = f.takings();
        c.entries = f.entries;
        out.clerks.push_back(std::move(c));
    }
    std::sort(out.clerks.begin(), out.clerks.end(),
              [](const ClerkTotals& a, const ClerkTotals& b) { return a.income > b.income || (a.income == b.income && a.userId < b.userId); });
    out.topProducts = m_store.topProducts(from, to, 10);
    out.ordersByState = m_store.ordersByState(from, to);
    out.sellers = m_store.sellers(m_ctx.now() - std::chrono::hours(24 * 365));
    return out;
}

std::string ReportService::rangeCsv(const RangeReport& r, const ReportTexts& t)
{
    std::string out = "\xEF\xBB\xBF";  // UTF-8 byte-order mark: spreadsheets then read the Chinese right
    auto row = [&](const std::string& a, const std::string& b, const std::string& c, const std::string& d) {
        out += csvField(a) + "," + csvField(b) + "," + csvField(c) + "," + csvField(d) + "\r\n";
    };
    row(t.csvSection, t.csvItem, t.csvAmount, t.csvCount);
    const Figures& f = r.figures;
    const std::pair<const std::string*, Money> totals[] = {
        {&t.takings, f.takings()},
        {&t.serviceFees, f.serviceFees},
        {&t.orderCommission, f.orderCommission},
        {&t.consignmentCommission, f.consignmentCommission},
        {&t.income, f.income()},
        {&t.refunds, f.refunds},
        {&t.voids, f.voids},
        {&t.farmerPayouts, f.farmerPayouts},
        {&t.ownerIn, f.ownerIn},
        {&t.ownerOut, f.ownerOut},
        {&t.deposits, f.bankDeposits},
        {&t.variance, f.variance},
    };
    for (const auto& [label, m] : totals)
        row(t.csvTotals, *label, csvAmount(m), "");
    for (Job j : kServiceJobs) {
        const auto it = f.jobs.find(j);
        const JobTotals jt = it == f.jobs.end() ? JobTotals{} : it->second;
        row(t.csvJobs, jobName(j, t), csvAmount(jt.cashIn - jt.cashOut), std::to_string(jt.entries));
    }
    for (const auto& c : r.clerks)
        row(t.csvClerks, c.userId == 0 ? t.marketplace : c.name, csvAmount(c.income), std::to_string(c.entries));
    for (const auto& d : r.days)
        row(t.csvDays, d.day.toString(), csvAmount(d.income), "");
    for (const auto& p : r.topProducts)
        row(t.csvProducts, p.name, csvAmount(Money::fromFen(p.amountFen)), std::to_string(p.quantity));
    for (const auto& s : r.ordersByState)
        row(t.csvStates, s.state, csvAmount(Money::fromFen(s.goodsFen)), std::to_string(s.orders));
    row(t.csvVillage, t.activeSellers, "", std::to_string(r.sellers.activeSellers));
    row(t.csvVillage, t.sellerSales, csvAmount(Money::fromFen(r.sellers.grossFen)), "");
    return out;
}

}  // namespace cz
