#pragma once
// The business day and the cash drawer: open with a counted float, owner cash in / out with a
// reason, bank deposit, close with a count. Each call is one transaction and one ledger entry.
// Expected cash is the balance of the drawer account (1000) — one formula everywhere.

#include "core/denominations.h"
#include "services/audit.h"
#include "services/errors.h"
#include "services/journal.h"
#include "services/reports/report_service.h"
#include "services/reports/report_texts.h"
#include "services/session.h"
#include "services/settings_service.h"
#include "services/station_context.h"
#include "storage/day_store.h"

#include <optional>
#include <string>
#include <vector>

namespace cz {

struct DayStatus {
    std::optional<DayRecord> open;         ///< the open day, if any
    std::optional<BusinessDay> lastClosed;
    BusinessDay nextToOpen;                ///< the day openDay() would open
    Money drawer;                          ///< balance of the cash drawer account
};

struct DayOpened {
    BusinessDay day;
    Money counted;
    Money previousDrawer;  ///< what the ledger said was in the drawer before the count
    Money difference;      ///< counted − previousDrawer (posted as float or over/short)
    bool firstDay = false; ///< no earlier close: the float came from the owner
    bool replayed = false;
};

struct CashMoved {
    std::int64_t entrySeq = 0;
    Money drawerAfter;
    bool replayed = false;
};

struct DayClosedResult {
    BusinessDay day;
    Money expected;
    Money counted;
    Money variance;  ///< counted − expected
    std::int64_t zReceipt = 0;        ///< the stored Z report (receipt number)
    std::int64_t pendingCarried = 0;  ///< ops still waiting for the marketplace, carried over
    bool replayed = false;
};

/// What the close prints on the Z report besides the count: its words (in the agent's language)
/// and the platform wallet balance the marketplace's statement shows, when the agent entered it.
struct CloseExtras {
    ReportTexts texts;
    std::optional<Money> walletMarket;
    std::optional<std::vector<WalletGap>> walletGaps;  ///< the wallet statement reconciled at close
};

class DayService final {
public:
    DayService(StationContext& ctx, Audit& audit, SettingsService& settings)
        : m_ctx(ctx), m_audit(audit), m_settings(settings), m_journal(ctx), m_days(ctx.db()), m_reports(ctx, settings)
    {
    }

    DayStatus status();
    Money drawerBalance();

    /// Opens the business day with a counted float. On the first day ever the float is the owner's
    /// money (Dr 1000 · Cr 3000); later, a count that differs from the drawer is posted to cash
    /// over/short and needs a note.
    SResult<DayOpened> openDay(const Session& who, const std::string& opId, const DenominationCount& count,
                               const std::string& note);
    SResult<CashMoved> cashIn(const Session& who, const std::string& opId, Money amount, const std::string& reason);
    SResult<CashMoved> cashOut(const Session& who, const std::string& opId, Money amount, const std::string& reason);
    SResult<CashMoved> bankDeposit(const Session& who, const std::string& opId, Money amount, const std::string& note);
    /// Closes the open day with a count; the variance is posted to cash over/short with a note, and a
    /// variance above the threshold needs `supervisor` (a session from AuthService::approve).
    /// The Z report is written in the same transaction and the day is then locked. A refused close
    /// (note missing, supervisor needed) writes nothing.
    SResult<DayClosedResult> closeDay(const Session& who, const std::string& opId, const DenominationCount& count,
                                      const std::string& note, const std::optional<Session>& supervisor,
                                      const CloseExtras& extras = {});

    std::vector<DayRecord> recentDays(int limit) { return m_days.recent(limit); }
    /// X, Z and range reports (the Z report is written by closeDay).
    ReportService& reports() { return m_reports; }
    /// Every movement of the cash drawer on `day`, oldest first, with the balance after each.
    std::vector<AccountActivity> drawerMovements(const BusinessDay& day)
    {
        return m_journal.store().activity(acct::CashDrawer, day);
    }

private:
    SResult<CashMoved> moveCash(const Session& who, const std::string& opId, const char* kind, Money amount,
                                const std::string& memo, std::string_view otherAccount, bool intoDrawer);

    StationContext& m_ctx;
    Audit& m_audit;
    SettingsService& m_settings;
    Journal m_journal;
    DayStore m_days;
    ReportService m_reports;
};

}  // namespace cz
