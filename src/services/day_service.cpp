#include "services/day_service.h"

#include "core/uuid.h"
#include "storage/outbox_store.h"

#include <SQLiteCpp/Exception.h>

#include <algorithm>

namespace cz {

namespace {

std::string trimmed(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

Error countError(CountError e)
{
    switch (e) {
    case CountError::UnknownDenomination: return Error{Errc::InvalidInput, "unknown denomination", 0, std::nullopt};
    case CountError::NegativeCount: return Error{Errc::InvalidInput, "a count cannot be negative", 0, std::nullopt};
    case CountError::TooMany: return Error{Errc::InvalidInput, "a count is implausibly large", 0, std::nullopt};
    }
    return Error{Errc::InvalidInput, "bad count", 0, std::nullopt};
}

// The postings that move a difference v (counted − expected) between the drawer and over/short.
std::vector<PostingLine> varianceLines(Money v)
{
    if (v.isPositive())
        return {{std::string(acct::CashDrawer), v}, {std::string(acct::CashOverShort), -v}};
    return {{std::string(acct::CashOverShort), -v}, {std::string(acct::CashDrawer), v}};
}

}  // namespace

Money DayService::drawerBalance() { return m_journal.store().balance(acct::CashDrawer); }

DayStatus DayService::status()
{
    ReadTransaction rt(m_ctx.db());
    DayStatus s;
    s.open = m_days.openDay();
    if (auto c = m_days.lastClosed())
        s.lastClosed = c->day;
    s.nextToOpen = s.open ? s.open->day : m_journal.postingDay();
    s.drawer = drawerBalance();
    return s;
}

SResult<DayOpened> DayService::openDay(const Session& who, const std::string& opId, const DenominationCount& count,
                                       const std::string& note)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    auto total = countTotal(count);
    if (!total)
        return Failure{countError(total.error())};
    const std::string memo = trimmed(note);
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_days.byOpenOpId(opId)) {
            if (prior->openTotal != *total || encodeCount(prior->openCount) != encodeCount(count))
                return fail(Errc::OpIdConflict, "this open-day operation was already used with another count");
            DayOpened r;
            r.day = prior->day;
            r.counted = prior->openTotal;
            r.replayed = true;
            return r;
        }
        if (auto open = m_days.openDay())
            return fail(Errc::DayAlreadyOpen, "business day " + open->day.toString() + " is already open");
        const BusinessDay day = m_journal.postingDay();
        const bool firstDay = !m_days.lastClosed().has_value();
        const Money drawer = drawerBalance();
        const Money diff = *total - drawer;
        if (!firstDay && !diff.isZero() && memo.empty())
            return fail(Errc::NoteRequired, "the count differs from the drawer by " + formatMoney(diff) + "; add a note");
        if (firstDay && diff.isNegative())
            return fail(Errc::InvalidInput, "the count is less than the drawer holds");

        m_days.insertOpen(day, m_ctx.now(), who.userId, opId, count, *total);
        if (!diff.isZero()) {
            EntryRequest req;
            req.opId = opId;
            if (firstDay) {
                req.kind = entry_kind::OpeningFloat;
                req.memo = memo.empty() ? "opening float" : memo;
                req.lines = {{std::string(acct::CashDrawer), diff}, {std::string(acct::OwnerEquity), -diff}};
            } else {
                req.kind = entry_kind::OpenVariance;
                req.memo = memo;
                req.lines = varianceLines(diff);
            }
            auto posted = m_journal.post(req, &who);
            if (!posted)
                return Failure{posted.error()};
        }
        m_audit.record(&who, "day_open", "day:" + day.toString(), "ok",
                       "counted " + formatMoney(*total) + ", drawer " + formatMoney(drawer));
        tx.commit();
        return DayOpened{day, *total, drawer, diff, firstDay, false};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
}

