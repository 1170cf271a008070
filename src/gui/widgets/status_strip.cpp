#include "gui/widgets/status_strip.h"

#include "core/accounts.h"
#include "gui/gui_text.h"
#include "gui/sync_monitor.h"
#include "ui_status_strip.h"

#include <QEvent>
#include <QStyle>
#include <QTimer>

namespace cz::gui {

StatusStrip::StatusStrip(QWidget* parent) : QFrame(parent), m_ui(std::make_unique<Ui::StatusStrip>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("statusStrip"));
    // The clock and the day can change without any action (midnight, another clerk): tick.
    auto* timer = new QTimer(this);
    timer->setInterval(15'000);
    connect(timer, &QTimer::timeout, this, &StatusStrip::refresh);
    timer->start();
}

StatusStrip::~StatusStrip() = default;

void StatusStrip::setContext(GuiContext* ctx)
{
    m_ctx = ctx;
    if (m_ctx->sync)
        connect(m_ctx->sync, &SyncMonitor::overviewChanged, this, &StatusStrip::refresh);
    refresh();
}

void StatusStrip::refresh()
{
    if (!m_ctx)
        return;
    auto& svc = m_ctx->svc;
    const auto zone = svc.context().zone();
    if (m_ctx->session)
        m_ui->userLabel->setText(tr("%1 (%2)").arg(QString::fromStdString(m_ctx->session->userName),
                                                      roleName(m_ctx->session->role)));
    else
        m_ui->userLabel->setText(tr("Not logged in"));
    const auto st = svc.days().status();
    if (st.open) {
        const bool stale = st.open->day < svc.context().today();
        m_ui->dayLabel->setText(stale ? tr("Day %1 still open — close it").arg(QString::fromStdString(st.open->day.toString()))
                                      : tr("Day open: %1").arg(QString::fromStdString(st.open->day.toString())));
        m_ui->dayLabel->setProperty("alert", stale);
    } else {
        m_ui->dayLabel->setText(tr("Day not open"));
        m_ui->dayLabel->setProperty("alert", true);
    }
    m_ui->dayLabel->style()->unpolish(m_ui->dayLabel);
    m_ui->dayLabel->style()->polish(m_ui->dayLabel);
    m_ui->drawerLabel->setText(tr("Drawer %1").arg(money(st.drawer)));
    m_ui->drawerLabel->setVisible(!m_drawerHidden);
    const Money wallet = svc.ledger().balance(acct::PlatformWallet);
    const Money available = svc.orders().walletAvailable();
    m_ui->walletLabel->setText(available == wallet ? tr("Wallet %1").arg(money(wallet))
                                                   : tr("Wallet %1 (available %2)").arg(money(wallet), money(available)));
    const auto sync = svc.sync().settings();
    const SyncOverview o = m_ctx->sync ? m_ctx->sync->latest() : svc.sync().overview();
    QString text;
    if (!sync.configured)
        text = tr("Not connected");
    else
        text = o.worker.online ? tr("Online") : tr("Offline");
    if (o.counts.waiting() > 0)
        text += tr(" · %1 waiting").arg(o.counts.waiting());
    if (o.openIssues > 0)
        text += tr(" · %1 need attention").arg(o.openIssues);
    m_ui->syncLabel->setText(text);
    m_ui->syncLabel->setProperty("alert", !o.worker.online || o.openIssues > 0);
    m_ui->syncLabel->style()->unpolish(m_ui->syncLabel);
    m_ui->syncLabel->style()->polish(m_ui->syncLabel);
    m_ui->stationLabel->setText(QString::fromStdString(svc.settings().stationName()));
    m_ui->clockLabel->setText(timeText(svc.context().now(), *zone));
}

void StatusStrip::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QFrame::changeEvent(e);
}

void StatusStrip::setDrawerHidden(bool hidden)
{
    m_drawerHidden = hidden;
    m_ui->drawerLabel->setVisible(!hidden);
}

}  // namespace cz::gui
