#include "gui/consignment/consignment_page.h"

#include "core/uuid.h"
#include "gui/consignment/consignment_dialogs.h"
#include "gui/consignment/consignment_payout_dialog.h"
#include "gui/gui_text.h"
#include "gui/printing/receipt_preview_dialog.h"
#include "gui/printing/receipt_text.h"
#include "gui/sync_monitor.h"
#include "ui_consignment_page.h"

#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

namespace cz::gui {

namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QDate toQDate(BusinessDay d)
{
    const auto ymd = d.ymd();
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QString& key)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setData(Qt::UserRole, key);
        t->setItem(row, c, item);
    }
}

}  // namespace

ConsignmentPage::ConsignmentPage(GuiContext& ctx, ConsignmentService& service, QWidget* parent)
    : JobPage(parent), m_ui(std::make_unique<Ui::ConsignmentPage>()), m_ctx(ctx), m_cs(service)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->owedLabel->setObjectName(QStringLiteral("bigAmount"));
    for (auto* t : {m_ui->listingsTable, m_ui->salesTable})
        t->verticalHeader()->hide();
    const QDate today = toQDate(m_ctx.svc.context().today());
    m_ui->fromEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->toEdit->setDate(today);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ConsignmentPage::backRequested);
    connect(m_ui->farmerSearchEdit, &QLineEdit::textChanged, this, &ConsignmentPage::search);
    connect(m_ui->farmerList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_farmer = m_ui->farmerList->item(row)->data(Qt::UserRole).toLongLong();
        showFarmer();
    });
    connect(m_ui->listingsTable, &QTableWidget::itemSelectionChanged, this, &ConsignmentPage::updateButtons);
    connect(m_ui->salesTable, &QTableWidget::itemSelectionChanged, this, &ConsignmentPage::updateButtons);
    const std::pair<QPushButton*, void (ConsignmentPage::*)()> actions[] = {
        {m_ui->registerButton, &ConsignmentPage::registerFarmer}, {m_ui->newListingButton, &ConsignmentPage::newListing},
        {m_ui->intakeButton, &ConsignmentPage::receiveGoods},     {m_ui->publishButton, &ConsignmentPage::publish},
        {m_ui->priceButton, &ConsignmentPage::changePrice},       {m_ui->markdownButton, &ConsignmentPage::markDown},
        {m_ui->spoilButton, &ConsignmentPage::recordSpoilage},    {m_ui->returnButton, &ConsignmentPage::returnGoods},
        {m_ui->withdrawButton, &ConsignmentPage::withdraw},       {m_ui->labelButton, &ConsignmentPage::showLabel},
        {m_ui->packButton, &ConsignmentPage::markPacked},         {m_ui->dispatchButton, &ConsignmentPage::dispatchSale},
        {m_ui->statementButton, &ConsignmentPage::printStatement}, {m_ui->payoutButton, &ConsignmentPage::payOut},
    };
    for (const auto& [button, fn] : actions)
        connect(button, &QPushButton::clicked, this, fn);
    const std::pair<QKeySequence, QPushButton*> keys[] = {
        {QKeySequence(Qt::Key_F5), m_ui->registerButton}, {QKeySequence(Qt::Key_F6), m_ui->newListingButton},
        {QKeySequence(Qt::Key_F7), m_ui->intakeButton},   {QKeySequence(Qt::Key_F10), m_ui->dispatchButton},
        {QKeySequence(Qt::Key_F11), m_ui->payoutButton},  {QKeySequence(Qt::Key_Escape), m_ui->backButton},
    };
    for (const auto& [key, button] : keys) {
        auto* sc = new QShortcut(key, this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
    }
}

ConsignmentPage::~ConsignmentPage() = default;

QString ConsignmentPage::err(const Error& e) const { return errorText(e, *m_ctx.svc.context().zone()); }

ConsignmentTexts ConsignmentPage::texts() const
{
    ConsignmentTexts t;
    auto s = [](const QString& q) { return q.toStdString(); };
    t.captions = receiptCaptions();
    t.intakeTitle = s(tr("Consignment intake slip"));
    t.returnTitle = s(tr("Goods returned to the farmer"));
    t.payoutTitle = s(tr("Farmer payout receipt"));
    t.statementTitle = s(tr("Farmer statement"));
    t.farmer = s(tr("Farmer"));
    t.listing = s(tr("Listing"));
    t.received = s(tr("Received"));
    t.returned = s(tr("Returned"));
    t.onHand = s(tr("Held for the farmer"));
    t.unitPrice = s(tr("Price"));
    t.paidOut = s(tr("Paid out in cash"));
    t.owedBefore = s(tr("Owed before"));
    t.owedAfter = s(tr("Still owed"));
    t.period = s(tr("Period"));
    t.opening = s(tr("Opening balance"));
    t.closing = s(tr("Closing balance"));
    t.sales = s(tr("Sales (gross)"));
    t.platformFees = s(tr("Platform fees"));
    t.commission = s(tr("Station commission"));
    t.absorbed = s(tr("Markdowns borne by the station"));
    t.payouts = s(tr("Payouts"));
    t.sale = s(tr("Sale"));
    t.payout = s(tr("Payout"));
    t.adjustment = s(tr("Adjustment"));
    t.notSettled = s(tr("Not yet settled by the marketplace"));
    t.goodsNotStation = s(tr("The goods remain the farmer's until sold."));
    t.farmerSignature = s(tr("Farmer's signature"));
    t.agentSignature = s(tr("Received by (signature)"));
    t.thanks = s(tr("Thank you"));
    return t;
}

