// The whole consignment path through the page, against the in-process marketplace: register a
// farmer → listing with a photo → intake → publish → the market sells part → dispatch → settle →
// payout; then the drawer, 1300, 2200:<farmer>, 4200 and the wallet exactly as ledger.md says.

#include "gui/consignment/consignment_dialogs.h"
#include "gui/consignment/consignment_page.h"
#include "gui/consignment/consignment_payout_dialog.h"
#include "gui/consignment/shelf_label.h"
#include "gui/gui_context.h"
#include "gui/language.h"
#include "consignment_test_support.h"
#include "sync_fixture.h"

#include <QApplication>
#include <QFile>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace cz::test {
namespace {

class ConsignmentGuiTest : public SyncFixture {
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        m_cs = std::make_unique<ConsignmentService>(m_svc->context(), m_svc->audit(), m_svc->settings());
        // What StationServices will register for consignment.
        m_svc->sync().onEvents({"listing.", "sale."}, [this](const sync::Event& e) { return m_cs->applyEvent(e); });
        m_svc->sync().onOpRejected("listing.", [this](const OutboxOp& op, const sync::OpResult& r) { m_cs->opRejected(op, r); });
        m_svc->sync().onOpRejected("sale.", [this](const OutboxOp& op, const sync::OpResult& r) { m_cs->opRejected(op, r); });
        m_ctx = std::make_unique<gui::GuiContext>(gui::GuiContext{*m_svc, m_agent, nullptr});
        m_page = std::make_unique<gui::ConsignmentPage>(*m_ctx, *m_cs);
        m_page->resize(1280, 800);
        m_page->show();
        m_page->refresh();
        settle();
    }
    void TearDown() override
    {
        m_page.reset();
        m_ctx.reset();
        m_cs.reset();
        SyncFixture::TearDown();
    }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }
    template <class T = QDialog>
    T* dialog(const QString& name)
    {
        auto* d = m_page->findChild<T*>(name);
        return d && d->isVisible() ? d : nullptr;
    }
    void clickOk(QDialog* d)
    {
        ASSERT_NE(d, nullptr);
        QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        settle();
    }
    void closePreview()
    {
        if (auto* d = dialog(QStringLiteral("consignmentReceiptPreview")))
            d->reject();
        settle();
    }

    std::unique_ptr<ConsignmentService> m_cs;
    std::unique_ptr<gui::GuiContext> m_ctx;
    std::unique_ptr<gui::ConsignmentPage> m_page;
};

