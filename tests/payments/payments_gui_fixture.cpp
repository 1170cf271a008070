#include "payments_gui_fixture.h"

#include "gui/payments/payments_bill_tab.h"
#include "gui/payments/payments_ticket_tab.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTest>

namespace cz::test {

void PaymentsGuiFixture::SetUp()
{
    PaymentsFixture::SetUp();
    m_language.apply(QStringLiteral("zh_CN"));
    m_ctx = std::make_unique<gui::GuiContext>(gui::GuiContext{*m_svc, m_agent, nullptr});
    m_page = std::make_unique<gui::PaymentsPage>(*m_ctx, *m_payments, *m_wallet);
    m_page->setObjectName(QStringLiteral("paymentsPage"));
    m_page->resize(1280, 800);
    m_page->show();
    m_walletPage = std::make_unique<gui::PaymentsWalletPage>(*m_ctx, *m_wallet);
    m_walletPage->setObjectName(QStringLiteral("walletPage"));
    m_walletPage->resize(1280, 800);
    settle();
}

void PaymentsGuiFixture::TearDown()
{
    // Let any online call still out finish, so its thread never outlives the test's marketplace.
    waitFor([&] {
        return !m_page->billTab()->busy() && !m_page->ticketTab()->busy() && !m_walletPage->busy();
    });
    m_walletPage.reset();
    m_page.reset();
    m_ctx.reset();
    PaymentsFixture::TearDown();
}

bool PaymentsGuiFixture::waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) {
            ADD_FAILURE() << "timed out waiting";
            return false;
        }
        QTest::qWait(5);
    }
    settle();
    return true;
}

void PaymentsGuiFixture::settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

QDialog* PaymentsGuiFixture::dialog(const QString& objectName) const
{
    auto* d = find<QDialog>(objectName);
    return d && d->isVisible() ? d : nullptr;
}

void PaymentsGuiFixture::clickOk(QDialog* d)
{
    auto* box = d->findChild<QDialogButtonBox*>();
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
}

void PaymentsGuiFixture::closeReceipts()
{
    for (auto* d : m_page->findChildren<QDialog*>(QStringLiteral("receiptPreviewDialog")))
        if (d->isVisible())
            d->close();
    settle();
}

void PaymentsGuiFixture::click(const QString& buttonName)
{
    auto* b = find<QPushButton>(buttonName);
    ASSERT_NE(b, nullptr) << buttonName.toStdString();
    ASSERT_TRUE(b->isEnabled()) << buttonName.toStdString() << " is disabled";
    QTest::mouseClick(b, Qt::LeftButton);
    settle();
}

}  // namespace cz::test
