// Statements and cash payouts to farmers. What a farmer is owed is the balance of their payable
// account 2200:<id> and nothing else: statements read its postings, a payout posts against it.

#include "services/consignment/consignment_service.h"

#include "core/uuid.h"
#include "storage/misc_stores.h"

#include <SQLiteCpp/Exception.h>

namespace cz {

using namespace consignment;

Receipt ConsignmentService::baseReceipt(const Session* who, const std::string& title, const ConsignmentTexts& t)
{
    Receipt r;
    r.stationName = m_settings.stationName();
    r.stationAddress = m_settings.value("station.address");
    r.title = title;
    r.businessDay = m_journal.postingDay().toString();
    r.time = formatLocalDateTime(m_ctx.now(), *m_ctx.zone()).substr(0, 16);
    r.cashier = who ? who->userName : std::string();
    r.captions = t.captions;
    r.footer = t.thanks;
    return r;
}

SResult<FarmerStatement> ConsignmentService::statementForSeqs(const FarmerRecord& f, std::int64_t firstSeq,
                                                              std::int64_t lastSeq)
{
    FarmerStatement s;
    s.farmer = f;
    s.opening = m_farmers.owedBefore(f.account, firstSeq);
    s.lines = m_farmers.statementLines(f.account, firstSeq, lastSeq);
    s.closing = s.opening;
    for (const auto& l : s.lines) {
        s.closing += l.amount;
        if (l.kind == "consignment_sale") {
            s.gross += l.gross;
            s.platformFees += l.platformFee;
            s.commission += l.commission;
            s.absorbed += l.absorbed;
        } else if (l.kind == "farmer_payout") {
            s.payouts -= l.amount;
        }
    }
    s.unsettled = m_listings.unsettledShare(f.id, firstSeq, lastSeq);
    return s;
}

SResult<FarmerStatement> ConsignmentService::statement(std::int64_t farmerId, std::optional<BusinessDay> from,
                                                       std::optional<BusinessDay> to)
{
    if (from && to && *from > *to)
        return fail(Errc::InvalidInput, "the period ends before it starts");
    try {
        ReadTransaction rt(m_ctx.db());
        auto f = m_farmers.byId(farmerId);
        if (!f)
            return fail(Errc::NotFound, "no farmer " + std::to_string(farmerId));
        auto& ledger = m_journal.store();
        auto range = ledger.seqRange(from, to);
        FarmerStatement s;
        if (range) {
            auto r = statementForSeqs(*f, range->first, range->second);
            if (!r)
                return r;
            s = std::move(r.value());
        } else {
            // No entries in the period: it opens and closes with the balance carried in.
            std::int64_t startSeq = 1;
            if (from) {
                auto later = ledger.seqRange(from, std::nullopt);
                startSeq = later ? later->first : ledger.entryCount() + 1;
            }
            s.farmer = *f;
            s.opening = m_farmers.owedBefore(f->account, startSeq);
            s.closing = s.opening;
        }
        s.from = from;
        s.to = to;
        return s;
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

SResult<FarmerStatement> ConsignmentService::unpaid(std::int64_t farmerId)
{
    try {
        ReadTransaction rt(m_ctx.db());
        auto f = m_farmers.byId(farmerId);
        if (!f)
            return fail(Errc::NotFound, "no farmer " + std::to_string(farmerId));
        // Everything after the last moment the account stood at zero.
        std::int64_t first = 1;
        {
            std::lock_guard lock(m_ctx.db().mutex());
            auto q = m_ctx.db().stmt("SELECT max(entry_seq) FROM postings WHERE account = ? AND balance_after = 0");
            q.bind(1, f->account);
            if (q.executeStep() && !q.getColumn(0).isNull())
                first = q.getColumn(0).getInt64() + 1;
        }
        return statementForSeqs(*f, first, m_journal.store().entryCount());
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    }
}

Receipt ConsignmentService::statementDocument(const FarmerStatement& s, const ConsignmentTexts& t, const Session* who)
{
    Receipt r = baseReceipt(who, t.statementTitle, t);
    r.customer = t.farmer + ": " + s.farmer.name + (s.farmer.phone.empty() ? std::string() : " " + s.farmer.phone);
    const std::string period = (s.from ? s.from->toString() : std::string("…")) + " – " +
                               (s.to ? s.to->toString() : std::string("…"));
    r.notes.push_back(t.period + ": " + period);
    for (const auto& l : s.lines) {
        if (l.kind == "consignment_sale") {
            r.lines.push_back({l.businessDay.substr(5) + " " + l.title, std::to_string(l.quantity) +
                               std::string(unitSymbol(l.unit)), std::nullopt, l.amount});
        } else if (l.kind == "farmer_payout") {
            r.lines.push_back({l.businessDay.substr(5) + " " + t.payout, {}, std::nullopt, l.amount});
        } else {
            r.lines.push_back({l.businessDay.substr(5) + " " + t.adjustment, {}, std::nullopt, l.amount});
        }
    }
    r.totals = {{t.opening, s.opening, false},     {t.sales, s.gross, false},
                {t.platformFees, -s.platformFees, false}, {t.commission, -s.commission, false}};
    if (s.absorbed.isPositive())
        r.totals.push_back({t.absorbed, s.absorbed, false});
    r.totals.push_back({t.payouts, -s.payouts, false});
    r.totals.push_back({t.closing, s.closing, true});
    if (s.unsettled.isPositive())
        r.notes.push_back(t.notSettled + ": " + formatMoney(s.unsettled));
    return r;
}

SResult<PayoutDone> ConsignmentService::payOut(const Session& who, const std::string& opId, std::int64_t farmerId,
                                               Money amount, const ConsignmentTexts& texts)
{
    if (!isUuid(opId))
        return fail(Errc::InvalidInput, "operation id is not a UUID");
    if (!amount.isPositive())
        return fail(Errc::InvalidInput, "a payout is more than zero");
    try {
        WriteTransaction tx(m_ctx.db());
        if (auto prior = m_farmers.payoutByOpId(opId)) {
            if (prior->farmerId != farmerId || prior->amount != amount)
                return fail(Errc::OpIdConflict, "this payout was already recorded with different contents");
            PayoutDone d{prior->amount, owed(farmerId), prior->entrySeq, prior->receiptNumber.value_or(0), {}, true};
            if (prior->receiptNumber)
                if (auto rec = ReceiptStore(m_ctx.db()).byNumber(*prior->receiptNumber))
                    if (auto body = parseReceiptBody(rec->body, rec->number))
                        d.receipt = *body;
            return d;
        }
        auto f = m_farmers.byId(farmerId);
        if (!f)
            return fail(Errc::NotFound, "no farmer " + std::to_string(farmerId));
        const Money before = owed(farmerId);
        if (amount > before)
            return fail(Errc::InvalidInput, "the station owes " + f->name + " " + formatMoney(before) +
                                                 ", less than " + formatMoney(amount));
        EntryRequest req{opId, "farmer_payout", "payout to " + f->name + " (farmer " + std::to_string(f->id) + ")",
                         {{f->account, amount}, {std::string(acct::CashDrawer), -amount}}, std::nullopt};
        // The journal refuses a payout the drawer cannot cover (InsufficientCash) or outside an open day.
        auto posted = m_journal.post(req, &who);
        if (!posted)
            return Failure{posted.error()};
        const Money after = before - amount;
        Receipt r = baseReceipt(&who, texts.payoutTitle, texts);
        r.customer = texts.farmer + ": " + f->name + (f->idMasked.empty() ? std::string() : " " + f->idMasked);
        r.totals = {{texts.owedBefore, before, false}, {texts.paidOut, amount, true}, {texts.owedAfter, after, false}};
        r.notes.push_back(texts.farmer + " #" + std::to_string(f->id) +
                          (f->phone.empty() ? std::string() : " " + f->phone));
        r.signatureCaption = texts.farmerSignature;
        const std::int64_t number = ReceiptStore(m_ctx.db()).issue("farmer_payout", opId, posted->seq, m_ctx.now(),
                                                                   who.userId, toReceiptBody(r));
        r.number = number;
        m_farmers.insertPayout({opId, farmerId, amount, posted->seq, number, posted->day.toString(), m_ctx.now(), who.userId});
        m_audit.record(&who, "farmer_payout", "farmer:" + std::to_string(farmerId), "ok", formatMoney(amount));
        tx.commit();
        return PayoutDone{amount, after, posted->seq, number, r, false};
    } catch (const SQLite::Exception& e) {
        return fail(Errc::Storage, e.what());
    } catch (const MoneyOverflow& e) {
        return fail(Errc::InvalidInput, e.what());
    }
}

}  // namespace cz
