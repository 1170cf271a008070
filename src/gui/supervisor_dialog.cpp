#include "gui/supervisor_dialog.h"

#include "gui/gui_text.h"
#include "ui_supervisor_dialog.h"

#include <QPushButton>

namespace cz::gui {

SupervisorDialog::SupervisorDialog(GuiContext& ctx, const QString& reason, const std::string& action, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SupervisorDialog>()), m_ctx(ctx), m_action(action)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Supervisor approval"));
    m_ui->reasonLabel->setText(reason);
    m_ui->messageLabel->setProperty("error", true);
    for (const auto& u : ctx.svc.auth().users())
        if (u.role == Role::Supervisor && u.active)
            m_ui->supervisorCombo->addItem(QString::fromStdString(u.name), QVariant::fromValue<qlonglong>(u.id));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SupervisorDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->pinEdit->setFocus();
}

SupervisorDialog::~SupervisorDialog() = default;

void SupervisorDialog::setPin(const QString& pin) { m_ui->pinEdit->setText(pin); }

void SupervisorDialog::submit()
{
    if (m_ui->supervisorCombo->currentIndex() < 0) {
        m_ui->messageLabel->setText(tr("This station has no supervisor."));
        return;
    }
    auto r = m_ctx.svc.auth().approve(m_ui->supervisorCombo->currentData().toLongLong(),
                                      m_ui->pinEdit->text().toStdString(), m_action);
    m_ui->pinEdit->clear();
    if (!r) {
        m_ui->messageLabel->setText(errorText(r.error(), *m_ctx.svc.context().zone()));
        return;
    }
    Q_EMIT approved(r.value());
    accept();
}

}  // namespace cz::gui