void ConsignmentPage::refresh()
{
    search();
    showFarmer();
    const auto pick = m_cs.pickList();
    m_ui->pickListLabel->setText(pick.empty() ? QString() : tr("%n sale(s) to pack and dispatch", nullptr,
                                                               static_cast<int>(pick.size())));
}

void ConsignmentPage::search()
{
    const auto keep = m_farmer;
    auto found = m_cs.findFarmers(m_ui->farmerSearchEdit->text().toStdString(), 50);
    QSignalBlocker block(m_ui->farmerList);
    m_ui->farmerList->clear();
    if (!found) {
        showStatus(m_ui->messageLabel, err(found.error()), true);
        return;
    }
    for (const auto& f : *found) {
        auto* item = new QListWidgetItem(QString::fromStdString(f.name) + QStringLiteral("  ") +
                                         QString::fromStdString(f.phone) + QStringLiteral("  ") +
                                         QString::fromStdString(f.villageGroup));
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(f.id));
        m_ui->farmerList->addItem(item);
        if (keep && f.id == *keep)
            m_ui->farmerList->setCurrentItem(item);
    }
}

void ConsignmentPage::selectFarmer(std::int64_t farmerId)
{
    m_farmer = farmerId;
    m_ui->farmerSearchEdit->clear();
    search();
    showFarmer();
}

void ConsignmentPage::showFarmer()
{
    if (!m_farmer) {
        m_ui->farmerLabel->setText(tr("Choose or register a farmer."));
        m_ui->owedLabel->clear();
    } else if (auto s = m_cs.summary(*m_farmer)) {
        const auto& f = s->farmer;
        QString text = QStringLiteral("<b>%1</b> %2 %3").arg(QString::fromStdString(f.name).toHtmlEscaped(),
                                                            QString::fromStdString(f.phone).toHtmlEscaped(),
                                                            QString::fromStdString(f.villageGroup).toHtmlEscaped());
        if (!f.idMasked.empty())
            text += QStringLiteral(" · ") + QString::fromStdString(f.idMasked);
        if (s->unsettled.isPositive())
            text += QStringLiteral("<br>") + tr("Of this, %1 is from sales the marketplace has not settled yet.")
                                               .arg(money(s->unsettled));
        m_ui->farmerLabel->setText(text);
        m_ui->owedLabel->setText(money(s->owed));
    }
    fillListings();
    fillSales();
    updateButtons();
}

