#include "gui/payments/payments_assisted_tab.h"

#include "core/uuid.h"
#include "gui/gui_text.h"
#include "gui/payments/payments_cash_dialog.h"
#include "gui/payments/payments_text.h"
#include "ui_payments_assisted_tab.h"

#include <QEvent>
#include <QShortcut>

namespace cz::gui {

PaymentsAssistedTab::PaymentsAssistedTab(PaymentsContext& ctx, QWidget* parent)
    : PaymentsTab(parent), m_ui(std::make_unique<Ui::PaymentsAssistedTab>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    m_ui->totalLabel->setObjectName(QStringLiteral("bigAmount"));
    connect(m_ui->serviceList, &QListWidget::currentRowChanged, this, &PaymentsAssistedTab::updateTotal);
    connect(m_ui->quantitySpin, &QSpinBox::valueChanged, this, &PaymentsAssistedTab::updateTotal);
    connect(m_ui->serviceList, &QListWidget::itemActivated, this, &PaymentsAssistedTab::sell);
    connect(m_ui->sellButton, &QPushButton::clicked, this, &PaymentsAssistedTab::sell);
    auto* f10 = new QShortcut(QKeySequence(Qt::Key_F10), this);
    connect(f10, &QShortcut::activated, this, [this] {
        if (m_ui->sellButton->isEnabled())
            sell();
    });
}

PaymentsAssistedTab::~PaymentsAssistedTab() = default;

void PaymentsAssistedTab::refresh()
{
    const int row = m_ui->serviceList->currentRow();
    m_services = m_ctx.payments.assistedServices(true);
    const QSignalBlocker block(m_ui->serviceList);
    m_ui->serviceList->clear();
    for (const auto& s : m_services)
        m_ui->serviceList->addItem(tr("%1 — %2 per %3")
                                       .arg(localName(s.nameZh, s.nameEn), money(s.price),
                                            s.unit.empty() ? tr("time") : QString::fromStdString(s.unit)));
    m_ui->serviceList->setCurrentRow(row >= 0 && row < m_ui->serviceList->count() ? row : 0);
    updateTotal();
}

const AssistedServiceRecord* PaymentsAssistedTab::current() const
{
    const int row = m_ui->serviceList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_services.size()))
        return nullptr;
    return &m_services[static_cast<std::size_t>(row)];
}

void PaymentsAssistedTab::updateTotal()
{
    const auto* s = current();
    m_ui->sellButton->setEnabled(s != nullptr);
    m_ui->totalLabel->setText(s ? money(s->price * m_ui->quantitySpin->value()) : QString());
}

void PaymentsAssistedTab::sell()
{
    const auto* s = current();
    if (!s || !m_ctx.gui.session)
        return;
    const int quantity = m_ui->quantitySpin->value();
    const Money total = s->price * quantity;
    AssistedSale sale{newUuid(), s->code, quantity, s->price, Money()};
    auto taken = std::make_shared<std::optional<PaymentTaken>>();
    auto submit = [this, sale, taken](Money tendered) mutable -> QString {
        sale.tendered = tendered;
        auto r = m_ctx.payments.sellAssisted(*m_ctx.gui.session, sale, paymentTexts());
        if (!r)
            return paymentErrorText(m_ctx, r.error());
        *taken = *r;
        return {};
    };
    const QString what = tr("%1 × %2").arg(localName(s->nameZh, s->nameEn)).arg(quantity);
    auto* dlg = new PaymentsCashDialog(tr("Assisted service"), what, total, Money(), std::nullopt, submit, this);
    dlg->setObjectName(QStringLiteral("assistedSaleDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, taken] {
        if (!*taken)
            return;
        showStatus(m_ui->statusLabel, tr("Recorded %1; change %2.").arg(money((*taken)->total), money((*taken)->change)), false);
        m_ui->quantitySpin->setValue(1);
        Q_EMIT changed();
        showPaymentReceipt(this, m_ctx.payments, (*taken)->receiptNumber);
    });
    dlg->open();
}

void PaymentsAssistedTab::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    PaymentsTab::changeEvent(e);
}

}  // namespace cz::gui
