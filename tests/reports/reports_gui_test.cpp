// 日结 in the GUI (offscreen): the X report, the blind close with pending ops and its Z report,
// the reprint, and the reports page with its charts and CSV export.

#include "gui_fixture.h"
#include "sync_fixture.h"

#include "gui/cash_page.h"
#include "gui/gui_text.h"
#include "gui/printing/receipt_preview_dialog.h"
#include "gui/reports/report_gui_texts.h"
#include "gui/reports/reports_page.h"
#include "storage/outbox_store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPieSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace cz;
using namespace cz::test;

namespace {

class DayCloseGui : public GuiFixtureT<SyncFixture> {
protected:
    void SetUp() override
    {
        GuiFixtureT<SyncFixture>::SetUp();
        setOrderFee();
        syncUntilClean();
    }
    void goToCash()
    {
        loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        settle();
        ASSERT_EQ(m_window->currentPage(), m_window->cashPage());
    }
    void setCount(QDialog* d, const DenominationCount& c)
    {
        for (std::int64_t fen : kDenominations) {
            auto* spin = d->findChild<QSpinBox*>(QStringLiteral("count_%1").arg(fen));
            ASSERT_NE(spin, nullptr);
            const auto it = c.find(fen);
            spin->setValue(it == c.end() ? 0 : static_cast<int>(it->second));
        }
    }
    QString dialogMessage(QDialog* d) { return d->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(); }
};

TEST_F(DayCloseGui, XReportThenABlindCloseWithPendingOpsShowsTheZAndLocksTheDay)
{
    placeOrders(3);  // not synced: three ops wait for the marketplace
    ASSERT_EQ(OutboxStore(*m_db).counts().waiting(), 3);
    goToCash();
    const Money expected = m_svc->days().drawerBalance();

    // X report: nothing written, expected = the drawer.
    const auto entries = m_svc->ledger().entryCount();
    QTest::keyClick(m_window->cashPage(), Qt::Key_F11);
    settle();
    auto* x = qobject_cast<gui::ReceiptPreviewDialog*>(dialog(QStringLiteral("xReportDialog")));
    ASSERT_NE(x, nullptr);
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    bool found = false;
    for (const auto& t : x->receipt().totals)
        found |= t.amount == expected && t.emphasis;
    EXPECT_TRUE(found);
    x->reject();
    settle();

    // Close: the dialog does not show the expected figure until the count is in.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("closeDayButton")), Qt::LeftButton);
    settle();
    QDialog* d = dialog(QStringLiteral("closeDayDialog"));
    ASSERT_NE(d, nullptr);
    for (auto* l : d->findChildren<QLabel*>())
        EXPECT_FALSE(l->isVisible() && l->text().contains(gui::money(expected))) << l->text().toStdString();
    // … nor does the page behind it or the status strip.
    for (auto* l : m_window->findChildren<QLabel*>(QStringLiteral("drawerLabel")))
        EXPECT_FALSE(l->isVisible());
    Money rest;
    setCount(d, greedyCount(expected - Money::fromYuan(2), rest));
    clickOk(d);
    ASSERT_NE(dialog(QStringLiteral("closeDayDialog")), nullptr);
    EXPECT_TRUE(dialogMessage(d).contains(gui::money(expected))) << dialogMessage(d).toStdString();
    EXPECT_TRUE(m_svc->days().status().open.has_value());
    // OK again without a note: refused, nothing written.
    clickOk(d);
    EXPECT_TRUE(m_svc->days().status().open.has_value());
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    d->findChild<QLineEdit*>(QStringLiteral("noteEdit"))->setText(QStringLiteral("少两元"));
    clickOk(d);
    EXPECT_EQ(dialog(QStringLiteral("closeDayDialog")), nullptr);
    EXPECT_FALSE(m_svc->days().status().open.has_value());
    for (auto* l : m_window->findChildren<QLabel*>(QStringLiteral("drawerLabel")))
        EXPECT_TRUE(l->isVisible());

    auto* z = qobject_cast<gui::ReceiptPreviewDialog*>(dialog(QStringLiteral("zReportDialog")));
    ASSERT_NE(z, nullptr);
    const auto day = m_svc->reports().zDays(1).front();
    auto stored = m_svc->reports().zReport(day);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(z->receipt(), *stored);
    std::string pendingLine = gui::reportTexts().pendingHeader;
    pendingLine.replace(pendingLine.find("%1"), 2, "3");
    EXPECT_NE(std::find(stored->notes.begin(), stored->notes.end(), pendingLine), stored->notes.end());
    z->reject();
    settle();

    // The day is locked: only opening the next day is offered; the Z can be reprinted.
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("closeDayButton"))->isEnabled());
    EXPECT_FALSE(child<QPushButton>(QStringLiteral("cashInButton"))->isEnabled());
    EXPECT_TRUE(child<QPushButton>(QStringLiteral("reprintZButton"))->isEnabled());
    QTest::mouseClick(child<QPushButton>(QStringLiteral("reprintZButton")), Qt::LeftButton);
    settle();
    auto* again = qobject_cast<gui::ReceiptPreviewDialog*>(dialog(QStringLiteral("zReportDialog")));
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->receipt(), *stored);
}

