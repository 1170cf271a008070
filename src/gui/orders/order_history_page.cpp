#include "gui/orders/order_history_page.h"

#include "core/uuid.h"
#include "gui/gui_text.h"
#include "gui/orders/customer_dialog.h"
#include "gui/orders/order_gui_texts.h"
#include "gui/supervisor_dialog.h"
#include "services/order_service.h"
#include "ui_order_history_page.h"

#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

namespace cz::gui {

QString orderStateName(OrderState s)
{
    switch (s) {
    case OrderState::Pending: return OrderHistoryPage::tr("paid, waiting for the marketplace");
    case OrderState::Accepted: return OrderHistoryPage::tr("accepted");
    case OrderState::Shipped: return OrderHistoryPage::tr("shipped");
    case OrderState::Arrived: return OrderHistoryPage::tr("at the station");
    case OrderState::PickedUp: return OrderHistoryPage::tr("picked up");
    case OrderState::RefundDue: return OrderHistoryPage::tr("refund due");
    case OrderState::Refunded: return OrderHistoryPage::tr("refunded");
    case OrderState::Voided: return OrderHistoryPage::tr("voided");
    }
    return {};
}

OrderHistoryPage::OrderHistoryPage(GuiContext& ctx, QWidget* parent)
    : JobPage(parent), m_ui(std::make_unique<Ui::OrderHistoryPage>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->ordersTable->verticalHeader()->hide();
    m_ui->ordersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->viewCombo->addItem(tr("Orders of the day"), static_cast<int>(View::Day));
    m_ui->viewCombo->addItem(tr("Orders of a villager"), static_cast<int>(View::Villager));
    m_ui->viewCombo->addItem(tr("Refunds due"), static_cast<int>(View::RefundsDue));
    m_ui->dayEdit->setDate(QDate::fromString(QString::fromStdString(m_ctx.svc.context().today().toString()), Qt::ISODate));
    connect(m_ui->backButton, &QPushButton::clicked, this, &OrderHistoryPage::backRequested);
    connect(m_ui->viewCombo, &QComboBox::currentIndexChanged, this, &OrderHistoryPage::refresh);
    connect(m_ui->dayEdit, &QDateEdit::dateChanged, this, &OrderHistoryPage::refresh);
    connect(m_ui->customerButton, &QPushButton::clicked, this, [this] {
        auto* dlg = new CustomerDialog(m_ctx, this);
        dlg->setObjectName(QStringLiteral("customerDialog"));
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &CustomerDialog::chosen, this, [this](const std::optional<CustomerRecord>& c) {
            m_customer = c;
            m_ui->viewCombo->setCurrentIndex(m_ui->viewCombo->findData(static_cast<int>(View::Villager)));
            refresh();
        });
        dlg->open();
    });
    connect(m_ui->ordersTable, &QTableWidget::itemSelectionChanged, this, &OrderHistoryPage::updateButtons);
    connect(m_ui->reprintButton, &QPushButton::clicked, this, &OrderHistoryPage::reprintSelected);
    connect(m_ui->refundButton, &QPushButton::clicked, this, &OrderHistoryPage::payRefundSelected);
    connect(m_ui->voidButton, &QPushButton::clicked, this, &OrderHistoryPage::voidSelected);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &OrderHistoryPage::cancelSelected);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &OrderHistoryPage::backRequested);
    auto* f7 = new QShortcut(QKeySequence(Qt::Key_F7), this);
    connect(f7, &QShortcut::activated, m_ui->reprintButton, &QPushButton::click);
}

OrderHistoryPage::~OrderHistoryPage() = default;

void OrderHistoryPage::showRefundsDue()
{
    m_ui->viewCombo->setCurrentIndex(m_ui->viewCombo->findData(static_cast<int>(View::RefundsDue)));
    refresh();
}

