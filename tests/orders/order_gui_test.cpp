// The whole 代购 flow through the GUI, against the in-process marketplace: search by pinyin
// initials, add by a simulated scan, tender, change shown, receipt produced; exactly the postings
// and the op of ledger.md; then the marketplace accepts, ships, delivers; pickup by phone-4.

#include "gui_fixture.h"
#include "sync_fixture.h"

#include "gui/gui_text.h"
#include "gui/orders/barcode_scanner.h"
#include "gui/orders/order_page.h"
#include "gui/orders/parcel_page.h"
#include "core/uuid.h"
#include "storage/outbox_store.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace cz;
using namespace cz::test;

namespace {

class OrderGui : public GuiFixtureT<SyncFixture> {
protected:
    void SetUp() override
    {
        GuiFixtureT<SyncFixture>::SetUp();
        setOrderFee();
        syncUntilClean();
        openDayWith(500);
        loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        settle();
        ASSERT_EQ(m_window->currentPage(), m_window->orderPage());
    }
    gui::OrderPage* page() const { return m_window->orderPage(); }
    QString message() const { return page()->findChild<QLabel*>(QStringLiteral("messageLabel"))->text(); }
    // A keyboard-wedge scanner: the whole code in one burst and Enter, into whatever has focus.
    void scan(QWidget* target, const QString& code)
    {
        QTest::keyClicks(target, code);
        QTest::keyClick(target, Qt::Key_Return);
        settle();
    }
};

TEST_F(OrderGui, SearchScanTenderReceiptThenDeliveryAndPickup)
{
    // 1. Pinyin initials find the product.
    const auto products = productIds(300);
    CatalogProduct target;
    for (const auto& id : products) {
        auto p = m_svc->catalog().byId(id);
        if (p->nameZh.rfind("康乐", 0) == 0) {
            target = *p;
            break;
        }
    }
    ASSERT_FALSE(target.productId.empty()) << "the generated catalog has 康乐 products";
    auto* search = child<QLineEdit>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("kl"), Qt::NoModifier, 80);  // typed by a person: not a scan
    QTest::qWait(250);
    auto* results = child<QTableView>(QStringLiteral("resultsView"));
    ASSERT_GT(results->model()->rowCount(), 0);
    EXPECT_TRUE(results->model()->index(0, 0).data().toString().startsWith(QStringLiteral("康乐")));
    EXPECT_EQ(search->text(), QStringLiteral("kl"));  // typing reached the field
    // The first result is selected and its details are shown: name, price per unit, barcode.
    const auto top = m_svc->catalog().search("kl", 1).value().front().product;
    const QString detail = child<QLabel>(QStringLiteral("productDetail"))->text();
    EXPECT_TRUE(detail.startsWith(QString::fromStdString(top.nameZh))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(gui::money(top.price))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QString::fromStdString(top.barcode))) << detail.toStdString();
    EXPECT_FALSE(child<QLabel>(QStringLiteral("productImage"))->text().isEmpty() &&
                 child<QLabel>(QStringLiteral("productImage"))->pixmap().isNull());
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(page()->cart().size(), 1u);
    const std::string picked = page()->cart()[0].productId;
    EXPECT_EQ(m_svc->catalog().byId(picked)->nameZh.rfind("康乐", 0), 0u);

    // 2. A scan anywhere on the page adds by barcode, without touching the focused field.
    const auto other = *m_svc->catalog().byId(products.back());
    scan(search, QString::fromStdString(other.barcode));
    ASSERT_EQ(page()->cart().size(), 2u);
    EXPECT_EQ(page()->cart()[1].productId, other.productId);
    EXPECT_EQ(search->text(), QStringLiteral("kl"));
    scan(search, QString::fromStdString(other.barcode));  // the same product again: quantity 2
    ASSERT_EQ(page()->cart().size(), 2u);
    EXPECT_EQ(page()->cart()[1].quantity, 2);

    // 3. Tender: the change is shown big; confirm records the sale and opens the receipt.
    const auto quote = m_svc->orders().quote(page()->cart()).value();
    const Money received = quote.total + Money::fromYuan(20);
    const auto entries = m_svc->ledger().entryCount();
    QTest::keyClick(m_window.get(), Qt::Key_F10);
    settle();
    QDialog* tender = dialog(QStringLiteral("tenderDialog"));
    ASSERT_NE(tender, nullptr);
    tender->findChild<QLineEdit*>(QStringLiteral("receivedEdit"))->setText(QString::fromStdString(formatPlain(received)));
    EXPECT_EQ(tender->findChild<QLabel*>(QStringLiteral("changeAmount"))->text(), QStringLiteral("¥20.00"));
    clickOk(tender);
    ASSERT_EQ(m_svc->ledger().entryCount(), entries + 1);
    EXPECT_NE(dialog(QStringLiteral("receiptPreviewDialog")), nullptr);
    EXPECT_TRUE(page()->cart().empty());
    EXPECT_TRUE(message().contains(QStringLiteral("¥20.00"))) << message().toStdString();

    // 4. Exactly ledger.md's postings and one order.place op.
    const auto e = m_svc->ledger().entry(entries + 1);
    ASSERT_EQ(e->postings.size(), 3u);
    EXPECT_EQ(e->postings[0].account, acct::CashDrawer);
    EXPECT_EQ(e->postings[0].amount, quote.goods + quote.fee);
    EXPECT_EQ(e->postings[1].account, acct::OrdersInTransit);
    EXPECT_EQ(e->postings[1].amount, -quote.goods);
    EXPECT_EQ(e->postings[2].account, acct::ServiceFeeIncome);
    EXPECT_EQ(e->postings[2].amount, -quote.fee);
    const auto ops = OutboxStore(*m_db).list({OutboxState::Queued}, 10);
    ASSERT_EQ(ops.size(), 1u);
    EXPECT_EQ(ops[0].type, "order.place");
    EXPECT_NE(ops[0].payload.find(picked), std::string::npos);
    EXPECT_NE(ops[0].payload.find("\"quantity\":2"), std::string::npos);

    // 5. The marketplace accepts, ships, delivers.
    syncUntilClean();
    m_market->advance(120 + 4 * 3600 + 36 * 3600);
    syncUntilClean();
    const auto orderId = ops[0].refId;
    EXPECT_EQ(m_svc->orders().order(orderId)->state, OrderState::Arrived);
    EXPECT_EQ(stationWallet(), serverWallet());
}

