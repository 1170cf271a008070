#include "services/payments/wallet_service.h"

#include "core/accounts.h"
#include "services/order_service.h"
#include "storage/ledger_store.h"
#include "storage/payments/wallet_ledger_view.h"
#include "storage/sync_state_store.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>

namespace cz {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

Money WalletService::lowThreshold()
{
    const std::string text = m_settings.value(setting_key::WalletLowThreshold);
    std::int64_t fen = kDefaultWalletLowFen;
    if (!text.empty()) {
        std::int64_t v = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
        if (r.ec == std::errc() && r.ptr == text.data() + text.size() && v >= 0)
            fen = v;
    }
    return Money::fromFen(fen);
}

WalletStatus WalletService::status()
{
    LedgerStore ledger(m_ctx.db());
    WalletStatus s;
    {
        ReadTransaction snapshot(m_ctx.db());  // the three balances from one moment
        s.confirmed = ledger.balance(acct::PlatformWallet);
        s.available = availableWallet(ledger);
    }
    s.reserved = s.confirmed - s.available;
    s.lowThreshold = lowThreshold();
    s.low = s.available < s.lowThreshold;
    return s;
}

SResult<void> WalletService::setLowThreshold(const Session& supervisor, Money threshold)
{
    if (!supervisor.isSupervisor()) {
        m_audit.record(&supervisor, "wallet_low_threshold", "settings", "denied", "not a supervisor");
        return fail(Errc::NotAllowed, "only a supervisor may change the wallet warning");
    }
    if (threshold.isNegative() || threshold > Money::fromYuan(10'000'000))
        return fail(Errc::InvalidInput, "the warning threshold is ¥0 to ¥10,000,000");
    try {
        WriteTransaction tx(m_ctx.db());
        m_settings.setValue(setting_key::WalletLowThreshold, std::to_string(threshold.fen()));
        m_audit.record(&supervisor, "wallet_low_threshold", "settings", "ok", formatMoney(threshold));
        tx.commit();
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
    return {};
}

WalletStatementView WalletService::statement(const BusinessDay& from, const BusinessDay& to)
{
    LedgerStore ledger(m_ctx.db());
    WalletLedgerView view(m_ctx.db());
    ReadTransaction snapshot(m_ctx.db());
    WalletStatementView out;
    const auto range = ledger.seqRange(from, to);
    if (!range) {
        // No entries in the window: opening = closing = the balance before the first later entry.
        const auto after = ledger.seqRange(to.next(), std::nullopt);
        out.opening = after ? view.balanceBefore(acct::PlatformWallet, after->first) : ledger.balance(acct::PlatformWallet);
        out.closing = out.opening;
        return out;
    }
    out.opening = view.balanceBefore(acct::PlatformWallet, range->first);
    out.closing = out.opening;
    view.forEachLine(acct::PlatformWallet, range->first, range->second, [&](const AccountLine& l) {
        out.lines.push_back({l.seq, l.postedAt, l.businessDay, l.kind, l.memo, l.opId, l.amount, l.balanceAfter});
        out.closing = l.balanceAfter;
    });
    return out;
}

WalletReconciliation WalletService::reconcile(const sync::Statement& market)
{
    LedgerStore ledger(m_ctx.db());
    WalletLedgerView view(m_ctx.db());
    SyncStateStore state(m_ctx.db());
    ReadTransaction snapshot(m_ctx.db());
    WalletReconciliation out;
    out.marketBalance = market.closing;
    out.stationBalance = ledger.balance(acct::PlatformWallet);

    // The station's wallet movements by op id (event-driven entries carry the event id).
    struct Local {
        AccountLine line;
        bool matched = false;
    };
    std::map<std::string, Local> local;
    std::vector<std::string> order;
    view.forEachLine(acct::PlatformWallet, 1, INT64_MAX, [&](const AccountLine& l) {
        const std::string key = lower(l.opId);
        auto [it, fresh] = local.try_emplace(key, Local{l, false});
        if (fresh)
            order.push_back(key);
        else
            it->second.line.amount += l.amount;  // one entry posting twice to the wallet: compare the sum
    });

    for (const auto& m : market.lines) {
        const auto it = local.find(lower(m.eventId));
        if (it != local.end() && it->second.line.amount == m.amount) {
            it->second.matched = true;
            ++out.matched;
            continue;
        }
        WalletDifferenceLine d;
        d.eventId = m.eventId;
        d.marketSeq = m.seq;
        d.marketAtMs = m.atMs;
        d.marketKind = m.kind;
        d.refType = m.refType;
        d.refId = m.refId;
        d.marketAmount = m.amount;
        if (it == local.end()) {
            d.kind = WalletDifference::MissingAtStation;
            d.eventApplied = state.isApplied(m.eventId) || state.isApplied(lower(m.eventId));
        } else {
            it->second.matched = true;
            d.kind = WalletDifference::AmountDiffers;
            d.opId = it->second.line.opId;
            d.entrySeq = it->second.line.seq;
            d.entryKind = it->second.line.kind;
            d.memo = it->second.line.memo;
            d.stationAmount = it->second.line.amount;
            d.eventApplied = true;
        }
        out.differences.push_back(std::move(d));
    }
    for (const auto& key : order) {
        const auto& l = local.at(key);
        if (l.matched)
            continue;
        WalletDifferenceLine d;
        d.kind = WalletDifference::MissingAtMarketplace;
        d.opId = l.line.opId;
        d.entrySeq = l.line.seq;
        d.entryKind = l.line.kind;
        d.memo = l.line.memo;
        d.stationAmount = l.line.amount;
        out.differences.push_back(std::move(d));
    }
    return out;
}

}  // namespace cz
