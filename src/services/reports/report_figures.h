#pragma once
// What the journal says about a span of days, in the terms of the 日结: cash taken and paid out
// per job (代购, 代卖, 代缴, assisted services), fee and commission income, refunds, voids, farmer
// payouts, drawer movements, variance. Everything is derived from the day totals (entry kind ×
// account × user), so the X report, the Z report and the range reports share one classification.

#include "core/money.h"
#include "storage/reports/report_store.h"

#include <array>
#include <map>
#include <string_view>
#include <vector>

namespace cz {

enum class Job { Purchase, Consignment, Payments, Assisted, Drawer, Wallet, Other };
inline constexpr std::array<Job, 4> kServiceJobs{Job::Purchase, Job::Consignment, Job::Payments, Job::Assisted};

/// The job an entry kind belongs to. Kinds of the payments work (代缴: bill_taken, ticket_refunded,
/// payment_refund_paid …, assisted_service) are classified by the names docs/ledger.md gives them.
Job jobOfKind(std::string_view kind);
std::string_view toString(Job j);

/// Cash paid back to a villager for a refund (orders and payments).
bool isRefundKind(std::string_view kind);

struct JobTotals {
    Job job = Job::Other;
    Money cashIn;    ///< into the drawer (net of change: the ledger only ever records the net)
    Money cashOut;   ///< out of the drawer (refunds, voids, payouts)
    Money income;    ///< fees and commissions earned (4000, 4100, 4200), net of reversals
    std::int64_t entries = 0;
};

struct Figures {
    std::map<Job, JobTotals> jobs;  ///< every job that appears, plus the four service jobs
    Money serviceFees;              ///< 4000, net
    Money orderCommission;          ///< 4100, net
    Money consignmentCommission;    ///< 4200, net
    Money refunds;                  ///< cash refunds paid (refund_paid, payment_refund_paid)
    Money voids;                    ///< cash handed back by voids
    Money farmerPayouts;            ///< all payouts (2200 debits by farmer_payout)
    Money farmerPayoutsCash;        ///< of which paid from the drawer
    Money floatAdjust;              ///< opening float and opening differences (net into the drawer)
    Money ownerIn;                  ///< cash in
    Money ownerOut;                 ///< cash out
    Money bankDeposits;
    Money variance;                 ///< close variance posted (counted − expected)
    Money drawerNet;                ///< net change of 1000
    Money walletNet;                ///< net change of 1100
    std::int64_t entries = 0;

    [[nodiscard]] Money income() const { return serviceFees + orderCommission + consignmentCommission; }
    [[nodiscard]] Money takings() const;  ///< cash into the drawer from the service jobs
};

Figures computeFigures(const std::vector<TotalsRow>& rows);

}  // namespace cz
