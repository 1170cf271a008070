#include "gui/payments/payments_cash_dialog.h"

#include "gui/gui_text.h"
#include "ui_payments_cash_dialog.h"

#include <QPushButton>

namespace cz::gui {

PaymentsCashDialog::PaymentsCashDialog(const QString& title, const QString& what, Money amount, Money fee,
                                       std::optional<Money> walletBefore, Submit submit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PaymentsCashDialog>()), m_total(amount + fee), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->introLabel->setText(what);
    m_ui->amountLabel->setText(money(amount));
    m_ui->feeLabel->setText(money(fee));
    m_ui->totalLabel->setText(money(m_total));
    m_ui->totalLabel->setObjectName(QStringLiteral("bigAmount"));
    if (walletBefore) {
        // The agent sees what this payment leaves in the wallet before taking any cash.
        m_ui->walletLabel->setText(tr("Platform wallet available: %1 → %2 after this payment.")
                                       .arg(money(*walletBefore), money(*walletBefore - amount)));
    } else {
        m_ui->walletLabel->hide();
    }
    m_ui->tenderedEdit->setObjectName(QStringLiteral("tenderedEdit"));
    m_ui->changeLabel->setObjectName(QStringLiteral("changeLabel"));
    m_ui->messageLabel->setProperty("error", true);
    m_ui->tenderedEdit->setText(QString::fromStdString(formatPlain(m_total)));
    connect(m_ui->tenderedEdit, &QLineEdit::textChanged, this, &PaymentsCashDialog::updateChange);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PaymentsCashDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateChange();
    m_ui->tenderedEdit->selectAll();
    m_ui->tenderedEdit->setFocus();
}

PaymentsCashDialog* PaymentsCashDialog::payout(const QString& title, const QString& what, Money amount, Submit submit,
                                               QWidget* parent)
{
    auto* d = new PaymentsCashDialog(title, what, amount, Money(), std::nullopt, std::move(submit), parent);
    d->m_payout = true;
    d->m_ui->feeCaption->hide();
    d->m_ui->feeLabel->hide();
    d->m_ui->amountCaption->hide();
    d->m_ui->amountLabel->hide();
    d->m_ui->totalCaption->setText(tr("Give the villager:"));
    d->m_ui->tenderedCaption->hide();
    d->m_ui->tenderedEdit->hide();
    d->m_ui->changeCaption->hide();
    d->m_ui->changeLabel->hide();
    return d;
}

PaymentsCashDialog::~PaymentsCashDialog() = default;

void PaymentsCashDialog::setTenderedText(const QString& text) { m_ui->tenderedEdit->setText(text); }

void PaymentsCashDialog::updateChange()
{
    const auto tendered = parseMoneyText(m_ui->tenderedEdit->text(), nullptr);
    if (!tendered || *tendered < m_total) {
        m_ui->changeLabel->setText(tr("—"));
        return;
    }
    m_ui->changeLabel->setText(money(*tendered - m_total));
}

void PaymentsCashDialog::submit()
{
    Money tendered = m_total;
    if (!m_payout) {
        QString why;
        const auto typed = parseMoneyText(m_ui->tenderedEdit->text(), &why);
        if (!typed) {
            m_ui->messageLabel->setText(why);
            m_ui->tenderedEdit->setFocus();
            return;
        }
        if (*typed < m_total) {
            m_ui->messageLabel->setText(tr("The cash received is less than the total of %1.").arg(money(m_total)));
            m_ui->tenderedEdit->setFocus();
            return;
        }
        tendered = *typed;
    }
    const QString error = m_submit(tendered);
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(error);
}

}  // namespace cz::gui
