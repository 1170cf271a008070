#include "payments_fixture.h"

#include <SQLiteCpp/Statement.h>

#include <ostream>

namespace cz::test {

std::ostream& operator<<(std::ostream& os, const Post& p) { return os << p.account << " " << p.fen; }

void PaymentsFixture::SetUp()
{
    SyncFixture::SetUp();
    wirePayments();
}

void PaymentsFixture::TearDown()
{
    if (m_svc)
        m_svc->sync().stopWorker();
    m_payments = nullptr;
    m_wallet = nullptr;
    SyncFixture::TearDown();
}

void PaymentsFixture::wirePayments()
{
    m_payments = &m_svc->payments();
    m_wallet = &m_svc->wallet();
}

void PaymentsFixture::restartStation()
{
    m_payments = nullptr;
    m_wallet = nullptr;
    reopen();
    wirePayments();
}

void PaymentsFixture::restartMarketWithWallet(std::int64_t walletFen)
{
    auto cfg = defaultMarketConfig();
    cfg.stations.front().walletFen = walletFen;
    startMarket(cfg);
}

void PaymentsFixture::loadReferenceData()
{
    auto o = online();
    auto billers = o.billers();
    ASSERT_TRUE(billers.ok()) << billers.error().detail;
    ASSERT_TRUE(m_payments->storeBillers(*billers).ok());
    auto cities = o.cities();
    ASSERT_TRUE(cities.ok()) << cities.error().detail;
    ASSERT_TRUE(m_payments->storeCities(*cities).ok());
}

std::vector<Post> PaymentsFixture::postings(std::int64_t seq)
{
    std::vector<Post> out;
    if (auto e = m_svc->ledger().entry(seq))
        for (const auto& p : e->postings)
            out.push_back({p.account, p.amount.fen()});
    return out;
}

std::vector<Post> PaymentsFixture::postingsOfOp(const std::string& opId)
{
    SQLite::Statement q(m_db->sql(), "SELECT seq FROM entries WHERE op_id = ?");
    q.bind(1, opId);
    return q.executeStep() ? postings(q.getColumn(0).getInt64()) : std::vector<Post>{};
}

std::int64_t PaymentsFixture::outboxTotal()
{
    SQLite::Statement q(m_db->sql(), "SELECT count(*) FROM outbox");
    q.executeStep();
    return q.getColumn(0).getInt64();
}

std::int64_t PaymentsFixture::paymentRows()
{
    SQLite::Statement q(m_db->sql(), "SELECT count(*) FROM payments");
    q.executeStep();
    return q.getColumn(0).getInt64();
}

void PaymentsFixture::setFee(const std::string& scope, std::int64_t fixedFen, std::int32_t rateBp)
{
    FeeRule rule;
    rule.fixed = Money::fromFen(fixedFen);
    rule.rate = BasisPoints{rateBp};
    auto r = m_svc->fees().setRule(m_supervisor, scope, scope, rule);
    ASSERT_TRUE(r.ok()) << r.error().detail;
}

}  // namespace cz::test
