#include "gui/cash_page.h"

#include "core/uuid.h"
#include "gui/cash_movement_dialog.h"
#include "gui/denomination_dialog.h"
#include "gui/gui_text.h"
#include "gui/models/drawer_movements_model.h"
#include "gui/online_call.h"
#include "gui/orders/order_gui_texts.h"
#include "gui/printing/receipt_preview_dialog.h"
#include "services/payments/payments_online.h"
#include "services/payments/wallet_service.h"
#include "gui/reports/report_gui_texts.h"
#include "gui/supervisor_dialog.h"
#include "gui/widgets/status_strip.h"
#include "ui_cash_page.h"

#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

namespace cz::gui {

CashPage::CashPage(GuiContext& ctx, QWidget* parent)
    : JobPage(parent), m_ui(std::make_unique<Ui::CashPage>()), m_ctx(ctx), m_model(new DrawerMovementsModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->drawerLabel->setObjectName(QStringLiteral("bigAmount"));
    m_ui->movementsView->setModel(m_model);
    m_ui->movementsView->horizontalHeader()->setSectionResizeMode(DrawerMovementsModel::Memo, QHeaderView::Stretch);
    m_ui->movementsView->verticalHeader()->hide();
    connect(m_ui->backButton, &QPushButton::clicked, this, &CashPage::backRequested);
    connect(m_ui->openDayButton, &QPushButton::clicked, this, &CashPage::openDay);
    connect(m_ui->cashInButton, &QPushButton::clicked, this, &CashPage::cashIn);
    connect(m_ui->cashOutButton, &QPushButton::clicked, this, &CashPage::cashOut);
    connect(m_ui->depositButton, &QPushButton::clicked, this, &CashPage::deposit);
    connect(m_ui->closeDayButton, &QPushButton::clicked, this, &CashPage::closeDay);
    connect(m_ui->xReportButton, &QPushButton::clicked, this, &CashPage::xReport);
    connect(m_ui->reprintZButton, &QPushButton::clicked, this, &CashPage::reprintZ);
    const std::pair<QKeySequence, QPushButton*> keys[] = {
        {QKeySequence(Qt::Key_F5), m_ui->openDayButton},   {QKeySequence(Qt::Key_F6), m_ui->cashInButton},
        {QKeySequence(Qt::Key_F7), m_ui->cashOutButton},   {QKeySequence(Qt::Key_F8), m_ui->depositButton},
        {QKeySequence(Qt::Key_F10), m_ui->closeDayButton}, {QKeySequence(Qt::Key_Escape), m_ui->backButton},
        {QKeySequence(Qt::Key_F11), m_ui->xReportButton},   {QKeySequence(Qt::Key_F12), m_ui->reprintZButton},
    };
    for (const auto& [key, button] : keys) {
        auto* sc = new QShortcut(key, this);
        connect(sc, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
    }
}

CashPage::~CashPage() = default;

void CashPage::refresh()
{
    auto& days = m_ctx.svc.days();
    const auto st = days.status();
    const bool open = st.open.has_value();
    if (open)
        m_ui->dayLabel->setText(tr("Business day %1 is open (since %2).")
                                    .arg(QString::fromStdString(st.open->day.toString()),
                                         timeText(st.open->openedAt, *m_ctx.svc.context().zone())));
    else
        m_ui->dayLabel->setText(tr("No business day is open. Count the float and open day %1.")
                                    .arg(QString::fromStdString(st.nextToOpen.toString())));
    m_ui->drawerLabel->setText(money(st.drawer));
    m_ui->openDayButton->setEnabled(!open);
    for (auto* b : {m_ui->cashInButton, m_ui->cashOutButton, m_ui->depositButton, m_ui->closeDayButton})
        b->setEnabled(open);
    m_ui->zDayCombo->clear();  // newest first, the newest chosen
    for (const auto& d : m_ctx.svc.reports().zDays(60))
        m_ui->zDayCombo->addItem(QString::fromStdString(d.toString()));
    m_ui->zDayCombo->setEnabled(m_ui->zDayCombo->count() > 0);
    m_ui->reprintZButton->setEnabled(m_ui->zDayCombo->count() > 0);
    const BusinessDay day = open ? st.open->day : st.nextToOpen;
    m_model->setRows(days.drawerMovements(day), m_ctx.svc.context().zone());
    m_ui->movementsView->resizeColumnsToContents();
    m_ui->emptyLabel->setText(m_model->rowCount() == 0 ? tr("No cash has moved yet today.") : QString());
    m_ui->emptyLabel->setVisible(m_model->rowCount() == 0);
}

void CashPage::openDay()
{
    if (!m_ctx.session)
        return;
    const auto st = m_ctx.svc.days().status();
    const bool first = !st.lastClosed.has_value();
    const QString intro = first ? tr("Count the cash you put in the drawer to start. This first float is recorded as the "
                                     "owner's money.")
                                : tr("Count the cash in the drawer. If it differs from what the ledger expects, say why.");
    const std::string op = newUuid();  // one operation per dialog: pressing OK twice records it once
    auto* dlg = new DenominationDialog(
        tr("Open business day %1").arg(QString::fromStdString(st.nextToOpen.toString())), intro,
        first ? std::nullopt : std::optional<Money>(st.drawer),
        [this, op](const DenominationDialog::Input& in) -> QString {
            auto r = m_ctx.svc.days().openDay(*m_ctx.session, op, in.count, in.note.toStdString());
            if (!r)
                return errorText(r.error(), *m_ctx.svc.context().zone());
            showStatus(m_ui->messageLabel, tr("Day %1 opened with %2 in the drawer.").arg(QString::fromStdString(r->day.toString()), money(r->counted)),
                        false);
            return {};
        },
        this);
    dlg->setObjectName(QStringLiteral("openDayDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dlg->open();
}

void CashPage::cashIn() { moveCash(Movement::In); }
void CashPage::cashOut() { moveCash(Movement::Out); }
void CashPage::deposit() { moveCash(Movement::Deposit); }

void CashPage::moveCash(Movement kind)
{
    if (!m_ctx.session)
        return;
    QString title, intro;
    QStringList reasons;
    switch (kind) {
    case Movement::In:
        title = tr("Put cash into the drawer");
        intro = tr("Cash the owner adds (change, small notes). It is recorded as the owner's money.");
        reasons = {tr("Change for the day"), tr("Owner adds cash")};
        break;
    case Movement::Out:
        title = tr("Take cash out of the drawer");
        intro = tr("Cash the owner takes out. You cannot take more than the drawer holds.");
        reasons = {tr("Owner takes cash"), tr("Pay a supplier"), tr("Petty expenses")};
        break;
    case Movement::Deposit:
        title = tr("Deposit cash at the bank");
        intro = tr("Cash taken from the drawer to the station's bank account.");
        reasons = {tr("Bank deposit")};
        break;
    }
    const std::string op = newUuid();
    auto* dlg = new CashMovementDialog(
        title, intro, reasons,
        [this, kind, op](Money amount, const QString& reason) -> QString {
            auto& days = m_ctx.svc.days();
            const auto& who = *m_ctx.session;
            const std::string why = reason.toStdString();
            auto r = kind == Movement::In    ? days.cashIn(who, op, amount, why)
                     : kind == Movement::Out ? days.cashOut(who, op, amount, why)
                                             : days.bankDeposit(who, op, amount, why);
            if (!r)
                return errorText(r.error(), *m_ctx.svc.context().zone());
            showStatus(m_ui->messageLabel, tr("Recorded. The drawer now holds %1.").arg(money(r->drawerAfter)), false);
            return {};
        },
        this);
    dlg->setObjectName(kind == Movement::In ? QStringLiteral("cashInDialog")
                       : kind == Movement::Out ? QStringLiteral("cashOutDialog")
                                               : QStringLiteral("depositDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dlg->open();
}

void CashPage::closeDay()
{
    if (!m_ctx.session)
        return;
    const auto st = m_ctx.svc.days().status();
    if (!st.open)
        return;
    const std::string op = newUuid();
    const auto x = m_ctx.svc.reports().xReport();
    QString intro = tr("Count everything in the drawer. The expected figure is shown only after your count. Any "
                       "difference is recorded as cash over/short with your note; a large one needs a supervisor.");
    if (x.pendingCount > 0)
        intro += QLatin1Char('\n') + tr("%n operation(s) still wait for the marketplace; they are carried over to the "
                                        "next day and listed on the Z report.", nullptr, static_cast<int>(x.pendingCount));
    // Blind count: no expected figure in the dialog.
    auto* dlg = new DenominationDialog(tr("Close business day %1").arg(QString::fromStdString(st.open->day.toString())),
                                       intro, std::nullopt, {}, this);
    auto revealed = std::make_shared<bool>(false);
    // The platform wallet is reconciled at the close: the marketplace's statement, fetched off the
    // GUI thread while the agent counts, line by line against the ledger's wallet postings. If it
    // has not arrived (offline), the Z says the statement was not entered.
    auto statement = std::make_shared<std::optional<sync::Statement>>();
    if (m_ctx.svc.sync().settings().configured)
        runOnline<OnlineResult<sync::Statement>>(
            dlg, [cfg = m_ctx.svc.sync().httpConfig()] { return PaymentsOnline(cfg).statement(); },
            [statement](const OnlineResult<sync::Statement>& r) {
                if (r)
                    *statement = *r;
            });
    auto finish = [this](const DayClosedResult& r, const QString& status) {
        showStatus(m_ui->messageLabel, status, false);
        if (auto z = m_ctx.svc.reports().zReport(r.day)) {
            auto* preview = new ReceiptPreviewDialog(*z, thermalTarget(m_ctx.svc.settings()), this);
            preview->setObjectName(QStringLiteral("zReportDialog"));
            preview->setAttribute(Qt::WA_DeleteOnClose);
            preview->open();
        }
    };
    auto submit = [this, op, dlg, revealed, statement, finish](const DenominationDialog::Input& in) -> QString {
        const Money expected = m_ctx.svc.days().drawerBalance();
        if (in.total != expected && !*revealed) {
            // The count is in: now show what the ledger expected, once, so the agent can recount.
            *revealed = true;
            return tr("Expected %1, counted %2: a difference of %3. Count again, or explain the difference in the note "
                      "and press OK.")
                .arg(money(expected), money(in.total), money(in.total - expected));
        }
        CloseExtras extras;
        extras.texts = reportTexts();
        if (*statement) {
            const auto rec = m_ctx.svc.wallet().reconcile(**statement);
            extras.walletMarket = rec.marketBalance;
            extras.walletGaps = walletGaps(rec);
        }
        auto r = m_ctx.svc.days().closeDay(*m_ctx.session, op, in.count, in.note.toStdString(), std::nullopt, extras);
        if (r) {
            finish(*r, tr("Day %1 closed. Counted %2, expected %3.")
                           .arg(QString::fromStdString(r->day.toString()), money(r->counted), money(r->expected)));
            return {};
        }
        if (r.error().code != Errc::SupervisorRequired)
            return errorText(r.error(), *m_ctx.svc.context().zone());
        // Too large a difference: ask a supervisor, then close with their approval.
        auto* sup = new SupervisorDialog(m_ctx, tr("The difference is larger than the limit. A supervisor must approve it."),
                                         "day_close", dlg);
        sup->setObjectName(QStringLiteral("supervisorDialog"));
        sup->setAttribute(Qt::WA_DeleteOnClose);
        connect(sup, &SupervisorDialog::approved, dlg, [this, op, in, extras, finish, dlg](const Session& supervisor) {
            auto rr = m_ctx.svc.days().closeDay(*m_ctx.session, op, in.count, in.note.toStdString(), supervisor, extras);
            if (!rr) {
                showStatus(m_ui->messageLabel, errorText(rr.error(), *m_ctx.svc.context().zone()), true);
                return;
            }
            finish(*rr, tr("Day %1 closed with a difference of %2, approved by %3.")
                            .arg(QString::fromStdString(rr->day.toString()), money(rr->variance),
                                 QString::fromStdString(supervisor.userName)));
            dlg->accept();
        });
        sup->open();
        return tr("Waiting for a supervisor's approval.");
    };
    dlg->setSubmit(submit);
    dlg->setObjectName(QStringLiteral("closeDayDialog"));
    // Blind: while the agent counts, nothing on screen says what the drawer should hold.
    setBlind(true);
    connect(dlg, &QDialog::finished, this, [this] { setBlind(false); });
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    dlg->open();
}

void CashPage::setBlind(bool blind)
{
    for (QWidget* w : {static_cast<QWidget*>(m_ui->drawerCaption), static_cast<QWidget*>(m_ui->drawerLabel),
                       static_cast<QWidget*>(m_ui->movementsView)})
        w->setVisible(!blind);
    if (auto* strip = window()->findChild<StatusStrip*>())
        strip->setDrawerHidden(blind);
}

void CashPage::xReport()
{
    if (!m_ctx.session)
        return;
    auto* preview = new ReceiptPreviewDialog(m_ctx.svc.reports().xReceipt(*m_ctx.session, reportTexts()),
                                             thermalTarget(m_ctx.svc.settings()), this);
    preview->setObjectName(QStringLiteral("xReportDialog"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

void CashPage::reprintZ()
{
    const auto day = BusinessDay::parse(m_ui->zDayCombo->currentText().toStdString());
    if (!day)
        return;
    auto z = m_ctx.svc.reports().zReport(*day);
    if (!z) {
        showStatus(m_ui->messageLabel, errorText(z.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    auto* preview = new ReceiptPreviewDialog(*z, thermalTarget(m_ctx.svc.settings()), this);
    preview->setObjectName(QStringLiteral("zReportDialog"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
}

void CashPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->messageLabel->clear();  // a status line in the old language would mislead
        refresh();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
