#include "gui_fixture.h"

#include "core/accounts.h"
#include "gui/cash_page.h"
#include "gui/denomination_dialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace cz;
using namespace cz::test;

namespace {

class CashGui : public test::GuiFixture {
protected:
    void goToCash()
    {
        loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        settle();
        ASSERT_EQ(m_window->currentPage(), m_window->cashPage());
    }
    void count(QDialog* d, std::int64_t fen, int n)
    {
        auto* spin = d->findChild<QSpinBox*>(QStringLiteral("count_%1").arg(fen));
        ASSERT_NE(spin, nullptr);
        spin->setValue(n);
    }
    QString pageMessage() const { return m_window->cashPage()->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(); }
};

TEST_F(CashGui, OpeningTheDayThroughTheCashPagePostsTheFloat)
{
    goToCash();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("openDayButton")), Qt::LeftButton);
    settle();
    QDialog* d = dialog(QStringLiteral("openDayDialog"));
    ASSERT_NE(d, nullptr);
    count(d, 10000, 2);
    count(d, 2000, 3);
    count(d, 50, 1);
    count(d, 10, 4);
    EXPECT_EQ(d->findChild<QLabel*>(QStringLiteral("bigAmount"))->text(), QStringLiteral("¥260.90"));
    clickOk(d);
    EXPECT_EQ(dialog(QStringLiteral("openDayDialog")), nullptr);

    const auto st = m_svc->days().status();
    ASSERT_TRUE(st.open.has_value());
    EXPECT_EQ(st.drawer.fen(), 26090);
    const auto e = m_svc->ledger().entry(1);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->kind, "opening_float");
    ASSERT_EQ(e->postings.size(), 2u);
    EXPECT_EQ(e->postings[0].account, acct::CashDrawer);
    EXPECT_EQ(e->postings[0].amount.fen(), 26090);
    EXPECT_EQ(e->postings[1].account, acct::OwnerEquity);
    EXPECT_EQ(e->postings[1].amount.fen(), -26090);
    EXPECT_EQ(e->userId, m_agent.userId);
    // The page and the status strip show it.
    EXPECT_EQ(m_window->cashPage()->findChild<QLabel*>(QStringLiteral("bigAmount"))->text(), QStringLiteral("¥260.90"));
    EXPECT_TRUE(child<QLabel>(QStringLiteral("drawerLabel"))->text().contains(QStringLiteral("¥260.90")));
    EXPECT_EQ(child<QTableView>(QStringLiteral("movementsView"))->model()->rowCount(), 1);
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("openDayButton"))->isEnabled());
}

TEST_F(CashGui, TakingOutMoreThanTheDrawerHoldsIsRefusedAndWritesNothing)
{
    openDayWith(100);
    goToCash();
    QTest::keyClick(m_window->cashPage(), Qt::Key_F7);
    settle();
    QDialog* d = dialog(QStringLiteral("cashOutDialog"));
    ASSERT_NE(d, nullptr);
    const auto before = m_svc->ledger().entryCount();
    auto* amount = d->findChild<QLineEdit*>(QStringLiteral("amountEdit"));
    QTest::keyClicks(amount, QStringLiteral("100.01"));
    d->findChild<QComboBox*>()->setEditText(QStringLiteral("取现"));
    clickOk(d);
    ASSERT_NE(dialog(QStringLiteral("cashOutDialog")), nullptr);  // stays open with the reason
    EXPECT_TRUE(d->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("钱箱里没有这么多现金")));
    EXPECT_EQ(m_svc->ledger().entryCount(), before);

    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("1.234"));
    clickOk(d);
    EXPECT_TRUE(d->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("两位")));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("40"));
    clickOk(d);
    EXPECT_EQ(dialog(QStringLiteral("cashOutDialog")), nullptr);
    EXPECT_EQ(m_svc->days().drawerBalance().fen(), 6000);
}

TEST_F(CashGui, CloseWithALargeShortageNeedsTheSupervisorsPin)
{
    openDayWith(500);
    goToCash();
    QTest::mouseClick(child<QPushButton>(QStringLiteral("closeDayButton")), Qt::LeftButton);
    settle();
    QDialog* d = dialog(QStringLiteral("closeDayDialog"));
    ASSERT_NE(d, nullptr);
    count(d, 10000, 4);  // ¥100 short, over the ¥50 limit
    d->findChild<QLineEdit*>(QStringLiteral("noteEdit"))->setText(QStringLiteral("少一张百元"));
    clickOk(d);  // blind count: the first OK shows the expected figure and the difference
    EXPECT_TRUE(m_svc->days().status().open.has_value());
    clickOk(d);
    QDialog* sup = dialog(QStringLiteral("supervisorDialog"));
    ASSERT_NE(sup, nullptr);
    EXPECT_TRUE(m_svc->days().status().open.has_value());
    sup->findChild<QLineEdit*>(QStringLiteral("pinEdit"))->setText(QStringLiteral("0000"));
    clickOk(sup);
    EXPECT_NE(dialog(QStringLiteral("supervisorDialog")), nullptr);
    EXPECT_TRUE(m_svc->days().status().open.has_value());
    sup->findChild<QLineEdit*>(QStringLiteral("pinEdit"))->setText(QStringLiteral("2580"));
    clickOk(sup);
    EXPECT_FALSE(m_svc->days().status().open.has_value());
    EXPECT_EQ(m_svc->days().drawerBalance().fen(), 40000);
    EXPECT_TRUE(pageMessage().contains(QStringLiteral("王站长"))) << pageMessage().toStdString();
}

}  // namespace