TEST_F(ConsignmentGuiTest, FarmerToPayoutThroughThePageAgainstTheMarketplace)
{
    syncUntilClean();
    const Money walletBefore = stationWallet();
    ASSERT_EQ(walletBefore, serverWallet());
    openDayWith(500);

    // Register the farmer.
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("registerButton")), Qt::LeftButton);
    auto* fd = dialog<gui::ConsignmentFarmerDialog>(QStringLiteral("consignmentFarmerDialog"));
    ASSERT_NE(fd, nullptr);
    fd->setInput(QStringLiteral("张桂兰"), QStringLiteral("13907361234"), QStringLiteral("三组"),
                 QStringLiteral("43052419660312402X"));
    clickOk(fd);
    ASSERT_TRUE(m_page->currentFarmer());
    const auto farmer = *m_cs->farmer(*m_page->currentFarmer());
    EXPECT_EQ(farmer.idMasked, "**************402X");

    // A listing with a photo picked by path (the file dialog is not needed).
    const QString photo = QString::fromStdString(m_dir.file("apples.png"));
    QImage img(64, 48, QImage::Format_RGB32);
    img.fill(Qt::red);
    ASSERT_TRUE(img.save(photo, "PNG"));
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("newListingButton")), Qt::LeftButton);
    auto* ld = dialog<gui::ConsignmentListingDialog>(QStringLiteral("consignmentListingDialog"));
    ASSERT_NE(ld, nullptr);
    ld->setBasics(QStringLiteral("高山红富士苹果"), QStringLiteral("fruit"), QStringLiteral("jin"), QStringLiteral("4.33"), 10);
    ld->setPhotoPath(photo);
    clickOk(ld);
    ASSERT_EQ(dialog(QStringLiteral("consignmentListingDialog")), nullptr);
    const std::string listingId = m_page->currentListing();
    ASSERT_FALSE(listingId.empty());
    EXPECT_EQ(m_cs->listing(listingId)->record.photoCount, 1);

    // Intake: 10 jin, with the farmer's slip.
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("intakeButton")), Qt::LeftButton);
    clickOk(dialog(QStringLiteral("consignmentIntakeDialog")));
    EXPECT_NE(dialog(QStringLiteral("consignmentReceiptPreview")), nullptr);
    closePreview();
    EXPECT_EQ(m_cs->listing(listingId)->onHand, 10);

    // Publish: pending until the marketplace publishes it.
    m_page->selectListing(listingId);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("publishButton")), Qt::LeftButton);
    auto* table = m_page->findChild<QTableWidget*>(QStringLiteral("listingsTable"));
    EXPECT_TRUE(table->item(0, 4)->text().contains(QStringLiteral("待")) ||
                table->item(0, 4)->text().contains(QStringLiteral("pending")))
        << table->item(0, 4)->text().toStdString();
    syncUntilClean();
    m_market->advance(600);
    syncUntilClean();
    EXPECT_EQ(m_cs->listing(listingId)->state, consignment::ListingState::Active);

    // A buyer buys 3 of the 10 jin.
    admin("/admin/stations/st-1/listings/" + listingId + "/buy", {{"quantity", 3}});
    syncUntilClean();
    m_page->refresh();
    auto sales = m_cs->salesOfFarmer(farmer.id);
    ASSERT_EQ(sales.size(), 1U);
    const auto sale = sales.front().record;
    const std::int64_t gross = 433 * 3;                                                               // 1299
    const std::int64_t fee = applyRate(Money::fromFen(gross), BasisPoints{500}, Rounding::HalfUp).fen();  // 65
    const std::int64_t commission = applyRate(Money::fromFen(gross), BasisPoints{800}, Rounding::HalfUp).fen();  // 104
    const std::int64_t farmerShare = gross - fee - commission;
    EXPECT_EQ(sale.gross.fen(), gross);
    EXPECT_EQ(sale.platformFee.fen(), fee);
    EXPECT_EQ(sale.farmer.fen(), farmerShare);
    EXPECT_EQ(m_cs->listing(listingId)->onHand, 7);
    EXPECT_EQ(m_svc->ledger().balance("1300").fen(), gross - fee);
    EXPECT_EQ(m_svc->ledger().balance(farmer.account).fen(), -farmerShare);

    // Pack and dispatch.
    m_page->selectSale(sale.saleId);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("packButton")), Qt::LeftButton);
    m_page->selectSale(sale.saleId);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("dispatchButton")), Qt::LeftButton);
    auto* dd = dialog<gui::ConsignmentDispatchDialog>(QStringLiteral("consignmentDispatchDialog"));
    ASSERT_NE(dd, nullptr);
    dd->setValues(QStringLiteral("sf"), QStringLiteral("12"));
    clickOk(dd);
    EXPECT_NE(dialog(QStringLiteral("consignmentDispatchDialog")), nullptr);  // a bad tracking number keeps it open
    dd->setValues(QStringLiteral("sf"), QStringLiteral("SF1402938475"));
    clickOk(dd);
    EXPECT_EQ(dialog(QStringLiteral("consignmentDispatchDialog")), nullptr);
    syncUntilClean();
    m_market->advance(24 * 3600);
    syncUntilClean();
    EXPECT_EQ(m_cs->sale(sale.saleId)->state, consignment::SaleState::Settled);

    // Pay out everything owed, the statement first.
    m_page->selectFarmer(farmer.id);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("payoutButton")), Qt::LeftButton);
    auto* pd = dialog<gui::ConsignmentPayoutDialog>(QStringLiteral("consignmentPayoutDialog"));
    ASSERT_NE(pd, nullptr);
    QTest::mouseClick(pd->findChild<QPushButton*>(QStringLiteral("statementButton")), Qt::LeftButton);
    EXPECT_NE(dialog(QStringLiteral("consignmentReceiptPreview")), nullptr);
    closePreview();
    pd->setAmountText(QStringLiteral("99999"));  // more than the drawer and than owed: refused, nothing written
    const auto entries = m_svc->ledger().entryCount();
    clickOk(pd);
    EXPECT_NE(dialog(QStringLiteral("consignmentPayoutDialog")), nullptr);
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    pd->setAmountText(QString::fromStdString(formatPlain(Money::fromFen(farmerShare))));
    clickOk(pd);
    EXPECT_EQ(dialog(QStringLiteral("consignmentPayoutDialog")), nullptr);
    auto* preview = dialog(QStringLiteral("consignmentReceiptPreview"));
    ASSERT_NE(preview, nullptr);
    closePreview();

    auto& ledger = m_svc->ledger();
    EXPECT_EQ(ledger.balance("1000").fen(), 50000 - farmerShare);
    EXPECT_EQ(ledger.balance("1300").fen(), 0);
    EXPECT_EQ(ledger.balance(farmer.account).fen(), 0);
    EXPECT_EQ(ledger.balance("4200").fen(), -commission);
    EXPECT_EQ(stationWallet().fen(), walletBefore.fen() + gross - fee);
    EXPECT_EQ(stationWallet(), serverWallet());
    EXPECT_TRUE(ledger.verify().empty());
}