void ConsignmentPage::fillListings()
{
    auto* t = m_ui->listingsTable;
    const std::string keep = currentListing();
    QSignalBlocker block(t);
    t->clear();
    t->setColumnCount(6);
    t->setHorizontalHeaderLabels({tr("Label"), tr("Title"), tr("Price"), tr("Held"), tr("Marketplace"), tr("Sell by")});
    const auto rows = m_farmer ? m_cs.listingsOfFarmer(*m_farmer) : std::vector<ListingView>{};
    t->setRowCount(static_cast<int>(rows.size()));
    int r = 0;
    for (const auto& v : rows) {
        const QString unit = qs(consignment::unitSymbol(v.record.unit));
        QString state;
        switch (v.state) {
        case consignment::ListingState::Draft: state = tr("not published"); break;
        case consignment::ListingState::Pending: state = tr("in review"); break;
        case consignment::ListingState::Active: state = tr("on sale"); break;
        case consignment::ListingState::Rejected: state = tr("rejected: %1").arg(QString::fromStdString(v.record.reason)); break;
        case consignment::ListingState::Withdrawn: state = tr("withdrawn"); break;
        }
        if (!v.waitingOps.empty())
            state += QStringLiteral(" · ") + tr("pending marketplace confirmation");
        QString sellBy = v.aging.sellBy ? QString::fromStdString(v.aging.sellBy->toString()) : QString();
        if (v.aging.freshness == consignment::Freshness::NearEnd)
            sellBy += QStringLiteral(" ⚠ ") + tr("near the end of its shelf life");
        else if (v.aging.freshness == consignment::Freshness::Expired)
            sellBy += QStringLiteral(" ⚠ ") + tr("past its shelf life");
        setRow(t, r, {QString::fromStdString(v.barcode), QString::fromStdString(v.record.titleZh),
                      money(v.record.unitPrice) + QStringLiteral(" / ") + unit,
                      QString::number(v.onHand) + unit, state, sellBy},
               QString::fromStdString(v.record.listingId));
        if (QString::fromStdString(v.record.listingId).toStdString() == keep)
            t->selectRow(r);
        ++r;
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setStretchLastSection(true);
}

void ConsignmentPage::fillSales()
{
    auto* t = m_ui->salesTable;
    const std::string keep = currentSale();
    QSignalBlocker block(t);
    t->clear();
    t->setColumnCount(6);
    t->setHorizontalHeaderLabels({tr("Sold"), tr("Title"), tr("Quantity"), tr("Gross"), tr("Farmer gets"), tr("State")});
    const auto rows = m_farmer ? m_cs.salesOfFarmer(*m_farmer) : std::vector<SaleView>{};
    t->setRowCount(static_cast<int>(rows.size()));
    int r = 0;
    for (const auto& v : rows) {
        QString state;
        switch (v.state) {
        case consignment::SaleState::AwaitingDispatch: state = tr("to pack"); break;
        case consignment::SaleState::Packed: state = tr("packed"); break;
        case consignment::SaleState::Dispatched: state = tr("dispatched %1").arg(QString::fromStdString(v.record.trackingNo)); break;
        case consignment::SaleState::Settled: state = tr("settled"); break;
        }
        if (v.dispatchWaiting)
            state += QStringLiteral(" · ") + tr("pending marketplace confirmation");
        if (v.record.shortQty > 0)
            state += QStringLiteral(" ⚠ ") + tr("%1 more sold than held").arg(v.record.shortQty);
        if (!v.record.reason.empty() && v.record.shortQty == 0)
            state += QStringLiteral(" — ") + QString::fromStdString(v.record.reason);
        setRow(t, r, {dateTimeText(v.record.soldAt, *m_ctx.svc.context().zone()), QString::fromStdString(v.record.title),
                      QString::number(v.record.quantity) + qs(consignment::unitSymbol(v.record.unit)),
                      money(v.record.gross), money(v.record.farmer), state},
               QString::fromStdString(v.record.saleId));
        if (v.record.saleId == keep)
            t->selectRow(r);
        ++r;
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setStretchLastSection(true);
}

std::string ConsignmentPage::currentListing() const
{
    auto* item = m_ui->listingsTable->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString().toStdString() : std::string();
}

std::string ConsignmentPage::currentSale() const
{
    auto* item = m_ui->salesTable->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString().toStdString() : std::string();
}

void ConsignmentPage::selectListing(const std::string& listingId)
{
    for (int r = 0; r < m_ui->listingsTable->rowCount(); ++r)
        if (m_ui->listingsTable->item(r, 0)->data(Qt::UserRole).toString().toStdString() == listingId) {
            m_ui->listingsTable->setCurrentCell(r, 0);
            m_ui->listingsTable->selectRow(r);
        }
    updateButtons();
}

void ConsignmentPage::selectSale(const std::string& saleId)
{
    for (int r = 0; r < m_ui->salesTable->rowCount(); ++r)
        if (m_ui->salesTable->item(r, 0)->data(Qt::UserRole).toString().toStdString() == saleId) {
            m_ui->salesTable->setCurrentCell(r, 0);
            m_ui->salesTable->selectRow(r);
        }
    updateButtons();
}

void ConsignmentPage::updateButtons()
{
    const bool farmer = m_farmer.has_value();
    const auto l = currentListing().empty() ? std::nullopt : m_cs.listing(currentListing());
    const auto s = currentSale().empty() ? std::nullopt : m_cs.sale(currentSale());
    using LS = consignment::ListingState;
    const bool live = l && consignment::isLive(l->state);
    m_ui->newListingButton->setEnabled(farmer);
    m_ui->intakeButton->setEnabled(l && (l->state == LS::Draft || live));
    m_ui->publishButton->setEnabled(l && l->state == LS::Draft && l->onHand > 0);
    m_ui->priceButton->setEnabled(l && (l->state == LS::Draft || live));
    m_ui->markdownButton->setEnabled(l && (l->state == LS::Draft || live));
    m_ui->spoilButton->setEnabled(l && l->onHand > 0);
    m_ui->returnButton->setEnabled(l && l->onHand > 0);
    m_ui->withdrawButton->setEnabled(l && (l->state == LS::Draft || live));
    m_ui->labelButton->setEnabled(l.has_value());
    m_ui->packButton->setEnabled(s && s->state == consignment::SaleState::AwaitingDispatch);
    m_ui->dispatchButton->setEnabled(s && nextSaleState(s->state, consignment::SaleEvent::Dispatch).has_value());
    m_ui->statementButton->setEnabled(farmer);
    m_ui->payoutButton->setEnabled(farmer && m_cs.owed(*m_farmer).isPositive());
}

void ConsignmentPage::changedLocally(const QString& message)
{
    showStatus(m_ui->messageLabel, message, false);
    showFarmer();
    if (m_ctx.sync) {
        m_ctx.sync->refreshCounts();
        m_ctx.sync->syncNow();
    }
    Q_EMIT changed();
}

void ConsignmentPage::showReceipt(const Receipt& r)
{
    auto* dlg = new ReceiptPreviewDialog(r, ThermalPrinterTarget{}, this);
    dlg->setObjectName(QStringLiteral("consignmentReceiptPreview"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void ConsignmentPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->messageLabel->clear();
        refresh();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
