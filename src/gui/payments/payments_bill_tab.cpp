#include "gui/payments/payments_bill_tab.h"

#include "core/uuid.h"
#include "gui/gui_text.h"
#include "gui/online_call.h"
#include "gui/payments/payments_cash_dialog.h"
#include "gui/payments/payments_text.h"
#include "services/payments/payment_rules.h"
#include "ui_payments_bill_tab.h"

#include <QEvent>
#include <QShortcut>

namespace cz::gui {

PaymentsBillTab::PaymentsBillTab(PaymentsContext& ctx, QWidget* parent)
    : PaymentsTab(parent), m_ui(std::make_unique<Ui::PaymentsBillTab>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    m_ui->totalLabel->setObjectName(QStringLiteral("bigAmount"));
    connect(m_ui->billerCombo, &QComboBox::currentIndexChanged, this, &PaymentsBillTab::billerChanged);
    connect(m_ui->refreshBillersButton, &QPushButton::clicked, this, &PaymentsBillTab::refreshBillers);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &PaymentsBillTab::lookup);
    connect(m_ui->accountEdit, &QLineEdit::returnPressed, this, &PaymentsBillTab::lookup);
    connect(m_ui->accountEdit, &QLineEdit::textEdited, this, [this] {
        clearBill();  // a look-up answers for one account only
        updateQuote();
    });
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &PaymentsBillTab::updateQuote);
    connect(m_ui->topUpPhoneEdit, &QLineEdit::textChanged, this, &PaymentsBillTab::updateQuote);
    connect(m_ui->denominationCombo, &QComboBox::currentIndexChanged, this, &PaymentsBillTab::updateQuote);
    connect(m_ui->payButton, &QPushButton::clicked, this, &PaymentsBillTab::pay);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, &PaymentsBillTab::lookup);
    auto* f10 = new QShortcut(QKeySequence(Qt::Key_F10), this);
    connect(f10, &QShortcut::activated, this, [this] {
        if (m_ui->payButton->isEnabled())
            pay();
    });
    clearBill();
}

PaymentsBillTab::~PaymentsBillTab() = default;

void PaymentsBillTab::status(const QString& text, bool error) { showStatus(m_ui->statusLabel, text, error); }

void PaymentsBillTab::refresh()
{
    fillBillers();
    if (m_billers.empty() && !m_fetchedOnce) {
        m_fetchedOnce = true;
        refreshBillers();
    }
    updateQuote();
}

void PaymentsBillTab::fillBillers()
{
    const QString selected = m_ui->billerCombo->currentData().toString();
    m_billers = m_ctx.payments.billers();
    const QSignalBlocker block(m_ui->billerCombo);
    m_ui->billerCombo->clear();
    for (const auto& b : m_billers)
        m_ui->billerCombo->addItem(localName(b.nameZh, b.nameEn), QString::fromStdString(b.billerId));
    const int index = m_ui->billerCombo->findData(selected);
    m_ui->billerCombo->setCurrentIndex(index >= 0 ? index : 0);
    billerChanged();
    if (m_billers.empty())
        status(tr("No billers yet: update the list while the station is online."), true);
}

void PaymentsBillTab::refreshBillers()
{
    ++m_busy;
    m_ui->refreshBillersButton->setEnabled(false);
    runOnline<OnlineResult<std::vector<sync::BillerInfo>>>(
        this, [cfg = m_ctx.gui.svc.sync().httpConfig()] { return PaymentsOnline(cfg).billers(); },
        [this](const OnlineResult<std::vector<sync::BillerInfo>>& r) {
            --m_busy;
            m_ui->refreshBillersButton->setEnabled(true);
            if (!r) {
                status(onlineErrorText(r.error()), true);
                return;
            }
            if (auto stored = m_ctx.payments.storeBillers(*r); !stored) {
                status(paymentErrorText(m_ctx, stored.error()), true);
                return;
            }
            fillBillers();
            status(tr("The list of billers is up to date."), false);
        });
}

