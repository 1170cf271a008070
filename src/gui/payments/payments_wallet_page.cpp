#include "gui/payments/payments_wallet_page.h"

#include "gui/gui_text.h"
#include "gui/online_call.h"
#include "gui/payments/payments_text.h"
#include "gui/payments/wallet_statement_model.h"
#include "ui_payments_wallet_page.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

namespace cz::gui {

namespace {

QDate qdate(const BusinessDay& d) { return QDate::fromString(QString::fromStdString(d.toString()), Qt::ISODate); }

}  // namespace

PaymentsWalletPage::PaymentsWalletPage(GuiContext& ctx, WalletService& wallet, QWidget* parent)
    : JobPage(parent)
    , m_ui(std::make_unique<Ui::PaymentsWalletPage>())
    , m_ctx(ctx)
    , m_wallet(wallet)
    , m_model(new WalletStatementModel(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->confirmedLabel->setObjectName(QStringLiteral("bigAmount"));
    m_ui->lowLabel->setProperty("error", true);
    m_ui->statementView->setModel(m_model);
    m_ui->statementView->verticalHeader()->hide();
    m_ui->statementView->horizontalHeader()->setSectionResizeMode(WalletStatementModel::Memo, QHeaderView::Stretch);
    m_ui->differencesTable->verticalHeader()->hide();
    const QDate today = qdate(m_ctx.svc.context().today());
    m_ui->toDate->setDate(today);
    m_ui->fromDate->setDate(today.addDays(-6));
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &PaymentsWalletPage::showStatement);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &PaymentsWalletPage::showStatement);
    connect(m_ui->backButton, &QPushButton::clicked, this, &PaymentsWalletPage::backRequested);
    connect(m_ui->reconcileButton, &QPushButton::clicked, this, &PaymentsWalletPage::reconcile);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, &PaymentsWalletPage::reconcile);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, &PaymentsWalletPage::backRequested);
    showReconciliation();
}

PaymentsWalletPage::~PaymentsWalletPage() = default;

void PaymentsWalletPage::refresh()
{
    const auto st = m_wallet.status();
    m_ui->confirmedLabel->setText(money(st.confirmed));
    m_ui->availableLabel->setText(tr("Reserved by orders and payments still pending: %1 · Available: %2")
                                      .arg(money(st.reserved), money(st.available)));
    m_ui->lowLabel->setText(st.low ? tr("The available balance is below %1. Ask the owner to top up the wallet.")
                                         .arg(money(st.lowThreshold))
                                   : QString());
    m_ui->lowLabel->setVisible(st.low);
    showStatement();
}

void PaymentsWalletPage::showStatement()
{
    auto from = BusinessDay::parse(m_ui->fromDate->date().toString(Qt::ISODate).toStdString());
    auto to = BusinessDay::parse(m_ui->toDate->date().toString(Qt::ISODate).toStdString());
    if (!from || !to || *to < *from) {
        m_model->setRows({}, m_ctx.svc.context().zone());
        m_ui->rangeLabel->setText(tr("Choose a start on or before the end."));
        return;
    }
    auto view = m_wallet.statement(*from, *to);
    m_ui->rangeLabel->setText(tr("Opening %1 · closing %2").arg(money(view.opening), money(view.closing)));
    m_model->setRows(std::move(view.lines), m_ctx.svc.context().zone());
    m_ui->statementView->resizeColumnsToContents();
}

void PaymentsWalletPage::reconcile()
{
    if (m_busy)
        return;
    m_busy = true;
    m_ui->reconcileButton->setEnabled(false);
    m_ui->reconcileLabel->setText(tr("Fetching the marketplace's statement…"));
    runOnline<OnlineResult<sync::Statement>>(
        this, [cfg = m_ctx.svc.sync().httpConfig()] { return PaymentsOnline(cfg, std::chrono::seconds(20)).statement(); },
        [this](const OnlineResult<sync::Statement>& r) {
            m_busy = false;
            m_ui->reconcileButton->setEnabled(true);
            if (!r) {
                m_last.reset();
                showReconciliation();
                showStatus(m_ui->reconcileLabel, onlineErrorText(r.error()), true);
                return;
            }
            m_last = m_wallet.reconcile(*r);
            showReconciliation();
            refresh();
        });
}

void PaymentsWalletPage::showReconciliation()
{
    m_ui->differencesTable->clear();
    m_ui->differencesTable->setColumnCount(6);
    m_ui->differencesTable->setHorizontalHeaderLabels({tr("Difference"), tr("Marketplace"), tr("Station"),
                                                       tr("Marketplace amount"), tr("Station amount"), tr("Event / entry")});
    const int rows = m_last ? static_cast<int>(m_last->differences.size()) : 0;
    m_ui->differencesTable->setRowCount(rows);
    m_ui->differencesTable->setVisible(rows > 0);
    if (!m_last)
        return;
    for (int i = 0; i < rows; ++i) {
        const auto& d = m_last->differences[static_cast<std::size_t>(i)];
        const bool market = d.kind != WalletDifference::MissingAtMarketplace;
        const bool station = d.kind != WalletDifference::MissingAtStation;
        const QString cells[] = {
            walletDifferenceText(d.kind) +
                (d.kind == WalletDifference::MissingAtStation && !d.eventApplied ? tr(" (sync to fetch it)") : QString()),
            market ? QStringLiteral("%1 %2 %3").arg(QString::fromStdString(d.marketKind), QString::fromStdString(d.refType),
                                                    QString::fromStdString(d.refId))
                   : QString(),
            station ? tr("#%1 %2 %3").arg(d.entrySeq).arg(walletEntryText(d.entryKind), QString::fromStdString(d.memo)) : QString(),
            market ? money(d.marketAmount) : QString(),
            station ? money(d.stationAmount) : QString(),
            QString::fromStdString(market ? d.eventId : d.opId)};
        for (int c = 0; c < 6; ++c)
            m_ui->differencesTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_ui->differencesTable->resizeColumnsToContents();
    if (m_last->agrees())
        showStatus(m_ui->reconcileLabel,
                   tr("The wallet agrees with the marketplace: %1, %n movement(s) matched.", nullptr,
                      static_cast<int>(m_last->matched))
                       .arg(money(m_last->stationBalance)),
                   false);
    else
        showStatus(m_ui->reconcileLabel,
                   tr("%n difference(s). Marketplace balance %1, station balance %2.", nullptr, rows)
                       .arg(money(m_last->marketBalance), money(m_last->stationBalance)),
                   true);
}

void PaymentsWalletPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
        showReconciliation();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