TEST_F(DayCloseGui, TheReportsPageDrawsItsChartsAndExportsCsv)
{
    placeOrders(4);
    syncUntilClean();
    loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));
    QTest::keyClick(m_window.get(), Qt::Key_F10);
    settle();
    auto* page = child<gui::ReportsPage>(QStringLiteral("reportsPage"));
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(m_window->currentPage(), page);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("todayButton")), Qt::LeftButton);
    settle();
    EXPECT_EQ(page->report().days.size(), 1U);
    auto* jobs = page->findChild<QTableWidget*>(QStringLiteral("jobsTable"));
    ASSERT_NE(jobs, nullptr);
    EXPECT_EQ(jobs->rowCount(), 4);
    EXPECT_EQ(jobs->item(0, 0)->text(), gui::jobText(Job::Purchase));
    auto* income = page->findChild<QChartView*>(QStringLiteral("incomeChart"));
    ASSERT_NE(income, nullptr);
    ASSERT_EQ(income->chart()->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(income->chart()->series().front());
    ASSERT_NE(bars, nullptr);
    EXPECT_DOUBLE_EQ(bars->barSets().front()->at(0), static_cast<double>(page->report().figures.income().fen()) / 100.0);
    auto* mix = page->findChild<QChartView*>(QStringLiteral("mixChart"));
    ASSERT_EQ(mix->chart()->series().size(), 1);
    EXPECT_EQ(qobject_cast<QPieSeries*>(mix->chart()->series().front())->count(), 1);
    auto* bottom = qobject_cast<QBarCategoryAxis*>(income->chart()->axes(Qt::Horizontal).front());
    ASSERT_NE(bottom, nullptr);
    EXPECT_FALSE(bottom->truncateLabels());
    const QDate today = QDate::fromString(QString::fromStdString(page->report().days.front().day.toString()), Qt::ISODate);
    ASSERT_TRUE(today.isValid());
    EXPECT_EQ(bottom->categories(), QStringList{today.toString(QStringLiteral("MM-dd"))});
    auto* drawer = page->findChild<QChartView*>(QStringLiteral("drawerChart"));
    EXPECT_EQ(drawer->chart()->series().size(), 1);
    // The drawer's line is drawn against dates (days with activity need not be consecutive).
    auto* dates = qobject_cast<QDateTimeAxis*>(drawer->chart()->axes(Qt::Horizontal).front());
    ASSERT_NE(dates, nullptr);
    EXPECT_EQ(dates->min().date(), today);

    const QString path = QString::fromStdString(m_dir.path().string()) + QStringLiteral("/report.csv");
    EXPECT_TRUE(page->exportCsv(path).isEmpty());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QString::fromStdString(gui::reportTexts().serviceFees)));
    // A directory cannot be written: the reason is returned, nothing crashes.
    EXPECT_FALSE(page->exportCsv(QString::fromStdString(m_dir.path().string())).isEmpty());
}

}  // namespace