std::optional<BillerRecord> PaymentsBillTab::currentBiller() const
{
    const int i = m_ui->billerCombo->currentIndex();
    if (i < 0 || i >= static_cast<int>(m_billers.size()))
        return std::nullopt;
    return m_billers[static_cast<std::size_t>(i)];
}

void PaymentsBillTab::billerChanged()
{
    const auto b = currentBiller();
    const bool carrier = b && b->isCarrier();
    m_ui->utilityBox->setVisible(b && !carrier);
    m_ui->carrierBox->setVisible(carrier);
    {
        const QSignalBlocker block(m_ui->denominationCombo);
        m_ui->denominationCombo->clear();
        if (carrier)
            for (const auto& d : b->denominations)
                m_ui->denominationCombo->addItem(money(d), QVariant::fromValue<qlonglong>(d.fen()));
    }
    clearBill();
    updateQuote();
}

void PaymentsBillTab::clearBill()
{
    m_bill.reset();
    m_ui->holderLabel->clear();
    m_ui->periodLabel->clear();
    m_ui->dueLabel->clear();
    m_ui->amountEdit->clear();
    m_ui->amountEdit->setEnabled(false);
}

void PaymentsBillTab::lookup()
{
    const auto b = currentBiller();
    if (!b || b->isCarrier() || busy())
        return;
    const std::string account = m_ui->accountEdit->text().trimmed().toStdString();
    const auto len = static_cast<int>(account.size());
    if (!isDigits(account) || len < b->accountMinLen || len > b->accountMaxLen) {
        status(b->accountMinLen == b->accountMaxLen
                   ? tr("The account number of this biller has %1 digits.").arg(b->accountMinLen)
                   : tr("The account number of this biller has %1 to %2 digits.").arg(b->accountMinLen).arg(b->accountMaxLen),
               true);
        return;
    }
    ++m_busy;
    m_ui->lookupButton->setEnabled(false);
    status(tr("Looking up the bill…"), false);
    runOnline<OnlineResult<sync::BillLookup>>(
        this,
        [cfg = m_ctx.gui.svc.sync().httpConfig(), id = b->billerId, account] {
            return PaymentsOnline(cfg).lookupBill(id, account);
        },
        [this, id = b->billerId, account](const OnlineResult<sync::BillLookup>& r) {
            --m_busy;
            m_ui->lookupButton->setEnabled(true);
            const auto now = currentBiller();
            if (!now || now->billerId != id || m_ui->accountEdit->text().trimmed().toStdString() != account)
                return;  // the agent moved on while the answer was coming
            if (!r) {
                clearBill();
                updateQuote();
                status(onlineErrorText(r.error()), true);
                return;
            }
            m_bill = *r;
            m_ui->holderLabel->setText(QString::fromStdString(r->holderNameMasked));
            m_ui->periodLabel->setText(QString::fromStdString(r->period));
            m_ui->dueLabel->setText(money(r->amountDue));
            m_ui->amountEdit->setEnabled(true);
            m_ui->amountEdit->setText(r->amountDue.isPositive() ? QString::fromStdString(formatPlain(r->amountDue)) : QString());
            status(r->amountDue.isPositive() ? tr("Check the holder's name with the villager, then take the cash.")
                                             : tr("Nothing is due this month. The villager may still pay in advance."),
                   false);
            updateQuote();
        });
}

std::optional<Money> PaymentsBillTab::currentAmount() const
{
    const auto b = currentBiller();
    if (!b)
        return std::nullopt;
    if (b->isCarrier()) {
        if (m_ui->denominationCombo->currentIndex() < 0)
            return std::nullopt;
        return Money::fromFen(m_ui->denominationCombo->currentData().toLongLong());
    }
    if (!m_bill)
        return std::nullopt;
    auto amount = parseMoneyText(m_ui->amountEdit->text(), nullptr);
    if (!amount || !amount->isPositive() || amount->fen() > kMaxBillFen)
        return std::nullopt;
    return amount;
}

