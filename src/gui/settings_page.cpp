#include "gui/settings_page.h"

#include "gui/add_user_dialog.h"
#include "gui/gui_text.h"
#include "gui/supervisor_dialog.h"
#include "ui_settings_page.h"

#include <QEvent>
#include <QHeaderView>
#include <QShortcut>
#include <QTimeZone>

namespace cz::gui {

SettingsPage::SettingsPage(GuiContext& ctx, QWidget* parent)
    : JobPage(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Stations are in China; list its zones first, then every other zone the system knows.
    QStringList zones{QStringLiteral("Asia/Shanghai"), QStringLiteral("Asia/Urumqi"), QStringLiteral("Asia/Hong_Kong"),
                      QStringLiteral("Asia/Macau"), QStringLiteral("Asia/Taipei")};
    for (const auto& id : QTimeZone::availableTimeZoneIds()) {
        const QString z = QString::fromUtf8(id);
        if (!zones.contains(z))
            zones << z;
    }
    m_ui->zoneCombo->addItems(zones);
    m_ui->usersTable->setColumnCount(3);
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTable->verticalHeader()->hide();
    connect(m_ui->backButton, &QPushButton::clicked, this, &SettingsPage::backRequested);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_ui->addUserButton, &QPushButton::clicked, this, &SettingsPage::addUser);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &SettingsPage::unlockSelected);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &SettingsPage::backRequested);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::refresh()
{
    auto& s = m_ctx.svc.settings();
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(QString::fromStdString(s.language())));
    m_ui->zoneCombo->setCurrentText(QString::fromStdString(s.timeZoneId()));
    m_ui->lockSpin->setValue(static_cast<int>(s.lockDuration().count()));
    m_ui->thresholdEdit->setText(QString::fromStdString(formatPlain(s.varianceThreshold())));
    m_ui->floatEdit->setText(QString::fromStdString(formatPlain(s.floatTarget())));
    const bool sup = m_ctx.session && m_ctx.session->isSupervisor();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->zoneCombo, m_ui->lockSpin, m_ui->thresholdEdit,
                                                      m_ui->floatEdit, m_ui->addUserButton}) {
        w->setEnabled(sup);
        w->setToolTip(sup ? QString() : tr("Only a supervisor can change this."));
    }
    m_ui->usersTable->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Status")});
    const auto users = m_ctx.svc.auth().users();
    m_ui->usersTable->setRowCount(static_cast<int>(users.size()));
    const auto zone = m_ctx.svc.context().zone();
    for (int i = 0; i < static_cast<int>(users.size()); ++i) {
        const auto& u = users[static_cast<std::size_t>(i)];
        auto* name = new QTableWidgetItem(QString::fromStdString(u.name));
        name->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(u.id));
        m_ui->usersTable->setItem(i, 0, name);
        m_ui->usersTable->setItem(i, 1, new QTableWidgetItem(roleName(u.role)));
        const QString status = !u.active ? tr("Deactivated")
                               : u.locked ? tr("Locked until %1").arg(dateTimeText(*u.lockedUntil, *zone))
                                          : tr("Active");
        m_ui->usersTable->setItem(i, 2, new QTableWidgetItem(status));
    }
    m_ui->usersTable->resizeColumnsToContents();
}

void SettingsPage::save()
{
    if (!m_ctx.session)
        return;
    auto& s = m_ctx.svc.settings();
    const auto& who = *m_ctx.session;
    const std::string lang = m_ui->languageCombo->currentData().toString().toStdString();
    if (lang != s.language()) {
        if (auto r = s.setLanguage(who, lang); !r) {
            showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
            return;
        }
        Q_EMIT languageChanged(QString::fromStdString(lang));
    }
    if (who.isSupervisor()) {
        const std::string zone = m_ui->zoneCombo->currentText().trimmed().toStdString();
        if (zone != s.timeZoneId()) {
            if (auto r = s.setTimeZone(who, zone); !r) {
                showStatus(m_ui->messageLabel, tr("Unknown time zone \"%1\".").arg(QString::fromStdString(zone)), true);
                return;
            }
        }
        if (m_ui->lockSpin->value() != s.lockDuration().count()) {
            if (auto r = s.setLockDuration(who, std::chrono::minutes(m_ui->lockSpin->value())); !r) {
                showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
                return;
            }
        }
        QString why;
        const auto threshold = parseMoneyText(m_ui->thresholdEdit->text(), &why);
        if (!threshold) {
            showStatus(m_ui->messageLabel, tr("Cash difference limit: %1").arg(why), true);
            return;
        }
        const auto keep = parseMoneyText(m_ui->floatEdit->text(), &why);
        if (!keep) {
            showStatus(m_ui->messageLabel, tr("Float to keep: %1").arg(why), true);
            return;
        }
        if (keep->fen() > kMaxFloatTargetFen) {
            showStatus(m_ui->messageLabel, tr("Float to keep: at most ¥100,000."), true);
            return;
        }
        if (*threshold != s.varianceThreshold()) {
            if (auto r = s.setVarianceThreshold(who, *threshold); !r) {
                showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
                return;
            }
        }
        if (*keep != s.floatTarget()) {
            if (auto r = s.setFloatTarget(who, *keep); !r) {
                showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
                return;
            }
        }
    }
    refresh();
    showStatus(m_ui->messageLabel, tr("Settings saved."), false);
    Q_EMIT changed();
}

void SettingsPage::addUser()
{
    auto* dlg = new AddUserDialog(m_ctx, this);
    dlg->setObjectName(QStringLiteral("addUserDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this] {
        refresh();
        showStatus(m_ui->messageLabel, tr("User added."), false);
    });
    dlg->open();
}

void SettingsPage::unlockSelected()
{
    const auto rows = m_ui->usersTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_ctx.session) {
        showStatus(m_ui->messageLabel, tr("Select the user to unlock."), true);
        return;
    }
    const auto userId = m_ui->usersTable->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    auto unlockAs = [this, userId](const Session& supervisor) {
        auto r = m_ctx.svc.auth().unlock(supervisor, userId);
        if (!r) {
            showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
            return;
        }
        refresh();
        showStatus(m_ui->messageLabel, tr("Unlocked."), false);
    };
    if (m_ctx.session->isSupervisor()) {
        unlockAs(*m_ctx.session);
        return;
    }
    auto* dlg = new SupervisorDialog(m_ctx, tr("Unlocking a user needs a supervisor."), "unlock", this);
    dlg->setObjectName(QStringLiteral("supervisorDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &SupervisorDialog::approved, this, unlockAs);
    dlg->open();
}

void SettingsPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->messageLabel->clear();  // a status line in the old language would mislead
        refresh();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
