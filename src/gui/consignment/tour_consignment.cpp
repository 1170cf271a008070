// Tour section: 代卖 — a farmer, a listing with a photo, intake with its slip and shelf label,
// publishing, a sale on the marketplace, dispatch, settlement and the farmer's cash payout.

#include "gui/consignment/consignment_dialogs.h"
#include "gui/consignment/consignment_page.h"
#include "gui/consignment/consignment_payout_dialog.h"
#include "gui/main_window.h"
#include "gui/sync_monitor.h"
#include "gui/tour.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>

namespace cz::gui {

namespace {

void closeDialog(Tour& t, const QString& name)
{
    if (auto* d = t.find<QDialog>(name); d && d->isVisible())
        d->reject();
    t.settle();
}

QString writeDemoPhoto(const QDir& dir)
{
    QImage img(480, 360, QImage::Format_RGB32);
    img.fill(QColor(250, 245, 230));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 6; ++i) {
        p.setBrush(QColor(200 + i * 8, 40 + i * 10, 40));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(90 + (i % 3) * 150, 110 + (i / 3) * 140), 60, 56);
    }
    p.end();
    const QString path = dir.filePath(QStringLiteral("apples.png"));
    img.save(path, "PNG");
    return path;
}

}  // namespace

void tourConsignment(Tour& t)
{
    auto* page = t.find<ConsignmentPage>(QStringLiteral("consignmentPage"));
    t.step(QStringLiteral("consignment"), QStringLiteral("the consignment page: farmers, listings, sales"), [&]() -> QString {
        if (!page)
            return QStringLiteral("no consignment page");
        t.window().showJob(page);
        return {};
    });
    if (!page)
        return;
    auto& cs = page->service();
    t.step(QStringLiteral("consignment-farmer"), QStringLiteral("registering a farmer (the ID number is kept masked)"),
           [&]() -> QString {
               page->registerFarmer();
               auto* d = t.find<ConsignmentFarmerDialog>(QStringLiteral("consignmentFarmerDialog"));
               if (!d)
                   return QStringLiteral("no farmer dialog");
               d->setInput(QStringLiteral("张桂兰"), QStringLiteral("13907361234"), QStringLiteral("李家村三组"),
                           QStringLiteral("43052419660312402X"));
               return {};
           },
           QStringLiteral("consignmentFarmerDialog"));
    t.step(QStringLiteral("consignment-farmer-done"), QStringLiteral("the farmer is registered"), [&]() -> QString {
        if (!t.clickOk(QStringLiteral("consignmentFarmerDialog")))
            return QStringLiteral("dialog not open");
        return page->currentFarmer() ? QString() : QStringLiteral("no farmer selected");
    });
    const QString photo = writeDemoPhoto(QDir::temp());
    t.step(QStringLiteral("consignment-listing"), QStringLiteral("a listing with a photo from a file"), [&]() -> QString {
        page->newListing();
        auto* d = t.find<ConsignmentListingDialog>(QStringLiteral("consignmentListingDialog"));
        if (!d)
            return QStringLiteral("no listing dialog");
        d->setBasics(QStringLiteral("高山红富士苹果"), QStringLiteral("fruit"), QStringLiteral("jin"), QStringLiteral("4.5"), 60);
        d->setPhotoPath(photo);
        return d->addPhoto();
    }, QStringLiteral("consignmentListingDialog"));
    t.step(QStringLiteral("consignment-listing-done"), QStringLiteral("the listing is created as a draft"), [&]() -> QString {
        if (!t.clickOk(QStringLiteral("consignmentListingDialog")))
            return QStringLiteral("dialog not open");
        return page->currentListing().empty() ? QStringLiteral("no listing") : QString();
    });
    const std::string listingId = page->currentListing();
    t.step(QStringLiteral("consignment-intake"), QStringLiteral("60 jin weighed in: the farmer's intake slip"), [&]() -> QString {
        page->receiveGoods();
        if (!t.clickOk(QStringLiteral("consignmentIntakeDialog")))
            return QStringLiteral("no intake dialog");
        auto l = cs.listing(listingId);
        return l && l->onHand == 60 ? QString() : QStringLiteral("stock is not 60");
    }, QStringLiteral("consignmentReceiptPreview"));
    closeDialog(t, QStringLiteral("consignmentReceiptPreview"));
    t.step(QStringLiteral("consignment-label"), QStringLiteral("the shelf label with its EAN-13, saved as PDF"), [&]() -> QString {
        page->selectListing(listingId);
        page->showLabel();
        auto* d = t.find<ConsignmentLabelDialog>(QStringLiteral("consignmentLabelDialog"));
        if (!d)
            return QStringLiteral("no label dialog");
        d->setPdfPath(QDir::temp().filePath(QStringLiteral("tour-shelf-label.pdf")));
        return d->savePdf();
    }, QStringLiteral("consignmentLabelDialog"));
    closeDialog(t, QStringLiteral("consignmentLabelDialog"));
    t.step(QStringLiteral("consignment-published"), QStringLiteral("published: pending until the marketplace confirms"),
           [&]() -> QString {
               page->selectListing(listingId);
               page->publish();
               if (t.ctx().sync)
                   t.ctx().sync->syncNow();
               const bool ok = t.waitFor([&] {
                   auto l = cs.listing(listingId);
                   return l && l->state == consignment::ListingState::Active && !l->pending();
               }, 30000);
               page->refresh();
               return ok ? QString() : QStringLiteral("the marketplace did not publish the listing");
           });
    std::string saleId;
    t.step(QStringLiteral("consignment-sold"), QStringLiteral("buyers buy part of it; the sale is booked for the farmer"),
           [&]() -> QString {
               const bool sold = t.waitFor([&] {
                   if (t.ctx().sync)
                       t.ctx().sync->syncNow();
                   auto sales = cs.salesOfFarmer(*page->currentFarmer());
                   if (!sales.empty())
                       saleId = sales.back().record.saleId;
                   return !saleId.empty();
               }, 30000);
               page->refresh();
               return sold ? QString() : QStringLiteral("no buyer came (the tour's marketplace needs buyers)");
           });
    t.step(QStringLiteral("consignment-dispatch"), QStringLiteral("packing and dispatching with a tracking number"),
           [&]() -> QString {
               if (saleId.empty())
                   return QStringLiteral("no sale");
               page->selectSale(saleId);
               page->dispatchSale();
               auto* d = t.find<ConsignmentDispatchDialog>(QStringLiteral("consignmentDispatchDialog"));
               if (!d)
                   return QStringLiteral("no dispatch dialog");
               d->setValues(QStringLiteral("sf"), QStringLiteral("SF1402938475"));
               return {};
           }, QStringLiteral("consignmentDispatchDialog"));
    t.step(QStringLiteral("consignment-settled"), QStringLiteral("the marketplace settles the sale into the wallet"),
           [&]() -> QString {
               if (!t.clickOk(QStringLiteral("consignmentDispatchDialog")))
                   return QStringLiteral("dialog not open");
               const bool settled = t.waitFor([&] {
                   if (t.ctx().sync)
                       t.ctx().sync->syncNow();
                   auto s = cs.sale(saleId);
                   return s && s->state == consignment::SaleState::Settled;
               }, 30000);
               page->refresh();
               return settled ? QString() : QStringLiteral("the sale was not settled");
           });
    t.step(QStringLiteral("consignment-payout"), QStringLiteral("paying the farmer: everything unpaid, statement first"),
           [&]() -> QString {
               page->selectFarmer(*page->currentFarmer());
               page->payOut();
               return t.find<ConsignmentPayoutDialog>(QStringLiteral("consignmentPayoutDialog")) ? QString()
                                                                                                : QStringLiteral("no payout dialog");
           }, QStringLiteral("consignmentPayoutDialog"));
    t.step(QStringLiteral("consignment-paid"), QStringLiteral("paid in cash; the receipt has the farmer's signature line"),
           [&]() -> QString {
               const auto farmerId = *page->currentFarmer();
               const Money owedBefore = cs.owed(farmerId);
               const auto paidBefore = cs.payouts(farmerId).size();
               if (!t.clickOk(QStringLiteral("consignmentPayoutDialog")))
                   return QStringLiteral("dialog not open");
               // Buyers keep buying in the background, so "owed" may have grown again since: the
               // check is that one payout of everything owed at the time was recorded.
               const auto paid = cs.payouts(farmerId);
               if (paid.size() != paidBefore + 1)
                   return QStringLiteral("no payout was recorded");
               return paid.front().amount == owedBefore  // newest first
                          ? QString()
                          : QStringLiteral("the payout is not what the farmer was owed");
           }, QStringLiteral("consignmentReceiptPreview"));
    closeDialog(t, QStringLiteral("consignmentReceiptPreview"));
}

}  // namespace cz::gui
