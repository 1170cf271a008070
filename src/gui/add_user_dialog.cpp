#include "gui/add_user_dialog.h"

#include "gui/gui_text.h"
#include "services/auth_service.h"
#include "ui_add_user_dialog.h"

#include <QPushButton>

namespace cz::gui {

AddUserDialog::AddUserDialog(GuiContext& ctx, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddUserDialog>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Add user"));
    m_ui->roleCombo->addItem(roleName(Role::Agent), static_cast<int>(Role::Agent));
    m_ui->roleCombo->addItem(roleName(Role::Supervisor), static_cast<int>(Role::Supervisor));
    m_ui->messageLabel->setProperty("error", true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddUserDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::submit()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->messageLabel->setText(tr("Enter a name."));
        return;
    }
    if (m_ui->pinEdit->text() != m_ui->repeatEdit->text()) {
        m_ui->messageLabel->setText(tr("The two PINs differ."));
        return;
    }
    if (!AuthService::isValidPin(m_ui->pinEdit->text().toStdString())) {
        m_ui->messageLabel->setText(tr("A PIN has 4 to 8 digits."));
        return;
    }
    if (!m_ctx.session)
        return;
    const auto role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    auto r = m_ctx.svc.auth().addUser(*m_ctx.session, name.toStdString(), role, m_ui->pinEdit->text().toStdString());
    if (!r) {
        m_ui->messageLabel->setText(r.error().code == Errc::Conflict ? tr("A user with that name already exists.")
                                                                     : errorText(r.error(), *m_ctx.svc.context().zone()));
        return;
    }
    accept();
}

}  // namespace cz::gui