void PaymentsBillTab::updateQuote()
{
    const auto b = currentBiller();
    const auto amount = currentAmount();
    m_ui->feeLabel->clear();
    m_ui->totalLabel->clear();
    bool ready = b && amount && !busy();
    if (b && amount) {
        const Money fee = b->isCarrier() ? m_ctx.payments.topUpFee(b->billerId, *amount) : m_ctx.payments.billFee(b->billerId, *amount);
        m_ui->feeLabel->setText(money(fee));
        m_ui->totalLabel->setText(money(*amount + fee));
        const Money available = m_ctx.wallet.status().available;
        if (*amount > available) {
            // Refused here, before the cash: the wallet cannot cover it.
            ready = false;
            m_walletWarned = true;
            status(tr("The platform wallet has only %1 available — not enough for %2. Top up the wallet first.")
                       .arg(money(available), money(*amount)),
                   true);
        } else if (m_walletWarned) {
            m_walletWarned = false;
            status({}, false);
        }
    }
    if (b && b->isCarrier() && !isMobileNumber(m_ui->topUpPhoneEdit->text().trimmed().toStdString()))
        ready = false;
    m_ui->payButton->setEnabled(ready);
}

void PaymentsBillTab::pay()
{
    const auto b = currentBiller();
    const auto amount = currentAmount();
    if (!b || !amount || !m_ctx.gui.session)
        return;
    const bool carrier = b->isCarrier();
    const Money fee = carrier ? m_ctx.payments.topUpFee(b->billerId, *amount) : m_ctx.payments.billFee(b->billerId, *amount);
    const QString name = localName(b->nameZh, b->nameEn);
    const std::string phone = m_ui->topUpPhoneEdit->text().trimmed().toStdString();
    const QString what = carrier ? tr("Top up %1 for %2.").arg(name, QString::fromStdString(maskPhoneNumber(phone)))
                                 : tr("Pay %1, account %2 (%3, %4).")
                                       .arg(name, QString::fromStdString(m_bill->accountNo),
                                            QString::fromStdString(m_bill->holderNameMasked), QString::fromStdString(m_bill->period));
    // One operation per dialog: pressing OK twice records one payment.
    const std::string opId = newUuid();
    const std::string paymentId = newUuid();
    auto taken = std::make_shared<std::optional<PaymentTaken>>();
    const auto bill = m_bill;
    auto submit = [this, b = *b, amount = *amount, fee, phone, opId, paymentId, bill, taken](Money tendered) -> QString {
        auto r = [&]() -> SResult<PaymentTaken> {
            if (b.isCarrier())
                return m_ctx.payments.payTopUp(*m_ctx.gui.session, {opId, paymentId, b.billerId, phone, amount, fee, tendered},
                                               paymentTexts());
            return m_ctx.payments.payBill(*m_ctx.gui.session,
                                          {opId, paymentId, b.billerId, bill->accountNo, bill->holderNameMasked, bill->period,
                                           amount, fee, tendered},
                                          paymentTexts());
        }();
        if (!r)
            return paymentErrorText(m_ctx, r.error());
        *taken = *r;
        return {};
    };
    auto* dlg = new PaymentsCashDialog(carrier ? tr("Phone top-up") : tr("Pay a bill"), what, *amount, fee,
                                       m_ctx.wallet.status().available, submit, this);
    dlg->setObjectName(carrier ? QStringLiteral("topUpDialog") : QStringLiteral("billPayDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, taken] {
        if (!*taken)
            return;
        const auto& t = **taken;
        status(tr("Paid %1; change %2. The receipt says pending until the marketplace confirms. %3")
                   .arg(money(t.total), money(t.change), walletChangeText(t)),
               false);
        m_ui->accountEdit->clear();
        m_ui->topUpPhoneEdit->clear();
        clearBill();
        updateQuote();
        Q_EMIT changed();
        showPaymentReceipt(this, m_ctx.payments, t.receiptNumber);
    });
    dlg->open();
}

void PaymentsBillTab::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillBillers();
    }
    PaymentsTab::changeEvent(e);
}

}  // namespace cz::gui
