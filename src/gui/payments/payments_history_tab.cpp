#include "gui/payments/payments_history_tab.h"

#include "core/uuid.h"
#include "gui/gui_text.h"
#include "gui/payments/payments_cash_dialog.h"
#include "gui/payments/payments_model.h"
#include "gui/payments/payments_text.h"
#include "ui_payments_history_tab.h"

#include <QEvent>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>

namespace cz::gui {

PaymentsHistoryTab::PaymentsHistoryTab(PaymentsContext& ctx, QWidget* parent)
    : PaymentsTab(parent), m_ui(std::make_unique<Ui::PaymentsHistoryTab>()), m_ctx(ctx), m_model(new PaymentsModel(this))
{
    m_ui->setupUi(this);
    m_ui->paymentsView->setModel(m_model);
    m_ui->paymentsView->verticalHeader()->hide();
    m_ui->paymentsView->horizontalHeader()->setSectionResizeMode(PaymentsModel::What, QHeaderView::Stretch);
    fillFilters();
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, &PaymentsHistoryTab::refresh);
    connect(m_ui->paymentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PaymentsHistoryTab::selectionChanged);
    connect(m_ui->payRefundButton, &QPushButton::clicked, this, &PaymentsHistoryTab::payRefund);
    connect(m_ui->ticketRefundButton, &QPushButton::clicked, this, &PaymentsHistoryTab::refundTicket);
    connect(m_ui->confirmationButton, &QPushButton::clicked, this, &PaymentsHistoryTab::printConfirmation);
    connect(m_ui->reprintButton, &QPushButton::clicked, this, &PaymentsHistoryTab::reprint);
    selectionChanged();
}

PaymentsHistoryTab::~PaymentsHistoryTab() = default;

void PaymentsHistoryTab::status(const QString& text, bool error) { showStatus(m_ui->statusLabel, text, error); }

void PaymentsHistoryTab::fillFilters()
{
    const int current = std::max(0, m_ui->filterCombo->currentIndex());
    const QSignalBlocker block(m_ui->filterCombo);
    m_ui->filterCombo->clear();
    m_ui->filterCombo->addItem(tr("Today's payments"));
    m_ui->filterCombo->addItem(tr("Waiting for the marketplace or a refund"));
    m_ui->filterCombo->addItem(tr("Latest 200"));
    m_ui->filterCombo->setCurrentIndex(current);
}

void PaymentsHistoryTab::setFilter(Filter f) { m_ui->filterCombo->setCurrentIndex(static_cast<int>(f)); }

void PaymentsHistoryTab::refresh()
{
    const auto keep = selected();
    auto& svc = m_ctx.gui.svc;
    const auto st = svc.days().status();
    const BusinessDay day = st.open ? st.open->day : svc.context().today();
    std::vector<PaymentRecord> rows;
    switch (static_cast<Filter>(m_ui->filterCombo->currentIndex())) {
    case Filter::Today: rows = m_ctx.payments.ofDay(day); break;
    case Filter::Waiting: rows = m_ctx.payments.open(); break;
    case Filter::Recent: rows = m_ctx.payments.recent(200); break;
    }
    m_model->setRows(std::move(rows), svc.context().zone());
    m_ui->paymentsView->resizeColumnsToContents();
    QStringList totals;
    Money fees;
    for (const auto& t : m_ctx.payments.dayTotals(day)) {
        totals << tr("%1: %2 × %3").arg(paymentKindText(t.kind)).arg(t.count).arg(money(t.amount));
        fees += t.kind == PaymentKind::Assisted ? t.amount : t.fees;
    }
    m_ui->summaryLabel->setText(totals.isEmpty() ? tr("No payments on %1 yet.").arg(QString::fromStdString(day.toString()))
                                                 : tr("%1 — %2; station's income %3")
                                                       .arg(QString::fromStdString(day.toString()), totals.join(QStringLiteral(", ")),
                                                            money(fees)));
    if (keep)
        select(keep->paymentId);
    selectionChanged();
}

bool PaymentsHistoryTab::select(const std::string& paymentId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->row(r)->paymentId == paymentId) {
            m_ui->paymentsView->selectRow(r);
            return true;
        }
    }
    return false;
}

std::optional<PaymentRecord> PaymentsHistoryTab::selected() const
{
    const auto rows = m_ui->paymentsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const auto* p = m_model->row(rows.front().row());
    return p ? std::optional(*p) : std::nullopt;
}

