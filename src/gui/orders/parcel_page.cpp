#include "gui/orders/parcel_page.h"

#include "core/uuid.h"
#include "gui/cash_movement_dialog.h"
#include "gui/gui_text.h"
#include "gui/orders/barcode_scanner.h"
#include "gui/orders/order_gui_texts.h"
#include "services/order_service.h"
#include "ui_parcel_page.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QShortcut>

namespace cz::gui {

ParcelPage::ParcelPage(GuiContext& ctx, QWidget* parent)
    : JobPage(parent), m_ui(std::make_unique<Ui::ParcelPage>()), m_ctx(ctx), m_scanner(new BarcodeScanner(this, this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->waitingTable->verticalHeader()->hide();
    m_ui->waitingTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->backButton, &QPushButton::clicked, this, &ParcelPage::backRequested);
    connect(m_ui->pickupEdit, &QLineEdit::textChanged, this, &ParcelPage::findPickup);
    connect(m_ui->pickupEdit, &QLineEdit::returnPressed, this, &ParcelPage::handOver);
    connect(m_ui->handOverButton, &QPushButton::clicked, this, &ParcelPage::handOver);
    connect(m_ui->trackingEdit, &QLineEdit::returnPressed, this, [this] { registerArrival(m_ui->trackingEdit->text().trimmed()); });
    connect(m_ui->arrivalButton, &QPushButton::clicked, this, [this] { registerArrival(m_ui->trackingEdit->text().trimmed()); });
    // A courier's tracking barcode scanned anywhere on the page registers the arrival.
    connect(m_scanner, &BarcodeScanner::scanned, this, &ParcelPage::registerArrival);
    connect(m_ui->returnButton, &QPushButton::clicked, this, &ParcelPage::returnSelected);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &ParcelPage::backRequested);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, [this] { m_ui->pickupEdit->setFocus(); });
    auto* f6 = new QShortcut(QKeySequence(Qt::Key_F6), this);
    connect(f6, &QShortcut::activated, this, [this] { m_ui->trackingEdit->setFocus(); });
}

ParcelPage::~ParcelPage() = default;

void ParcelPage::refresh()
{
    auto& parcels = m_ctx.svc.parcels();
    const auto zone = m_ctx.svc.context().zone();
    m_waiting = parcels.waiting();
    const auto expected = parcels.expected();
    int unclaimed = 0;
    m_ui->waitingTable->clear();
    m_ui->waitingTable->setColumnCount(6);
    m_ui->waitingTable->setHorizontalHeaderLabels(
        {tr("Shelf"), tr("Villager"), tr("Phone"), tr("Pickup code"), tr("Arrived"), tr("Tracking no.")});
    m_ui->waitingTable->setRowCount(static_cast<int>(m_waiting.size()));
    for (int i = 0; i < static_cast<int>(m_waiting.size()); ++i) {
        const auto& p = m_waiting[static_cast<std::size_t>(i)];
        const bool old = parcels.isUnclaimed(p);
        unclaimed += old ? 1 : 0;
        const QStringList cells{QString::fromStdString(p.shelfSlot.empty() ? "—" : p.shelfSlot),
                                QString::fromStdString(p.customerName), QString::fromStdString(maskPhone(p.phone)),
                                QString::fromStdString(p.pickupCode),
                                p.arrivedAt ? dateTimeText(*p.arrivedAt, *zone) : QString(),
                                QString::fromStdString(p.trackingNo)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (old) {
                item->setBackground(QColor(255, 214, 204));
                item->setToolTip(tr("Waiting for more than %1 days").arg(parcels.unclaimedDays()));
            }
            m_ui->waitingTable->setItem(i, c, item);
        }
    }
    m_ui->waitingTable->resizeColumnsToContents();
    m_ui->waitingCaption->setText(tr("Waiting at the station: %1 (%2 waiting too long) · expected from couriers: %3")
                                      .arg(m_waiting.size())
                                      .arg(unclaimed)
                                      .arg(expected.size()));
    findPickup();
}