SResult<CashMoved> DayService::moveCash(const Session& who, const std::string& opId, const char* kind, Money amount,
                                        const std::string& memo, std::string_view otherAccount, bool intoDrawer)
{
    if (!amount.isPositive())
        return fail(Errc::InvalidInput, "the amount must be more than zero");
    if (trimmed(memo).empty())
        return fail(Errc::NoteRequired, "a reason is required");
    EntryRequest req;
    req.opId = opId;
    req.kind = kind;
    req.memo = trimmed(memo);
    const Money in = intoDrawer ? amount : -amount;
    req.lines = {{std::string(acct::CashDrawer), in}, {std::string(otherAccount), -in}};
    try {
        WriteTransaction tx(m_ctx.db());
        if (!m_days.openDay())
            return fail(Errc::DayNotOpen, "open the business day first");
        auto posted = m_journal.post(req, &who);
        if (!posted) {
            if (posted.error().code == Errc::InsufficientCash) {
                // Keep the audit record of the refusal; no entry was written.
                m_audit.record(&who, kind, "drawer", "refused", formatMoney(amount) + ": not enough cash");
                tx.commit();
            }
            return Failure{posted.error()};
        }
        if (!posted->replayed)
            m_audit.record(&who, kind, "entry:" + std::to_string(posted->seq), "ok", formatMoney(amount) + " " + req.memo);
        CashMoved r{posted->seq, drawerBalance(), posted->replayed};
        tx.commit();
        return r;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<CashMoved> DayService::cashIn(const Session& who, const std::string& opId, Money amount, const std::string& reason)
{
    return moveCash(who, opId, entry_kind::CashIn, amount, reason, acct::OwnerEquity, true);
}

SResult<CashMoved> DayService::cashOut(const Session& who, const std::string& opId, Money amount, const std::string& reason)
{
    return moveCash(who, opId, entry_kind::CashOut, amount, reason, acct::OwnerEquity, false);
}

SResult<CashMoved> DayService::bankDeposit(const Session& who, const std::string& opId, Money amount,
                                           const std::string& note)
{
    return moveCash(who, opId, entry_kind::BankDeposit, amount, note.empty() ? std::string("bank deposit") : note,
                    acct::Bank, false);
}

SResult<DayClosedResult> DayService::closeDay(const Session& who, const std::string& opId,
                                              const DenominationCount& count, const std::string& note,
                                              const std::optional<Session>& supervisor, const CloseExtras& extras)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    auto total = countTotal(count);
    if (!total)
        return Failure{countError(total.error())};
    const std::string memo = trimmed(note);
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_days.byCloseOpId(opId)) {
            if (prior->closeTotal != *total)
                return fail(Errc::OpIdConflict, "this close operation was already used with another count");
            DayClosedResult r;
            r.day = prior->day;
            r.counted = prior->closeTotal;
            r.zReceipt = ReportStore(m_ctx.db()).zReceipt(prior->day).value_or(0);
            r.replayed = true;
            return r;
        }
        auto open = m_days.openDay();
        if (!open)
            return fail(Errc::DayNotOpen, "no business day is open");
        const Money expected = drawerBalance();
        const Money variance = *total - expected;
        if (!variance.isZero() && memo.empty())
            return fail(Errc::NoteRequired, "the count differs from the expected cash; a note is required");
        const Money magnitude = variance.isNegative() ? -variance : variance;
        if (magnitude > m_settings.varianceThreshold()) {
            if (!supervisor || !supervisor->isSupervisor())  // refused: nothing is written
                return fail(Errc::SupervisorRequired, "a variance of " + formatMoney(variance) + " needs a supervisor");
        }
        if (!variance.isZero()) {
            EntryRequest req;
            req.opId = opId;
            req.kind = entry_kind::CloseVariance;
            req.memo = memo;
            req.lines = varianceLines(variance);
            auto posted = m_journal.post(req, &who);
            if (!posted)
                return Failure{posted.error()};
        }
        const std::int64_t pending = OutboxStore(m_ctx.db()).counts().waiting();
        const std::int64_t z =
            m_reports.writeZ(who, opId, CloseFacts{*open, expected, *total, variance, memo, extras.walletMarket, extras.walletGaps}, extras.texts);
        m_days.markClosed(open->day, m_ctx.now(), who.userId, opId, count, *total, memo);
        std::string detail = "expected " + formatMoney(expected) + ", counted " + formatMoney(*total);
        if (supervisor)
            detail += ", approved by " + supervisor->userName;
        m_audit.record(&who, "day_close", "day:" + open->day.toString(), "ok", detail);
        tx.commit();
        return DayClosedResult{open->day, expected, *total, variance, z, pending, false};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
}

}  // namespace cz