void PaymentsHistoryTab::selectionChanged()
{
    const auto p = selected();
    m_ui->payRefundButton->setEnabled(p && p->state == PaymentState::RefundDue && p->refundDue.isPositive());
    m_ui->ticketRefundButton->setEnabled(p && p->kind == PaymentKind::Ticket && p->state == PaymentState::Confirmed);
    m_ui->confirmationButton->setEnabled(p && !p->reference.empty());
    m_ui->reprintButton->setEnabled(p.has_value());
    if (!p) {
        m_ui->detailLabel->clear();
        return;
    }
    QStringList lines;
    const auto zone = m_ctx.gui.svc.context().zone();
    QStringList steps;
    for (const auto& h : m_ctx.payments.history(p->paymentId))
        steps << tr("%1 %2").arg(timeText(h.at, *zone), paymentStateText(h.state));
    lines << steps.join(QStringLiteral(" → "));
    if (p->ticket)
        lines << tr("Passenger %1, ID %2").arg(QString::fromStdString(p->ticket->passengerName),
                                               QString::fromStdString(p->ticket->passengerIdMasked));
    if (p->walletBefore && p->walletAfter)
        lines << tr("Wallet available when taken: %1 → %2").arg(money(*p->walletBefore), money(*p->walletAfter));
    if (p->refundFee.isPositive())
        lines << tr("Railway refund fee %1").arg(money(p->refundFee));
    if (!p->reason.empty())
        lines << tr("Reason: %1").arg(QString::fromStdString(p->reason));
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));
}

void PaymentsHistoryTab::payRefund()
{
    const auto p = selected();
    if (!p || !m_ctx.gui.session)
        return;
    const std::string opId = newUuid();  // one refund per dialog
    auto receipt = std::make_shared<std::int64_t>(0);
    auto* dlg = PaymentsCashDialog::payout(
        tr("Give the refund"),
        tr("%1 %2: give the villager the money back and a refund receipt.")
            .arg(paymentKindText(p->kind), QString::fromStdString(p->targetName)),
        p->refundDue,
        [this, id = p->paymentId, opId, receipt](Money) -> QString {
            auto r = m_ctx.payments.payRefund(*m_ctx.gui.session, opId, id, paymentTexts());
            if (!r)
                return paymentErrorText(m_ctx, r.error());
            *receipt = r->receiptNumber;
            return {};
        },
        this);
    dlg->setObjectName(QStringLiteral("refundPayoutDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, receipt, amount = p->refundDue] {
        status(tr("Refund of %1 given in cash.").arg(money(amount)), false);
        refresh();
        Q_EMIT changed();
        showPaymentReceipt(this, m_ctx.payments, *receipt);
    });
    dlg->open();
}

void PaymentsHistoryTab::refundTicket()
{
    const auto p = selected();
    if (!p || !m_ctx.gui.session)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Refund the ticket"),
                                tr("Ask the marketplace to refund %1? The railway keeps a fee that grows as departure "
                                   "gets closer; the rest is given back in cash when the refund arrives. The station's "
                                   "own fee is not refunded.")
                                    .arg(QString::fromStdString(p->targetName)),
                                QMessageBox::Ok | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("ticketRefundConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const std::string opId = newUuid();
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id = p->paymentId, opId](QAbstractButton* button) {
        if (box->standardButton(button) != QMessageBox::Ok)
            return;
        auto r = m_ctx.payments.requestTicketRefund(*m_ctx.gui.session, opId, id);
        if (!r) {
            status(paymentErrorText(m_ctx, r.error()), true);
            return;
        }
        status(tr("Refund requested. It is paid out here once the marketplace confirms it."), false);
        refresh();
        Q_EMIT changed();
    });
    box->open();
}

void PaymentsHistoryTab::printConfirmation()
{
    const auto p = selected();
    if (!p || !m_ctx.gui.session)
        return;
    auto r = m_ctx.payments.confirmationReceipt(*m_ctx.gui.session, p->paymentId, paymentTexts());
    if (!r) {
        status(paymentErrorText(m_ctx, r.error()), true);
        return;
    }
    showPaymentReceipt(this, m_ctx.payments, *r);
}

void PaymentsHistoryTab::reprint()
{
    if (const auto p = selected())
        showPaymentReceipt(this, m_ctx.payments, p->receiptNumber);
}

void PaymentsHistoryTab::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilters();
        refresh();
    }
    PaymentsTab::changeEvent(e);
}

}  // namespace cz::gui
