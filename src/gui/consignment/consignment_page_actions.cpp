// The consignment page's actions: each opens its dialog; the dialog's submit calls the service.

#include "core/uuid.h"
#include "gui/consignment/consignment_dialogs.h"
#include "gui/consignment/consignment_page.h"
#include "gui/consignment/consignment_payout_dialog.h"
#include "gui/gui_text.h"
#include "ui_consignment_page.h"

namespace cz::gui {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

BusinessDay fromQDate(const QDate& d)
{
    return BusinessDay(std::chrono::year_month_day(std::chrono::year(d.year()),
                                                   std::chrono::month(static_cast<unsigned>(d.month())),
                                                   std::chrono::day(static_cast<unsigned>(d.day()))));
}

template <class D>
void openDialog(D* dlg, const QString& name)
{
    dlg->setObjectName(name);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

}  // namespace

void ConsignmentPage::registerFarmer()
{
    if (!m_ctx.session)
        return;
    auto* dlg = new ConsignmentFarmerDialog(
        [this](const FarmerInput& in) -> QString {
            auto r = m_cs.registerFarmer(*m_ctx.session, in);
            if (!r)
                return err(r.error());
            m_farmer = r->id;
            changedLocally(tr("%1 is registered.").arg(QString::fromStdString(r->name)));
            search();
            return {};
        },
        this);
    openDialog(dlg, QStringLiteral("consignmentFarmerDialog"));
}

void ConsignmentPage::newListing()
{
    if (!m_ctx.session || !m_farmer)
        return;
    auto* dlg = new ConsignmentListingDialog(
        *m_farmer, m_ctx.svc.context().today(),
        [this](const ListingInput& in) -> QString {
            auto r = m_cs.createListing(*m_ctx.session, in);
            if (!r)
                return err(r.error());
            showFarmer();
            selectListing(in.listingId);
            showStatus(m_ui->messageLabel, tr("Listing %1 created. Receive the goods, then publish it.")
                                               .arg(QString::fromStdString(r->barcode)),
                       false);
            return {};
        },
        this);
    openDialog(dlg, QStringLiteral("consignmentListingDialog"));
}

void ConsignmentPage::receiveGoods()
{
    const std::string id = currentListing();
    auto l = id.empty() ? std::nullopt : m_cs.listing(id);
    if (!m_ctx.session || !l)
        return;
    const std::string op = newUuid();
    auto* dlg = new ConsignmentStockDialog(
        ConsignmentStockDialog::Mode::Quantity, tr("Receive goods"),
        tr("Weigh or count what %1 brings in (in %2). The farmer gets an intake slip.")
            .arg(QString::fromStdString(l->record.titleZh), qs(consignment::unitSymbol(l->record.unit))),
        100000,
        [this, id, op](std::int64_t qty, Money, const QString& note) -> QString {
            auto r = m_cs.receiveGoods(*m_ctx.session, op, id, qty, note.toStdString(), texts());
            if (!r)
                return err(r.error());
            changedLocally(tr("Received. %1 units are on the shelf.").arg(r->onHand));
            if (r->receipt)
                showReceipt(*r->receipt);
            return {};
        },
        this);
    dlg->setValues(static_cast<int>(l->record.declaredQty), {}, {});
    openDialog(dlg, QStringLiteral("consignmentIntakeDialog"));
}

void ConsignmentPage::publish()
{
    const std::string id = currentListing();
    if (!m_ctx.session || id.empty())
        return;
    auto r = m_cs.publish(*m_ctx.session, newUuid(), id);
    if (!r) {
        showStatus(m_ui->messageLabel, err(r.error()), true);
        return;
    }
    changedLocally(tr("Sent to the marketplace: %1 units. It is pending until the marketplace publishes it.")
                       .arg(r->onHand));
    selectListing(id);
}

void ConsignmentPage::changePrice()
{
    const std::string id = currentListing();
    auto l = id.empty() ? std::nullopt : m_cs.listing(id);
    if (!m_ctx.session || !l)
        return;
    const std::string op = newUuid();
    auto* dlg = new ConsignmentStockDialog(
        ConsignmentStockDialog::Mode::Price, tr("Change the price"),
        tr("A new price the farmer agreed to. Now %1.").arg(money(l->record.unitPrice)), 1,
        [this, id, op](std::int64_t, Money price, const QString&) -> QString {
            auto r = m_cs.changePrice(*m_ctx.session, op, id, price);
            if (!r)
                return err(r.error());
            changedLocally(tr("The price is now %1.").arg(money(price)));
            return {};
        },
        this);
    openDialog(dlg, QStringLiteral("consignmentPriceDialog"));
}

void ConsignmentPage::markDown()
{
    const std::string id = currentListing();
    auto l = id.empty() ? std::nullopt : m_cs.listing(id);
    if (!m_ctx.session || !l)
        return;
    const QString rule = m_cs.markdownRule() == consignment::MarkdownRule::StationAbsorbs
                             ? tr("The station bears the discount: the farmer is still paid %1 a unit.")
                                   .arg(money(l->record.agreedPrice))
                             : tr("The farmer bears the discount: they are paid from the lower price.");
    const std::string op = newUuid();
    auto* dlg = new ConsignmentStockDialog(
        ConsignmentStockDialog::Mode::Price, tr("Mark down"),
        tr("Sell aging goods faster at a lower price (now %1). %2").arg(money(l->record.unitPrice), rule), 1,
        [this, id, op](std::int64_t, Money price, const QString&) -> QString {
            auto r = m_cs.markDown(*m_ctx.session, op, id, price);
            if (!r)
                return err(r.error());
            changedLocally(tr("Marked down to %1.").arg(money(price)));
            return {};
        },
        this);
    openDialog(dlg, QStringLiteral("consignmentMarkdownDialog"));
}

void ConsignmentPage::recordSpoilage()
{
    const std::string id = currentListing();
    auto l = id.empty() ? std::nullopt : m_cs.listing(id);
    if (!m_ctx.session || !l)
        return;
    const std::string op = newUuid();
    auto* dlg = new ConsignmentStockDialog(
        ConsignmentStockDialog::Mode::Quantity, tr("Record spoilage"),
        tr("Goods that went bad leave the shelf. Say why. No money moves: the goods are the farmer's."),
        static_cast<int>(l->onHand),
        [this, id, op](std::int64_t qty, Money, const QString& note) -> QString {
            auto r = m_cs.recordSpoilage(*m_ctx.session, op, id, qty, note.toStdString());
            if (!r)
                return err(r.error());
            changedLocally(tr("Recorded. %1 units are on the shelf.").arg(r->onHand));
            return {};
        },
        this);
    openDialog(dlg, QStringLiteral("consignmentSpoilageDialog"));
}

void ConsignmentPage::returnGoods()
{
    const std::string id = currentListing();
    auto l = id.empty() ? std::nullopt : m_cs.listing(id);
    if (!m_ctx.session || !l)
        return;
    const std::string op = newUuid();
    auto* dlg = new ConsignmentStockDialog(
        ConsignmentStockDialog::Mode::Quantity, tr("Return goods to the farmer"),
        tr("The farmer takes goods back and signs the slip."), static_cast<int>(l->onHand),
        [this, id, op](std::int64_t qty, Money, const QString& note) -> QString {
            auto r = m_cs.returnToFarmer(*m_ctx.session, op, id, qty, note.toStdString(), texts());
            if (!r)
                return err(r.error());
            changedLocally(tr("Returned. %1 units are on the shelf.").arg(r->onHand));
            if (r->receipt)
                showReceipt(*r->receipt);
            return {};
        },
        this);
    dlg->setValues(static_cast<int>(l->onHand), {}, {});
    openDialog(dlg, QStringLiteral("consignmentReturnDialog"));
}

void ConsignmentPage::withdraw()
{
    const std::string id = currentListing();
    if (!m_ctx.session || id.empty())
        return;
    auto r = m_cs.withdraw(*m_ctx.session, newUuid(), id);
    if (!r) {
        showStatus(m_ui->messageLabel, err(r.error()), true);
        return;
    }
    changedLocally(tr("Withdrawn. Sales already made must still be dispatched."));
}

void ConsignmentPage::showLabel()
{
    const std::string id = currentListing();
    auto l = id.empty() ? std::nullopt : m_cs.listing(id);
    if (!l)
        return;
    ShelfLabel label;
    label.title = QString::fromStdString(l->record.titleZh);
    if (auto f = m_cs.farmer(l->record.farmerId))
        label.farmer = tr("Farmer: %1").arg(QString::fromStdString(f->name));
    label.price = money(l->record.unitPrice) + QStringLiteral(" / ") + qs(consignment::unitSymbol(l->record.unit));
    if (l->aging.sellBy)
        label.sellBy = tr("Sell by %1").arg(QString::fromStdString(l->aging.sellBy->toString()));
    label.barcode = QString::fromStdString(l->barcode);
    openDialog(new ConsignmentLabelDialog(label, this), QStringLiteral("consignmentLabelDialog"));
}

void ConsignmentPage::markPacked()
{
    const std::string id = currentSale();
    if (!m_ctx.session || id.empty())
        return;
    auto r = m_cs.markPacked(*m_ctx.session, id);
    if (!r) {
        showStatus(m_ui->messageLabel, err(r.error()), true);
        return;
    }
    showStatus(m_ui->messageLabel, tr("Packed. Dispatch it with the courier's tracking number."), false);
    showFarmer();
    selectSale(id);
}

void ConsignmentPage::dispatchSale()
{
    const std::string id = currentSale();
    auto s = id.empty() ? std::nullopt : m_cs.sale(id);
    if (!m_ctx.session || !s)
        return;
    const std::string op = newUuid();
    auto* dlg = new ConsignmentDispatchDialog(
        tr("%1 × %2 for the buyer. Hand the parcel to the courier and type the tracking number.")
            .arg(QString::number(s->record.quantity) + qs(consignment::unitSymbol(s->record.unit)),
                 QString::fromStdString(s->record.title)),
        [this, id, op](const std::string& courier, const std::string& tracking) -> QString {
            auto r = m_cs.dispatch(*m_ctx.session, op, id, courier, tracking);
            if (!r)
                return err(r.error());
            changedLocally(tr("Dispatched. The marketplace settles the sale into the wallet after delivery."));
            return {};
        },
        this);
    openDialog(dlg, QStringLiteral("consignmentDispatchDialog"));
}

void ConsignmentPage::printStatement()
{
    if (!m_farmer)
        return;
    auto st = m_cs.statement(*m_farmer, fromQDate(m_ui->fromEdit->date()), fromQDate(m_ui->toEdit->date()));
    if (!st) {
        showStatus(m_ui->messageLabel, err(st.error()), true);
        return;
    }
    showReceipt(m_cs.statementDocument(*st, texts(), m_ctx.session ? &*m_ctx.session : nullptr));
}

void ConsignmentPage::payOut()
{
    if (!m_ctx.session || !m_farmer)
        return;
    auto unpaid = m_cs.unpaid(*m_farmer);
    if (!unpaid) {
        showStatus(m_ui->messageLabel, err(unpaid.error()), true);
        return;
    }
    const std::int64_t farmerId = *m_farmer;
    const std::string op = newUuid();  // one payout per dialog: pressing OK twice pays once
    const FarmerStatement st = *unpaid;
    auto* dlg = new ConsignmentPayoutDialog(
        st,
        [this, farmerId, op](Money amount) -> QString {
            auto r = m_cs.payOut(*m_ctx.session, op, farmerId, amount, texts());
            if (!r)
                return err(r.error());
            changedLocally(tr("Paid %1 in cash. Still owed: %2.").arg(money(r->amount), money(r->owedAfter)));
            showReceipt(r->receipt);
            return {};
        },
        [this, st] { showReceipt(m_cs.statementDocument(st, texts(), m_ctx.session ? &*m_ctx.session : nullptr)); },
        this);
    openDialog(dlg, QStringLiteral("consignmentPayoutDialog"));
}

}  // namespace cz::gui