void ParcelPage::findPickup()
{
    m_ui->matchesList->clear();
    m_matches = m_ctx.svc.parcels().findForPickup(m_ui->pickupEdit->text().trimmed().toStdString());
    for (const auto& p : m_matches)
        m_ui->matchesList->addItem(tr("%1 · shelf %2 · %3").arg(QString::fromStdString(p.customerName),
                                                                 QString::fromStdString(p.shelfSlot),
                                                                 QString::fromStdString(p.trackingNo)));
    if (!m_matches.empty())
        m_ui->matchesList->setCurrentRow(0);
    m_ui->handOverButton->setEnabled(!m_matches.empty());
}

void ParcelPage::handOver()
{
    const int row = m_ui->matchesList->currentRow();
    if (!m_ctx.session || row < 0 || row >= static_cast<int>(m_matches.size())) {
        showStatus(m_ui->messageLabel, tr("No parcel waits for that code or phone."), true);
        return;
    }
    auto r = m_ctx.svc.parcels().pickUp(*m_ctx.session, newUuid(), m_matches[static_cast<std::size_t>(row)].parcelKey,
                                        orderTexts());
    if (!r) {
        showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    showStatus(m_ui->messageLabel,
               tr("Handed over to %1 from shelf %2.").arg(QString::fromStdString(r->parcel.customerName),
                                                          QString::fromStdString(r->parcel.shelfSlot)),
               false);
    if (auto receipt = m_ctx.svc.ledger().receipt(r->receiptNumber))
        showReceipt(this, *receipt, m_ctx.svc.settings());
    m_ui->pickupEdit->clear();
    refresh();
    Q_EMIT changed();
}

void ParcelPage::registerArrival(const QString& trackingNo)
{
    if (!m_ctx.session)
        return;
    auto r = m_ctx.svc.parcels().scanArrival(*m_ctx.session, newUuid(), trackingNo.toStdString(), orderTexts());
    if (!r) {
        showStatus(m_ui->messageLabel, r.error().code == Errc::InvalidInput ? tr("A tracking number has 6 to 40 characters.")
                                                                            : errorText(r.error(), *m_ctx.svc.context().zone()),
                   true);
        return;
    }
    showStatus(m_ui->messageLabel,
               tr("Put it on shelf %1. Pickup code %2.").arg(QString::fromStdString(r->parcel.shelfSlot),
                                                             QString::fromStdString(r->parcel.pickupCode)),
               false);
    if (auto receipt = m_ctx.svc.ledger().receipt(r->receiptNumber))
        showReceipt(this, *receipt, m_ctx.svc.settings());
    m_ui->trackingEdit->clear();
    refresh();
}

void ParcelPage::returnSelected()
{
    const auto rows = m_ui->waitingTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_ctx.session) {
        showStatus(m_ui->messageLabel, tr("Select the parcel that goes back."), true);
        return;
    }
    const auto parcel = m_waiting[static_cast<std::size_t>(rows.first().row())];
    auto* dlg = new QInputDialog(this);
    dlg->setObjectName(QStringLiteral("returnDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(tr("Return to sender"));
    dlg->setLabelText(tr("Why does the parcel go back?"));
    dlg->setComboBoxEditable(true);
    dlg->setComboBoxItems({tr("The villager refused it"), tr("Damaged"), tr("Not collected in time")});
    connect(dlg, &QInputDialog::textValueSelected, this, [this, parcel](const QString& reason) {
        auto r = m_ctx.svc.parcels().returnToSender(*m_ctx.session, newUuid(), parcel.parcelKey, reason.toStdString());
        if (!r) {
            showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
            return;
        }
        showStatus(m_ui->messageLabel, tr("It goes back to the sender. The refund will come with the marketplace's answer."),
                   false);
        refresh();
        Q_EMIT changed();
    });
    dlg->open();
}

void ParcelPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->messageLabel->clear();
        refresh();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
