// Range reports over the journal and the business tables: income by job and by clerk, top
// products, orders by state, the drawer over the days, the Taobao-village indicators and the CSV.

#include "sync_fixture.h"

#include "core/accounts.h"
#include "core/uuid.h"

using namespace cz;
using namespace cz::test;
using namespace std::chrono;

namespace {

class Ranges : public SyncFixture {
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        setOrderFee();
        syncUntilClean();
    }
};

TEST_F(Ranges, IncomeByJobAndClerkTopProductsStatesAndTheCsv)
{
    const auto ids = placeOrders(4);  // opens the day, four one-line orders by the agent
    ASSERT_EQ(ids.size(), 4U);
    syncUntilClean();
    const auto day = m_svc->days().status().open->day;
    auto r = m_svc->reports().range(day, day);
    const Money fees = m_svc->ledger().balance(acct::ServiceFeeIncome);
    EXPECT_EQ(r.figures.serviceFees, -fees);
    EXPECT_EQ(r.figures.jobs.at(Job::Purchase).income, -fees - m_svc->ledger().balance(acct::OrderCommissionIncome));
    ASSERT_FALSE(r.clerks.empty());
    Money clerkIncome;
    for (const auto& c : r.clerks)
        clerkIncome += c.income;
    EXPECT_EQ(clerkIncome, r.figures.income());
    bool agent = false;
    for (const auto& c : r.clerks)
        agent |= c.userId == m_agent.userId && c.name == m_agent.userName && c.income.isPositive();
    EXPECT_TRUE(agent);
    ASSERT_FALSE(r.topProducts.empty());
    for (std::size_t i = 1; i < r.topProducts.size(); ++i)
        EXPECT_GE(r.topProducts[i - 1].amountFen, r.topProducts[i].amountFen);
    std::int64_t orders = 0;
    for (const auto& s : r.ordersByState)
        orders += s.orders;
    EXPECT_EQ(orders, 4);
    ASSERT_EQ(r.days.size(), 1U);
    EXPECT_EQ(r.days.front().drawerEnd, m_svc->days().drawerBalance());

    ReportTexts t;
    t.csvItem = "项目, \"名称\"";
    const std::string csv = m_svc->reports().rangeCsv(r, t);
    ASSERT_GE(csv.size(), 3U);
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(csv.find("Section,\"项目, \"\"名称\"\"\",Amount (yuan),Count\r\n"), std::string::npos);
    EXPECT_NE(csv.find("Totals,Service fees," + csvAmount(-fees) + ",\r\n"), std::string::npos);
    // Every line has four fields (no stray separators), counting quoted commas as text.
    std::size_t lines = 0;
    bool inQuotes = false;
    int commas = 0;
    for (std::size_t i = 3; i < csv.size(); ++i) {
        const char c = csv[i];
        if (c == '"')
            inQuotes = !inQuotes;
        else if (c == ',' && !inQuotes)
            ++commas;
        else if (c == '\n' && !inQuotes) {
            EXPECT_EQ(commas, 3) << "line " << lines;
            commas = 0;
            ++lines;
        }
    }
    EXPECT_GT(lines, 10U);

    // An empty range is empty, not an error.
    auto none = m_svc->reports().range(day.plusDays(-30), day.plusDays(-20));
    EXPECT_TRUE(none.days.empty());
    EXPECT_EQ(none.figures.entries, 0);
}

}  // namespace
