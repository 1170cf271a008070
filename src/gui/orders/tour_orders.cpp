// Tour section: a cash order from search to receipt, then the parcel it becomes, picked up.

#include "gui/tour.h"

#include "gui/main_window.h"
#include "gui/orders/customer_display.h"
#include "gui/orders/order_history_page.h"
#include "gui/orders/order_page.h"
#include "gui/orders/parcel_page.h"
#include "gui/sync_monitor.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace cz::gui {

namespace {

// What a keyboard-wedge scanner does: the code's keys in one burst, then Enter, into whatever
// widget has the focus.
void scanInto(QWidget* target, const QString& code)
{
    for (QChar c : code) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + (c.unicode() - u'0'), Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
}

}  // namespace

void tourOrders(Tour& t)
{
    auto& svc = t.ctx().svc;
    std::string orderId;
    t.step(QStringLiteral("order-search"), QStringLiteral("代购: searching the catalog by pinyin initials"), [&]() -> QString {
        if (svc.catalog().productCount() == 0)
            return QStringLiteral("the catalog is empty (the marketplace sync did not run)");
        t.window().showHome();
        t.find<QToolButton>(QStringLiteral("orderTile"))->click();
        t.settle();
        auto* search = t.find<QLineEdit>(QStringLiteral("searchEdit"));
        search->setFocus();
        search->setText(QStringLiteral("ky"));  // 矿泉水 … typed as initials
        Q_EMIT search->textEdited(search->text());
        t.waitFor([&] { return t.find<QTableView>(QStringLiteral("resultsView"))->model()->rowCount() > 0; }, 3000);
        return t.find<QTableView>(QStringLiteral("resultsView"))->model()->rowCount() > 0 ? QString()
                                                                                        : QStringLiteral("no results for ky");
    });
    t.step(QStringLiteral("order-cart"), QStringLiteral("a pick from the results and a scanned barcode in the cart"), [&]() -> QString {
        t.find<QPushButton>(QStringLiteral("addButton"))->click();
        // A second product, scanned while the focus is still in the search box.
        const auto hits = svc.catalog().search("shui", 5);
        if (!hits || hits->empty())
            return QStringLiteral("no product to scan");
        scanInto(t.find<QLineEdit>(QStringLiteral("searchEdit")), QString::fromStdString(hits->front().product.barcode));
        t.settle();
        return t.window().orderPage()->cart().size() == 2 ? QString() : QStringLiteral("the cart does not hold two products");
    });
    t.step(QStringLiteral("order-villager"), QStringLiteral("a villager added on the spot"), [&]() -> QString {
        t.window().orderPage()->chooseCustomer();
        t.settle();
        t.find<QLineEdit>(QStringLiteral("nameEdit"))->setText(QStringLiteral("王大爷"));
        t.find<QLineEdit>(QStringLiteral("phoneEdit"))->setText(QStringLiteral("13800135678"));
        t.find<QLineEdit>(QStringLiteral("groupEdit"))->setText(QStringLiteral("三组"));
        t.snap(QStringLiteral("order-villager-new"), t.find<QWidget>(QStringLiteral("customerDialog")));
        t.find<QPushButton>(QStringLiteral("addCustomerButton"))->click();
        t.settle();
        return t.find<QLabel>(QStringLiteral("customerLabel"))->text().contains(QStringLiteral("王大爷"))
                   ? QString()
                   : QStringLiteral("the villager was not chosen");
    });
    t.step(QStringLiteral("order-display"), QStringLiteral("the customer display shows the amount in very large digits"), [&]() -> QString {
        t.window().orderPage()->toggleDisplay();
        t.settle();
        auto* display = t.window().orderPage()->customerDisplay();
        if (!display || !display->isVisible())
            return QStringLiteral("no customer display");
        t.snap(QStringLiteral("customer-display"), display);
        display->hide();
        return {};
    });
    t.step(QStringLiteral("order-tender"), QStringLiteral("cash taken, the change shown big"), [&]() -> QString {
        t.window().orderPage()->openTender();
        t.settle();
        auto* received = t.find<QLineEdit>(QStringLiteral("receivedEdit"));
        if (!received)
            return QStringLiteral("no tender dialog");
        received->setText(QStringLiteral("200"));
        return {};
    }, QStringLiteral("tenderDialog"));
    t.step(QStringLiteral("order-receipt"), QStringLiteral("the receipt, marked pending until the marketplace accepts"), [&]() -> QString {
        const auto before = svc.ledger().entryCount();
        if (!t.clickOk(QStringLiteral("tenderDialog")))
            return QStringLiteral("could not confirm the tender");
        if (svc.ledger().entryCount() != before + 1)
            return QStringLiteral("the sale was not recorded");
        const auto day = svc.orders().ordersOfDay(svc.days().status().open->day);
        if (day.empty())
            return QStringLiteral("no order recorded");
        orderId = day.back().orderId;
        return {};
    }, QStringLiteral("receiptPreviewDialog"));
    if (auto* preview = t.find<QWidget>(QStringLiteral("receiptPreviewDialog")))
        preview->close();
    t.step(QStringLiteral("order-delivered"), QStringLiteral("the marketplace accepts, ships and delivers the parcel to the station"), [&]() -> QString {
        if (orderId.empty())
            return QStringLiteral("no order");
        const bool arrived = t.waitFor(
            [&] {
                if (t.ctx().sync)
                    t.ctx().sync->syncNow();
                auto o = svc.orders().order(orderId);
                return o && o->state == OrderState::Arrived;
            },
            60000);
        t.window().showHistory();
        return arrived ? QString() : QStringLiteral("the parcel did not arrive");
    });
    t.step(QStringLiteral("parcel-shelf"), QStringLiteral("包裹: the courier's parcel scanned onto a shelf"), [&]() -> QString {
        t.window().showParcels();
        const auto waiting = svc.parcels().waiting();
        if (waiting.empty())
            return QStringLiteral("no parcel waiting");
        t.window().parcelPage()->registerArrival(QString::fromStdString(waiting.front().trackingNo));
        t.settle();
        if (auto* preview = t.find<QWidget>(QStringLiteral("receiptPreviewDialog")))
            preview->close();
        t.window().parcelPage()->refresh();
        return svc.parcels().waiting().front().shelfSlot.empty() ? QStringLiteral("no shelf slot") : QString();
    });
    t.step(QStringLiteral("parcel-pickup"), QStringLiteral("the villager gives the last four digits of the phone"), [&]() -> QString {
        auto* edit = t.find<QLineEdit>(QStringLiteral("pickupEdit"));
        edit->setText(QStringLiteral("5678"));
        t.settle();
        return t.find<QListWidget>(QStringLiteral("matchesList"))->count() == 1 ? QString()
                                                                              : QStringLiteral("no parcel for 5678");
    });
    t.step(QStringLiteral("parcel-handed-over"), QStringLiteral("handed over with a pickup slip to sign"), [&]() -> QString {
        t.find<QPushButton>(QStringLiteral("handOverButton"))->click();
        t.settle();
        auto o = svc.orders().order(orderId);
        return o && o->state == OrderState::PickedUp ? QString() : QStringLiteral("the order is not picked up");
    }, QStringLiteral("receiptPreviewDialog"));
    if (auto* preview = t.find<QWidget>(QStringLiteral("receiptPreviewDialog")))
        preview->close();
    t.step(QStringLiteral("orders-history"), QStringLiteral("the day's orders and their states"), [&]() -> QString {
        t.window().showHistory();
        return {};
    });
}

}  // namespace cz::gui
