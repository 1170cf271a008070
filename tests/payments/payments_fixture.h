#pragma once
// A station talking to the in-process marketplace, with the payments desk wired to the sync the way
// StationServices does it, and helpers to read back exactly what was posted.

#include "services/payments/payment_service.h"
#include "services/payments/payments_online.h"
#include "services/payments/wallet_service.h"
#include "sync_fixture.h"

#include <memory>
#include <string>
#include <vector>

namespace cz::test {

/// One posting as a test expects it: account and signed fen.
struct Post {
    std::string account;
    std::int64_t fen = 0;
    friend bool operator==(const Post&, const Post&) = default;
};
std::ostream& operator<<(std::ostream& os, const Post& p);

class PaymentsFixture : public SyncFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Points at the payments services of the current m_svc.
    void wirePayments();
    /// A restart: services and database closed and opened again, payments wired again.
    void restartStation();
    /// Restarts the marketplace with an opening wallet of `walletFen` for st-1.
    void restartMarketWithWallet(std::int64_t walletFen);

    PaymentsOnline online() { return PaymentsOnline(m_svc->sync().httpConfig()); }
    /// Fetches and stores the billers (and cities) from the marketplace.
    void loadReferenceData();

    std::vector<Post> postings(std::int64_t seq);
    /// The postings of the entry with this op id (empty when there is none).
    std::vector<Post> postingsOfOp(const std::string& opId);
    std::int64_t entries() { return m_svc->ledger().entryCount(); }
    std::int64_t outboxTotal();
    std::int64_t paymentRows();
    Money balance(std::string_view account) { return m_svc->ledger().balance(account); }
    void setFee(const std::string& scope, std::int64_t fixedFen, std::int32_t rateBp = 0);

    PaymentService* m_payments = nullptr;  ///< the station's own (StationServices wires their sync)
    WalletService* m_wallet = nullptr;
    PaymentTexts m_texts;
};

}  // namespace cz::test