void OrderHistoryPage::refresh()
{
    auto& orders = m_ctx.svc.orders();
    const auto view = static_cast<View>(m_ui->viewCombo->currentData().toInt());
    m_ui->dayEdit->setVisible(view == View::Day);
    m_ui->customerButton->setVisible(view == View::Villager);
    if (view == View::Day) {
        const auto day = BusinessDay::parse(m_ui->dayEdit->date().toString(Qt::ISODate).toStdString());
        m_orders = day ? orders.ordersOfDay(*day) : std::vector<OrderRecord>{};
        m_ui->scopeLabel->setText(tr("%1 orders on %2").arg(m_orders.size()).arg(m_ui->dayEdit->date().toString(Qt::ISODate)));
    } else if (view == View::Villager) {
        m_orders = m_customer ? orders.ordersOfCustomer(m_customer->id) : std::vector<OrderRecord>{};
        m_ui->scopeLabel->setText(m_customer ? tr("%1 orders of %2").arg(m_orders.size()).arg(QString::fromStdString(m_customer->name))
                                             : tr("Choose a villager."));
    } else {
        m_orders = orders.refundsDue();
        Money due;
        for (const auto& o : m_orders)
            due += o.refund;
        m_ui->scopeLabel->setText(tr("%1 refunds due, %2 in all").arg(m_orders.size()).arg(money(due)));
    }
    const auto zone = m_ctx.svc.context().zone();
    m_ui->ordersTable->clear();
    m_ui->ordersTable->setColumnCount(7);
    m_ui->ordersTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Villager"), tr("Goods"), tr("Fee"), tr("State"), tr("Receipt"), tr("Note")});
    m_ui->ordersTable->setRowCount(static_cast<int>(m_orders.size()));
    for (int i = 0; i < static_cast<int>(m_orders.size()); ++i) {
        const auto& o = m_orders[static_cast<std::size_t>(i)];
        QString note = QString::fromStdString(o.reason);
        if (o.state == OrderState::RefundDue)
            note = tr("refund %1").arg(money(o.refund)) + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note);
        const QStringList cells{dateTimeText(o.createdAt, *zone),
                                QString::fromStdString(o.customerName.empty() ? "—" : o.customerName),
                                money(o.goods), money(o.fee), orderStateName(o.state),
                                o.receiptNumber ? QString::fromStdString(formatReceiptNumber(*o.receiptNumber)) : QString(),
                                note};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->ordersTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_ui->ordersTable->resizeColumnsToContents();
    updateButtons();
}

std::optional<OrderRecord> OrderHistoryPage::selected() const
{
    const auto rows = m_ui->ordersTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= static_cast<int>(m_orders.size()))
        return std::nullopt;
    return m_orders[static_cast<std::size_t>(rows.first().row())];
}

void OrderHistoryPage::updateButtons()
{
    const auto o = selected();
    m_ui->reprintButton->setEnabled(o && o->receiptNumber);
    m_ui->refundButton->setEnabled(o && o->state == OrderState::RefundDue);
    m_ui->voidButton->setEnabled(o && o->state == OrderState::Pending);
    m_ui->cancelButton->setEnabled(o && o->state == OrderState::Accepted);
}

void OrderHistoryPage::reprintSelected()
{
    const auto o = selected();
    if (!o || !o->receiptNumber)
        return;
    auto r = m_ctx.svc.ledger().receipt(*o->receiptNumber);
    if (!r) {
        showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    showReceipt(this, *r, m_ctx.svc.settings());
}

void OrderHistoryPage::payRefundSelected()
{
    const auto o = selected();
    if (!o || !m_ctx.session)
        return;
    auto r = m_ctx.svc.orders().payRefund(*m_ctx.session, newUuid(), o->orderId, orderTexts());
    if (!r) {
        showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    showStatus(m_ui->messageLabel, tr("Give the villager %1 in cash.").arg(money(r->amount)), false);
    if (auto receipt = m_ctx.svc.ledger().receipt(r->receiptNumber))
        showReceipt(this, *receipt, m_ctx.svc.settings());
    refresh();
    Q_EMIT changed();
}

void OrderHistoryPage::voidSelected()
{
    const auto o = selected();
    if (!o || !m_ctx.session)
        return;
    auto* dlg = new SupervisorDialog(m_ctx, tr("Voiding an order gives the villager %1 back. A supervisor must approve.")
                                                .arg(money(o->goods + o->fee)),
                                     "order_void", this);
    dlg->setObjectName(QStringLiteral("supervisorDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    const std::string orderId = o->orderId;
    const std::string op = newUuid();
    connect(dlg, &SupervisorDialog::approved, this, [this, orderId, op](const Session& supervisor) {
        auto r = m_ctx.svc.orders().voidOrder(*m_ctx.session, supervisor, op, orderId, orderTexts());
        if (!r) {
            showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
            return;
        }
        showStatus(m_ui->messageLabel, tr("Voided. Give the villager %1 back.").arg(money(r->amount)), false);
        if (auto receipt = m_ctx.svc.ledger().receipt(r->receiptNumber))
            showReceipt(this, *receipt, m_ctx.svc.settings());
        refresh();
        Q_EMIT changed();
    });
    dlg->open();
}

void OrderHistoryPage::cancelSelected()
{
    const auto o = selected();
    if (!o || !m_ctx.session)
        return;
    auto r = m_ctx.svc.orders().requestCancel(*m_ctx.session, newUuid(), o->orderId);
    if (!r) {
        showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    showStatus(m_ui->messageLabel, tr("The cancellation goes to the marketplace. If it agrees, the refund shows here as due."),
               false);
    refresh();
}

void OrderHistoryPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->messageLabel->clear();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
