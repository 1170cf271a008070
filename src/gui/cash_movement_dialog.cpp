#include "gui/cash_movement_dialog.h"

#include "gui/gui_text.h"
#include "ui_cash_movement_dialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace cz::gui {

CashMovementDialog::CashMovementDialog(const QString& title, const QString& intro, const QStringList& commonReasons,
                                       Submit submit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CashMovementDialog>()), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->introLabel->setText(intro);
    m_ui->reasonCombo->addItems(commonReasons);
    m_ui->reasonCombo->setCurrentIndex(-1);
    m_ui->reasonCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_ui->messageLabel->setProperty("error", true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CashMovementDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->amountEdit->setFocus();
}

CashMovementDialog::~CashMovementDialog() = default;

void CashMovementDialog::setAmountText(const QString& text) { m_ui->amountEdit->setText(text); }
void CashMovementDialog::setReason(const QString& reason) { m_ui->reasonCombo->setEditText(reason); }

void CashMovementDialog::submit()
{
    QString why;
    const auto amount = parseMoneyText(m_ui->amountEdit->text(), &why);
    if (!amount) {
        m_ui->messageLabel->setText(why);
        m_ui->amountEdit->setFocus();
        return;
    }
    if (!amount->isPositive()) {
        m_ui->messageLabel->setText(tr("The amount must be more than zero."));
        return;
    }
    const QString error = m_submit(*amount, m_ui->reasonCombo->currentText().trimmed());
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(error);
}

}  // namespace cz::gui