TEST_F(OrderGui, PickupByPhoneLastFourAfterDelivery)
{
    // A sale for a registered villager, delivered.
    auto id = m_svc->customers().add(m_agent, "王大爷", "13800135678", "三组");
    ASSERT_TRUE(id.ok());
    CashOrderRequest req;
    req.opId = newUuid();
    req.orderId = newUuid();
    req.lines = {{productIds(1).front(), 1}};
    req.fee = m_svc->orders().quote(req.lines)->fee;
    req.tendered = Money::fromYuan(1000);
    req.customerId = *id;
    req.customerName = "王大爷";
    req.phone = "13800135678";
    ASSERT_TRUE(m_svc->orders().placeCashOrder(m_agent, req).ok());
    syncUntilClean();
    m_market->advance(120 + 40 * 3600);
    syncUntilClean();

    QTest::keyClick(m_window->orderPage(), Qt::Key_Escape);
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    settle();
    ASSERT_EQ(m_window->currentPage(), m_window->parcelPage());
    // The courier's parcel: its tracking barcode scanned anywhere on the page.
    const auto waiting = m_svc->parcels().waiting();
    ASSERT_EQ(waiting.size(), 1u);
    scan(child<QLineEdit>(QStringLiteral("pickupEdit")), QString::fromStdString(waiting[0].trackingNo));
    EXPECT_FALSE(m_svc->parcels().waiting()[0].shelfSlot.empty());
    if (auto* d = dialog(QStringLiteral("receiptPreviewDialog")))
        d->close();
    auto* pickup = child<QLineEdit>(QStringLiteral("pickupEdit"));
    pickup->clear();
    QTest::keyClicks(pickup, QStringLiteral("0000"), Qt::NoModifier, 60);
    QTest::qWait(100);
    EXPECT_EQ(child<QListWidget>(QStringLiteral("matchesList"))->count(), 0);
    pickup->clear();
    QTest::keyClicks(pickup, QStringLiteral("5678"), Qt::NoModifier, 60);
    QTest::qWait(100);
    ASSERT_EQ(child<QListWidget>(QStringLiteral("matchesList"))->count(), 1);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("handOverButton")), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_svc->orders().order(req.orderId)->state, OrderState::PickedUp);
    EXPECT_NE(dialog(QStringLiteral("receiptPreviewDialog")), nullptr);
    syncUntilClean();
    EXPECT_EQ(m_svc->sync().overview().counts.waiting(), 0);
}

class PoorWalletMarket : public SyncFixture {
protected:
    market::MarketConfig defaultMarketConfig() const override
    {
        auto cfg = SyncFixture::defaultMarketConfig();
        cfg.stations[0].walletFen = 1000;  // ¥10
        return cfg;
    }
};

class OrderGuiPoorWallet : public GuiFixtureT<PoorWalletMarket> {};

TEST_F(OrderGuiPoorWallet, WalletTooLowIsSaidPlainlyAndNoCashIsTaken)
{
    syncUntilClean();
    openDayWith(500);
    loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    settle();
    auto* page = m_window->orderPage();
    const auto p = *m_svc->catalog().byId(productIds(1).front());
    page->addProduct(p.productId, p.price > Money::fromYuan(10) ? 1 : 20);
    settle();
    const QString msg = page->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
    EXPECT_TRUE(msg.contains(QStringLiteral("¥10.00"))) << msg.toStdString();
    const auto entries = m_svc->ledger().entryCount();
    QTest::keyClick(m_window.get(), Qt::Key_F10);
    settle();
    EXPECT_EQ(dialog(QStringLiteral("tenderDialog")), nullptr);
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    EXPECT_EQ(m_svc->sync().overview().counts.queued, 0);
}

}  // namespace
