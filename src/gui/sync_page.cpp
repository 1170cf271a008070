#include "gui/sync_page.h"

#include "gui/gui_text.h"
#include "gui/sync_monitor.h"
#include "ui_sync_page.h"

#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

namespace cz::gui {

namespace {

QString stateName(OutboxState s)
{
    switch (s) {
    case OutboxState::Queued: return SyncPage::tr("waiting");
    case OutboxState::Sent: return SyncPage::tr("sent, no answer yet");
    case OutboxState::Accepted: return SyncPage::tr("received by the marketplace");
    case OutboxState::NeedsAttention: return SyncPage::tr("needs attention");
    }
    return {};
}

QString opName(const std::string& type)
{
    if (type == "order.place")
        return SyncPage::tr("Cash order");
    if (type == "order.cancel")
        return SyncPage::tr("Cancel order");
    return QString::fromStdString(type);
}

void fill(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

}  // namespace

SyncPage::SyncPage(GuiContext& ctx, QWidget* parent) : JobPage(parent), m_ui(std::make_unique<Ui::SyncPage>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    for (auto* t : {m_ui->waitingTable, m_ui->problemsTable}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    connect(m_ui->backButton, &QPushButton::clicked, this, &SyncPage::backRequested);
    connect(m_ui->syncNowButton, &QPushButton::clicked, this, [this] {
        if (m_ctx.sync)
            m_ctx.sync->syncNow();
        showStatus(m_ui->messageLabel, tr("Syncing…"), false);
    });
    connect(m_ui->saveConnectionButton, &QPushButton::clicked, this, &SyncPage::saveConnection);
    connect(m_ui->resolveButton, &QPushButton::clicked, this, &SyncPage::resolveSelected);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &SyncPage::backRequested);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, m_ui->syncNowButton, &QPushButton::click);
    if (m_ctx.sync)
        connect(m_ctx.sync, &SyncMonitor::overviewChanged, this, [this] {
            if (isVisible())
                refresh();
        });
}

SyncPage::~SyncPage() = default;

void SyncPage::refresh()
{
    auto& sync = m_ctx.svc.sync();
    const auto zone = m_ctx.svc.context().zone();
    const auto settings = sync.settings();
    const SyncOverview o = m_ctx.sync ? m_ctx.sync->latest() : sync.overview();
    QString status;
    if (!settings.configured)
        status = tr("Not connected to a marketplace yet. A supervisor enters the address and token under Connection.");
    else if (o.worker.online)
        status = tr("Online. Last sync %1.").arg(o.worker.lastSuccess ? timeText(*o.worker.lastSuccess, *zone) : QStringLiteral("—"));
    else if (!o.worker.lastError.empty())
        status = tr("Offline: %1. Everything is kept and will be sent when the link is back.")
                     .arg(QString::fromStdString(o.worker.lastError));
    else
        status = tr("Connecting…");
    m_ui->statusLabel->setText(status + QStringLiteral("  ") +
                               tr("%1 waiting, %2 need attention.").arg(o.counts.waiting()).arg(o.openIssues));

    const auto waiting = sync.outbox({OutboxState::Queued, OutboxState::Sent}, 500);
    m_ui->waitingTable->clear();
    m_ui->waitingTable->setColumnCount(5);
    m_ui->waitingTable->setHorizontalHeaderLabels({tr("Created"), tr("What"), tr("State"), tr("Tries"), tr("Last problem")});
    m_ui->waitingTable->setRowCount(static_cast<int>(waiting.size()));
    for (int i = 0; i < static_cast<int>(waiting.size()); ++i) {
        const auto& op = waiting[static_cast<std::size_t>(i)];
        fill(m_ui->waitingTable, i,
             {dateTimeText(op.createdAt, *zone), opName(op.type), stateName(op.state), QString::number(op.attempts),
              QString::fromStdString(op.lastError)});
    }
    // Every op the marketplace refused also opened an issue: the issues are what a person resolves.
    const auto issues = sync.issues(500);
    m_ui->problemsTable->clear();
    m_ui->problemsTable->setColumnCount(4);
    m_ui->problemsTable->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Reference"), tr("Reason")});
    m_ui->problemsTable->setRowCount(static_cast<int>(issues.size()));
    for (int i = 0; i < static_cast<int>(issues.size()); ++i) {
        const auto& is = issues[static_cast<std::size_t>(i)];
        fill(m_ui->problemsTable, i,
             {dateTimeText(is.at, *zone), QString::fromStdString(is.source), QString::fromStdString(is.refId),
              QString::fromStdString(is.code + ": " + is.message)});
        m_ui->problemsTable->item(i, 0)->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(is.id));
    }
    m_ui->waitingTable->resizeColumnsToContents();
    m_ui->problemsTable->resizeColumnsToContents();
    m_ui->tabs->setTabText(0, tr("Waiting (%1)").arg(waiting.size()));
    m_ui->tabs->setTabText(1, tr("Needs attention (%1)").arg(issues.size()));

    const bool sup = m_ctx.session && m_ctx.session->isSupervisor();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->urlEdit, m_ui->tokenEdit, m_ui->caEdit, m_ui->saveConnectionButton}) {
        w->setEnabled(sup);
        w->setToolTip(sup ? QString() : tr("Only a supervisor can change this."));
    }
    if (!m_ui->urlEdit->hasFocus())
        m_ui->urlEdit->setText(QString::fromStdString(settings.url));
    m_ui->tokenEdit->setPlaceholderText(settings.maskedToken.empty() ? tr("not set")
                                                                     : tr("set (%1) — type to replace").arg(QString::fromStdString(settings.maskedToken)));
    if (!m_ui->caEdit->hasFocus())
        m_ui->caEdit->setText(QString::fromStdString(settings.caFile));
}

void SyncPage::saveConnection()
{
    if (!m_ctx.session)
        return;
    auto& sync = m_ctx.svc.sync();
    std::string token = m_ui->tokenEdit->text().trimmed().toStdString();
    if (token.empty())
        token = sync.httpConfig().token;  // keep the stored one
    auto r = sync.configure(*m_ctx.session, m_ui->urlEdit->text().trimmed().toStdString(), token,
                            m_ui->caEdit->text().trimmed().toStdString());
    if (!r) {
        showStatus(m_ui->messageLabel,
                   r.error().code == Errc::InvalidInput ? QString::fromStdString(r.error().detail)
                                                        : errorText(r.error(), *m_ctx.svc.context().zone()),
                   true);
        return;
    }
    m_ui->tokenEdit->clear();
    if (m_ctx.sync)
        m_ctx.sync->restart();
    showStatus(m_ui->messageLabel, tr("Connection saved."), false);
    refresh();
}

void SyncPage::resolveSelected()
{
    const auto rows = m_ui->problemsTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_ctx.session) {
        showStatus(m_ui->messageLabel, tr("Select a problem first."), true);
        return;
    }
    const auto id = m_ui->problemsTable->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    auto r = m_ctx.svc.sync().resolveIssue(*m_ctx.session, id);
    if (!r) {
        showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    if (m_ctx.sync)
        m_ctx.sync->refreshCounts();
    refresh();
}

void SyncPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->messageLabel->clear();
        refresh();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
