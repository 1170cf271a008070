#include "gui/orders/tender_dialog.h"

#include "gui/gui_text.h"
#include "ui_tender_dialog.h"

#include <QPushButton>

namespace cz::gui {

TenderDialog::TenderDialog(Money total, Submit submit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TenderDialog>()), m_total(total), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Take cash"));
    m_ui->totalLabel->setObjectName(QStringLiteral("bigAmount"));
    m_ui->changeLabel->setObjectName(QStringLiteral("changeAmount"));
    m_ui->totalLabel->setText(money(total));
    m_ui->messageLabel->setProperty("error", true);
    connect(m_ui->receivedEdit, &QLineEdit::textChanged, this, &TenderDialog::updateChange);
    connect(m_ui->keypad, &PinPad::digitPressed, this, [this](QChar d) { m_ui->receivedEdit->insert(QString(d)); });
    connect(m_ui->keypad, &PinPad::clearPressed, m_ui->receivedEdit, &QLineEdit::clear);
    connect(m_ui->keypad, &PinPad::backspacePressed, this, [this] { m_ui->receivedEdit->backspace(); });
    connect(m_ui->exactButton, &QPushButton::clicked, this,
            [this] { m_ui->receivedEdit->setText(QString::fromStdString(formatPlain(m_total))); });
    const std::pair<QPushButton*, int> notes[] = {{m_ui->fiftyButton, 50}, {m_ui->hundredButton, 100}, {m_ui->twoHundredButton, 200}};
    for (const auto& [b, yuan] : notes)
        connect(b, &QPushButton::clicked, this, [this, y = yuan] { m_ui->receivedEdit->setText(QString::number(y)); });
    connect(m_ui->receivedEdit, &QLineEdit::returnPressed, this, &TenderDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TenderDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->receivedEdit->setFocus();
    updateChange();
}

TenderDialog::~TenderDialog() = default;

void TenderDialog::setReceivedText(const QString& text) { m_ui->receivedEdit->setText(text); }

void TenderDialog::updateChange()
{
    QString why;
    const auto received = parseMoneyText(m_ui->receivedEdit->text(), &why);
    if (!received || *received < m_total) {
        m_ui->changeLabel->setText(QStringLiteral("—"));
        return;
    }
    m_ui->changeLabel->setText(money(*received - m_total));
}

void TenderDialog::submit()
{
    QString why;
    const auto received = parseMoneyText(m_ui->receivedEdit->text(), &why);
    if (!received) {
        m_ui->messageLabel->setText(why);
        return;
    }
    if (*received < m_total) {
        m_ui->messageLabel->setText(tr("That is less than the %1 to pay.").arg(money(m_total)));
        return;
    }
    const QString error = m_submit(*received);
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(error);
}

}  // namespace cz::gui