TEST_F(ConsignmentGuiTest, PayoutLargerThanTheDrawerIsRefusedOnScreen)
{
    openDayWith(1);
    auto f = m_cs->registerFarmer(m_agent, {newUuid(), "李四", "13800002222", "", "", "cash", ""});
    ASSERT_TRUE(f.ok());
    ListingInput in{newUuid(), newUuid(), f->id, "土鸡蛋", "", "eggs", "box", Money::fromFen(5000), 5, std::nullopt,
                    std::nullopt, "", "", {}};
    ASSERT_TRUE(m_cs->createListing(m_agent, in).ok());
    ASSERT_TRUE(m_cs->receiveGoods(m_agent, newUuid(), in.listingId, 5, "", ConsignmentTexts{}).ok());
    {
        WriteTransaction tx(*m_db);
        sync::Event e{newUuid(), {}, "listing.sold", 0,
                      sync::ListingSold{in.listingId, newUuid(), 2, Money::fromFen(5000), Money::fromFen(10000),
                                        Money::fromFen(500)}};
        ASSERT_EQ(m_cs->applyEvent(e).outcome, sync::EventHandler::Outcome::Applied);
        tx.commit();
    }
    m_page->selectFarmer(f->id);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("payoutButton")), Qt::LeftButton);
    auto* pd = dialog<gui::ConsignmentPayoutDialog>(QStringLiteral("consignmentPayoutDialog"));
    ASSERT_NE(pd, nullptr);
    const auto entries = m_svc->ledger().entryCount();
    clickOk(pd);  // the whole 8700 fen owed; the drawer holds 100
    EXPECT_NE(dialog(QStringLiteral("consignmentPayoutDialog")), nullptr);
    EXPECT_FALSE(pd->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().isEmpty());
    EXPECT_EQ(m_svc->ledger().entryCount(), entries);
    EXPECT_EQ(m_cs->owed(f->id).fen(), 8700);
}

TEST(ShelfLabelTest, Ean13ModulesAndPdf)
{
    // 4006381333931: guards 101 / 01010 / 101, 95 modules; first digit 4 → parity LGLLGG.
    const auto m = gui::ean13Modules(QStringLiteral("4006381333931"));
    ASSERT_EQ(m.size(), 95U);
    auto bits = [&](std::size_t from, std::size_t n) {
        std::string out;
        for (std::size_t i = from; i < from + n; ++i)
            out += m[i] ? '1' : '0';
        return out;
    };
    EXPECT_EQ(bits(0, 3), "101");
    EXPECT_EQ(bits(3, 7), "0001101");   // 0 in L
    EXPECT_EQ(bits(10, 7), "0100111");  // 0 in G
    EXPECT_EQ(bits(45, 5), "01010");
    EXPECT_EQ(bits(50, 7), "1000010");  // 3 in R
    EXPECT_EQ(bits(92, 3), "101");
    EXPECT_TRUE(gui::ean13Modules(QStringLiteral("12345")).empty());
    TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("label.pdf"));
    gui::ShelfLabel label{QStringLiteral("红富士苹果"), QStringLiteral("农户：张三"), QStringLiteral("¥4.50 / 斤"),
                          QStringLiteral("2026-12-10"), QString::fromStdString(consignment::shelfBarcode(7))};
    ASSERT_TRUE(gui::exportShelfLabelPdf(label, pdf, 2).ok());
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(4).startsWith("%PDF"));
    const QImage img = gui::renderShelfLabel(label, 480);
    EXPECT_EQ(img.width(), 480);
}

}  // namespace
}  // namespace cz::test
