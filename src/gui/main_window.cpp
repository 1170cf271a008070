#include "gui/main_window.h"

#include "gui/cash_page.h"
#include "gui/consignment/consignment_page.h"
#include "gui/home_page.h"
#include "gui/job_page.h"
#include "gui/language.h"
#include "gui/login_page.h"
#include "gui/orders/order_history_page.h"
#include "gui/orders/order_page.h"
#include "gui/orders/parcel_page.h"
#include "gui/payments/payments_page.h"
#include "gui/payments/payments_wallet_page.h"
#include "gui/reports/reports_page.h"
#include "gui/settings_page.h"
#include "gui/sync_page.h"
#include "gui/widgets/status_strip.h"
#include "ui_main_window.h"

#include <QEvent>

namespace cz::gui {

MainWindow::MainWindow(GuiContext& ctx, Language& language, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_ctx(ctx)
    , m_language(language)
    , m_login(new LoginPage(ctx))
    , m_home(new HomePage(ctx))
    , m_cash(new CashPage(ctx))
    , m_settings(new SettingsPage(ctx))
    , m_syncPage(new SyncPage(ctx))
    , m_orders(new OrderPage(ctx))
    , m_parcels(new ParcelPage(ctx))
    , m_history(new OrderHistoryPage(ctx))
{
    m_ui->setupUi(this);
    m_login->setObjectName(QStringLiteral("loginPage"));
    m_home->setObjectName(QStringLiteral("homePage"));
    m_ui->pages->addWidget(m_login);
    m_ui->pages->addWidget(m_home);
    m_ui->statusStrip->setContext(&m_ctx);
    connect(m_home, &HomePage::logoutRequested, this, &MainWindow::logout);
    connect(m_login, &LoginPage::loggedIn, this, &MainWindow::onLoggedIn);

    // Only jobs that work get a tile, in the order of the counter's day.
    addJob(QStringLiteral("orderTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Cash order"),
           QT_TRANSLATE_NOOP("cz::gui::HomePage", "Buy from the marketplace for a villager"), QKeySequence(Qt::Key_F2),
           QStringLiteral("购"), m_orders);
    addJob(QStringLiteral("consignmentTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Consignment"),
           QT_TRANSLATE_NOOP("cz::gui::HomePage", "Farmers, listings, sales, payouts"), QKeySequence(Qt::Key_F5),
           QStringLiteral("卖"), new ConsignmentPage(m_ctx, m_ctx.svc.consignment(), this));
    {
        // 代缴, and the platform wallet page it opens ("Platform wallet…"; no tile of its own).
        auto* payments = new PaymentsPage(m_ctx, m_ctx.svc.payments(), m_ctx.svc.wallet(), this);
        addJob(QStringLiteral("paymentsTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Bills & tickets"),
               QT_TRANSLATE_NOOP("cz::gui::HomePage", "Utility bills, phone top-ups, train tickets, services"),
               QKeySequence(Qt::Key_F6), QStringLiteral("缴"), payments);
        auto* wallet = new PaymentsWalletPage(m_ctx, m_ctx.svc.wallet(), this);
        wallet->setObjectName(QStringLiteral("walletPage"));
        m_ui->pages->addWidget(wallet);
        connect(payments, &PaymentsPage::walletRequested, this, [this, wallet] { showJob(wallet); });
        connect(wallet, &JobPage::backRequested, this, [this, payments] { showJob(payments); });
        connect(wallet, &JobPage::changed, m_ui->statusStrip, &StatusStrip::refresh);
    }
    addJob(QStringLiteral("parcelTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Parcels"),
           QT_TRANSLATE_NOOP("cz::gui::HomePage", "Hand over, put on the shelf, send back"), QKeySequence(Qt::Key_F3),
           QStringLiteral("包"), m_parcels);
    addJob(QStringLiteral("historyTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Orders"),
           QT_TRANSLATE_NOOP("cz::gui::HomePage", "History, refunds, reprints"), QKeySequence(Qt::Key_F4),
           QStringLiteral("单"), m_history);
    addJob(QStringLiteral("cashTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Cash & day"),
           QT_TRANSLATE_NOOP("cz::gui::HomePage", "Open the day, cash in/out, deposit, close"), QKeySequence(Qt::Key_F7),
           QStringLiteral("¥"), m_cash);
    addJob(QStringLiteral("syncTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Marketplace sync"),
           QT_TRANSLATE_NOOP("cz::gui::HomePage", "What is waiting, what needs attention"), QKeySequence(Qt::Key_F8),
           QStringLiteral("⇅"), m_syncPage);
    addJob(QStringLiteral("settingsTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Settings"),
           QT_TRANSLATE_NOOP("cz::gui::HomePage", "Language, time zone, users"), QKeySequence(Qt::Key_F9),
           QStringLiteral("⚙"), m_settings);
    addJob(QStringLiteral("reportsTile"), QT_TRANSLATE_NOOP("cz::gui::HomePage", "Reports"),
           QT_TRANSLATE_NOOP("cz::gui::HomePage", "Income, charts, Taobao village, CSV"), QKeySequence(Qt::Key_F10),
           QStringLiteral("表"), new ReportsPage(m_ctx, this));
    connect(m_settings, &SettingsPage::languageChanged, this, [this](const QString& lang) { m_language.apply(lang); });
    retitle();
    showPage(m_login);
}

MainWindow::~MainWindow() = default;

void MainWindow::addJob(const QString& tileName, const char* title, const char* subtitle, const QKeySequence& key,
                        const QString& icon, JobPage* page)
{
    // Tests and the tour find a job's page as "<job>Page" (the form's own class name is not unique).
    page->setObjectName(QString(tileName).replace(QStringLiteral("Tile"), QStringLiteral("Page")));
    m_ui->pages->addWidget(page);
    m_home->addTile(tileName, title, subtitle, key, icon);
    connect(m_home, &HomePage::tileActivated, this, [this, tileName, page](const QString& tile) {
        if (tile == tileName)
            showJob(page);
    });
    connect(page, &JobPage::backRequested, this, &MainWindow::showHome);
    connect(page, &JobPage::changed, m_ui->statusStrip, &StatusStrip::refresh);
}

StatusStrip* MainWindow::statusStrip() const { return m_ui->statusStrip; }
QWidget* MainWindow::currentPage() const { return m_ui->pages->currentWidget(); }

void MainWindow::showPage(QWidget* page)
{
    m_ui->pages->setCurrentWidget(page);
    m_ui->statusStrip->refresh();
}

void MainWindow::onLoggedIn(const Session& s)
{
    m_ctx.session = s;
    showHome();
}

void MainWindow::showHome()
{
    if (!m_ctx.session) {
        logout();
        return;
    }
    m_home->refresh();
    showPage(m_home);
}

void MainWindow::showJob(JobPage* page)
{
    if (!m_ctx.session) {
        logout();
        return;
    }
    page->refresh();
    showPage(page);
}

void MainWindow::showCash() { showJob(m_cash); }
void MainWindow::showSettings() { showJob(m_settings); }
void MainWindow::showSync() { showJob(m_syncPage); }
void MainWindow::showOrders() { showJob(m_orders); }
void MainWindow::showParcels() { showJob(m_parcels); }
void MainWindow::showHistory() { showJob(m_history); }

void MainWindow::logout()
{
    if (m_ctx.session)
        m_ctx.svc.audit().record(&*m_ctx.session, "logout", "user:" + std::to_string(m_ctx.session->userId), "ok");
    m_ctx.session.reset();
    m_login->reset();
    showPage(m_login);
}

void MainWindow::retitle()
{
    setWindowTitle(tr("Cunzhan village station — %1").arg(QString::fromStdString(m_ctx.svc.settings().stationName())));
}

void MainWindow::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retitle();
    }
    QMainWindow::changeEvent(e);
}

}  // namespace cz::gui
