#include "services/reports/report_figures.h"

#include "core/accounts.h"
#include "services/journal.h"

namespace cz {

namespace {

bool starts(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

Job jobOfKind(std::string_view k)
{
    if (k == "cash_order" || k == "refund_paid" || starts(k, "order_") || starts(k, "voided_order"))
        return Job::Purchase;
    if (starts(k, "consignment_") || k == "farmer_payout")
        return Job::Consignment;
    if (starts(k, "assisted_"))
        return Job::Assisted;
    if (starts(k, "bill_") || starts(k, "topup_") || starts(k, "ticket_") || starts(k, "payment_"))
        return Job::Payments;
    if (starts(k, "wallet_"))
        return Job::Wallet;
    if (k == entry_kind::OpeningFloat || k == entry_kind::OpenVariance || k == entry_kind::CashIn ||
        k == entry_kind::CashOut || k == entry_kind::BankDeposit || k == entry_kind::CloseVariance)
        return Job::Drawer;
    return Job::Other;
}

std::string_view toString(Job j)
{
    switch (j) {
    case Job::Purchase: return "purchase";
    case Job::Consignment: return "consignment";
    case Job::Payments: return "payments";
    case Job::Assisted: return "assisted";
    case Job::Drawer: return "drawer";
    case Job::Wallet: return "wallet";
    case Job::Other: return "other";
    }
    return "other";
}

bool isRefundKind(std::string_view kind) { return kind == "refund_paid" || kind == "payment_refund_paid"; }

Money Figures::takings() const
{
    Money t;
    for (Job j : kServiceJobs)
        if (auto it = jobs.find(j); it != jobs.end())
            t += it->second.cashIn;
    return t;
}

Figures computeFigures(const std::vector<TotalsRow>& rows)
{
    Figures f;
    for (Job j : kServiceJobs)
        f.jobs[j].job = j;
    for (const auto& r : rows) {
        const Job job = jobOfKind(r.kind);
        auto& jt = f.jobs[job];
        jt.job = job;
        const Money dr = Money::fromFen(r.debitFen), cr = Money::fromFen(r.creditFen);
        const Money net = dr - cr;
        if (r.account.empty()) {
            jt.entries += r.n;
            f.entries += r.n;
            continue;
        }
        const std::string_view a = r.account;
        if (a == acct::CashDrawer) {
            f.drawerNet += net;
            if (r.kind == entry_kind::OpeningFloat || r.kind == entry_kind::OpenVariance)
                f.floatAdjust += net;
            else if (r.kind == entry_kind::CashIn)
                f.ownerIn += dr;
            else if (r.kind == entry_kind::CashOut)
                f.ownerOut += cr;
            else if (r.kind == entry_kind::BankDeposit)
                f.bankDeposits += cr - dr;
            else if (r.kind == entry_kind::CloseVariance)
                f.variance += net;
            else {
                jt.cashIn += dr;
                jt.cashOut += cr;
                if (isRefundKind(r.kind))
                    f.refunds += cr - dr;
                else if (r.kind == "order_voided")
                    f.voids += cr - dr;
                else if (r.kind == "farmer_payout")
                    f.farmerPayoutsCash += cr - dr;
            }
        } else if (a == acct::PlatformWallet) {
            f.walletNet += net;
        } else if (a == acct::ServiceFeeIncome) {
            f.serviceFees -= net;
            jt.income -= net;
        } else if (a == acct::OrderCommissionIncome) {
            f.orderCommission -= net;
            jt.income -= net;
        } else if (a == acct::ConsignmentCommissionIncome) {
            f.consignmentCommission -= net;
            jt.income -= net;
        } else if (a == acct::FarmerPayables && r.kind == "farmer_payout") {
            f.farmerPayouts += net;
        }
    }
    return f;
}

}  // namespace cz
