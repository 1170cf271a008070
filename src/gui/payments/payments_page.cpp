#include "gui/payments/payments_page.h"

#include "gui/gui_text.h"
#include "gui/payments/payments_assisted_tab.h"
#include "gui/payments/payments_bill_tab.h"
#include "gui/payments/payments_history_tab.h"
#include "gui/payments/payments_settings_dialog.h"
#include "gui/payments/payments_ticket_tab.h"
#include "gui/supervisor_dialog.h"
#include "ui_payments_page.h"

#include <QEvent>
#include <QShortcut>

namespace cz::gui {

PaymentsPage::PaymentsPage(GuiContext& ctx, PaymentService& payments, WalletService& wallet, QWidget* parent)
    : JobPage(parent)
    , m_ui(std::make_unique<Ui::PaymentsPage>())
    , m_ctx{ctx, payments, wallet}
    , m_bills(new PaymentsBillTab(m_ctx))
    , m_tickets(new PaymentsTicketTab(m_ctx))
    , m_assisted(new PaymentsAssistedTab(m_ctx))
    , m_history(new PaymentsHistoryTab(m_ctx))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->walletLabel->setObjectName(QStringLiteral("walletStatusLabel"));
    m_ui->tabs->addTab(m_bills, {});
    m_ui->tabs->addTab(m_tickets, {});
    m_ui->tabs->addTab(m_assisted, {});
    m_ui->tabs->addTab(m_history, {});
    retitleTabs();
    m_ui->lowWalletLabel->setProperty("error", true);
    connect(m_ui->backButton, &QPushButton::clicked, this, &PaymentsPage::backRequested);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &PaymentsPage::openSettings);
    connect(m_ui->walletButton, &QPushButton::clicked, this, &PaymentsPage::walletRequested);
    for (PaymentsTab* tab : std::initializer_list<PaymentsTab*>{m_bills, m_tickets, m_assisted, m_history})
        connect(tab, &PaymentsTab::changed, this, &PaymentsPage::afterChange);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int) { refresh(); });
    const std::pair<QKeySequence, int> tabKeys[] = {
        {QKeySequence(Qt::Key_F3), 0}, {QKeySequence(Qt::Key_F4), 1}, {QKeySequence(Qt::Key_F6), 2}, {QKeySequence(Qt::Key_F7), 3}};
    for (const auto& [key, index] : tabKeys) {
        auto* sc = new QShortcut(key, this);
        connect(sc, &QShortcut::activated, this, [this, i = index] { showTab(i); });
    }
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &PaymentsPage::backRequested);
}

PaymentsPage::~PaymentsPage() = default;

void PaymentsPage::retitleTabs()
{
    m_ui->tabs->setTabText(0, tr("Bills && top-ups (F3)"));
    m_ui->tabs->setTabText(1, tr("Train tickets (F4)"));
    m_ui->tabs->setTabText(2, tr("Services (F6)"));
    m_ui->tabs->setTabText(3, tr("Payments && refunds (F7)"));
}

void PaymentsPage::refresh()
{
    refreshWallet();
    if (auto* tab = qobject_cast<PaymentsTab*>(m_ui->tabs->currentWidget()))
        tab->refresh();
}

void PaymentsPage::showTab(int index) { m_ui->tabs->setCurrentIndex(index); }

void PaymentsPage::refreshWallet()
{
    const auto st = m_ctx.wallet.status();
    m_ui->walletLabel->setText(tr("Platform wallet: %1 confirmed · %2 available").arg(money(st.confirmed), money(st.available)));
    m_ui->lowWalletLabel->setText(st.low ? tr("The wallet is low (below %1). Ask the owner to top it up.").arg(money(st.lowThreshold))
                                         : QString());
    m_ui->lowWalletLabel->setVisible(st.low);
}

void PaymentsPage::afterChange()
{
    refreshWallet();
    m_history->refresh();
    Q_EMIT changed();
}

void PaymentsPage::openSettings()
{
    if (!m_ctx.gui.session)
        return;
    auto open = [this](const Session& supervisor) {
        auto* dlg = new PaymentsSettingsDialog(m_ctx, supervisor, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        connect(dlg, &QDialog::finished, this, [this] { refresh(); });
        dlg->open();
    };
    if (m_ctx.gui.session->isSupervisor()) {
        open(*m_ctx.gui.session);
        return;
    }
    // An agent at the counter: the supervisor approves with their PIN first.
    auto* sup = new SupervisorDialog(m_ctx.gui, tr("Fees and the price list are changed by a supervisor."),
                                     "payments_settings", this);
    sup->setObjectName(QStringLiteral("supervisorDialog"));
    sup->setAttribute(Qt::WA_DeleteOnClose);
    connect(sup, &SupervisorDialog::approved, this, open);
    sup->open();
}

void PaymentsPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retitleTabs();
        refreshWallet();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
