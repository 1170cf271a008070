#include "gui/login_page.h"

#include "gui/gui_text.h"
#include "ui_login_page.h"

#include <QEvent>
#include <QRegularExpressionValidator>

namespace cz::gui {

LoginPage::LoginPage(GuiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LoginPage>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->pinEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), this));
    connect(m_ui->pinPad, &PinPad::digitPressed, this, [this](QChar d) {
        if (m_ui->pinEdit->text().size() < 8)
            m_ui->pinEdit->setText(m_ui->pinEdit->text() + d);
    });
    connect(m_ui->pinPad, &PinPad::clearPressed, m_ui->pinEdit, &QLineEdit::clear);
    connect(m_ui->pinPad, &PinPad::backspacePressed, this, [this] { m_ui->pinEdit->backspace(); });
    connect(m_ui->pinEdit, &QLineEdit::returnPressed, this, &LoginPage::attemptLogin);
    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginPage::attemptLogin);
    connect(m_ui->userList, &QListWidget::currentRowChanged, this, [this] {
        m_ui->pinEdit->clear();
        m_ui->pinEdit->setFocus();
    });
    reset();
}

LoginPage::~LoginPage() = default;

void LoginPage::reset()
{
    m_ui->titleLabel->setText(tr("%1 — Cunzhan station desk").arg(QString::fromStdString(m_ctx.svc.settings().stationName())));
    const auto previous = m_ui->userList->currentItem() ? m_ui->userList->currentItem()->data(Qt::UserRole) : QVariant();
    m_ui->userList->clear();
    for (const auto& u : m_ctx.svc.auth().users()) {
        if (!u.active)
            continue;
        QString text = QString::fromStdString(u.name) + QStringLiteral("  ·  ") + roleName(u.role);
        if (u.locked)
            text += QStringLiteral("  🔒");
        auto* item = new QListWidgetItem(text, m_ui->userList);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(u.id));
        if (previous.isValid() && previous.toLongLong() == u.id)
            m_ui->userList->setCurrentItem(item);
    }
    if (!m_ui->userList->currentItem() && m_ui->userList->count() > 0)
        m_ui->userList->setCurrentRow(0);
    m_ui->pinEdit->clear();
    if (m_ui->userList->count() == 0)
        showStatus(m_ui->messageLabel, tr("This station has no users yet. Create one with: cunzhan-ctl init"), true);
    else
        showStatus(m_ui->messageLabel, QString(), false);
}

void LoginPage::attemptLogin()
{
    auto* item = m_ui->userList->currentItem();
    if (!item) {
        showStatus(m_ui->messageLabel, tr("Choose your name first."), true);
        return;
    }
    const QString pin = m_ui->pinEdit->text();
    if (pin.size() < 4) {
        m_ui->pinEdit->clear();
        showStatus(m_ui->messageLabel, tr("A PIN has 4 to 8 digits."), true);
        return;
    }
    auto r = m_ctx.svc.auth().login(item->data(Qt::UserRole).toLongLong(), pin.toStdString());
    m_ui->pinEdit->clear();
    if (!r) {
        const QString text = errorText(r.error(), *m_ctx.svc.context().zone());
        reset();
        showStatus(m_ui->messageLabel, text, true);
        return;
    }
    showStatus(m_ui->messageLabel, QString(), false);
    Q_EMIT loggedIn(r.value());
}

void LoginPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reset();
    }
    QWidget::changeEvent(e);
}

void LoginPage::showEvent(QShowEvent* e)
{
    QWidget::showEvent(e);
    m_ui->pinEdit->setFocus();
}

}  // namespace cz::gui
