#include "gui/tour.h"

#include "gui/cash_page.h"
#include "gui/denomination_dialog.h"
#include "gui/gui_text.h"
#include "gui/home_page.h"
#include "gui/language.h"
#include "gui/login_page.h"
#include "gui/main_window.h"
#include "gui/settings_page.h"

#include "core/accounts.h"
#include "gui/sync_monitor.h"
#include "gui/sync_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QTextStream>
#include <QToolButton>

namespace cz::gui {

Tour::Tour(MainWindow& window, GuiContext& ctx, Language& language, const QString& dir, DemoStation demo)
    : m_window(window), m_ctx(ctx), m_language(language), m_dir(dir), m_demo(std::move(demo))
{
}

template <class T>
T* Tour::find(const QString& objectName) const
{
    // Dialogs are children of their page; search the whole window tree.
    return m_window.findChild<T*>(objectName);
}

void Tour::settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void Tour::log(const QString& line)
{
    QFile f(m_dir.filePath(QStringLiteral("tour.log")));
    if (f.open(QIODevice::Append | QIODevice::Text)) {
        QTextStream out(&f);
        out << line << '\n';
    }
    QTextStream(stdout) << line << Qt::endl;
}

void Tour::snap(const QString& screen, QDialog* dialog)
{
    settle();
    QPixmap shot = m_window.grab();
    if (dialog && dialog->isVisible()) {
        // Offscreen, a dialog is its own top-level: draw it over the dimmed window, as an agent sees it.
        QPainter p(&shot);
        p.fillRect(shot.rect(), QColor(0, 0, 0, 90));
        const QPixmap d = dialog->grab();
        p.drawPixmap((shot.width() - d.width()) / 2, (shot.height() - d.height()) / 2, d);
    }
    const QString file = QStringLiteral("%1-%2.png").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(screen);
    if (!shot.save(m_dir.filePath(file)))
        log(QStringLiteral("%1 %2: FAIL could not save %3").arg(m_shot, 2, 10, QLatin1Char('0')).arg(screen, file));
}

void Tour::step(const QString& screen, const QString& what, const Check& action, const QString& dialogName)
{
    const QString problem = action();
    settle();
    snap(screen, dialogName.isEmpty() ? nullptr : find<QDialog>(dialogName));
    const QString n = QStringLiteral("%1").arg(m_shot, 2, 10, QLatin1Char('0'));
    if (problem.isEmpty()) {
        log(QStringLiteral("%1 %2: ok — %3").arg(n, screen, what));
    } else {
        ++m_failures;
        log(QStringLiteral("%1 %2: FAIL — %3: %4").arg(n, screen, what, problem));
    }
}

void Tour::section(const QString& name, const std::function<void()>& body)
{
    log(QStringLiteral("== %1").arg(name));
    body();
}

int Tour::run()
{
    m_dir.mkpath(QStringLiteral("."));
    QFile::remove(m_dir.filePath(QStringLiteral("tour.log")));
    m_window.resize(1280, 800);
    m_window.show();
    settle();
    section(QStringLiteral("login"), [this] { login(); });
    section(QStringLiteral("cash and the business day"), [this] { cashDay(); });
    section(QStringLiteral("marketplace sync"), [this] { marketplace(); });
    section(QStringLiteral("settings and language"), [this] { settings(); });
    section(QStringLiteral("logout"), [this] { logout(); });
    log(QStringLiteral("tour finished: %1 screenshots, %2 failure(s), in %3").arg(m_shot).arg(m_failures).arg(m_dir.absolutePath()));
    if (m_ctx.sync)
        m_ctx.svc.sync().stopWorker();
    if (m_market) {
        m_market->kill();
        m_market->waitForFinished(5000);
    }
    return m_failures;
}

void Tour::login()
{
    auto* users = find<QListWidget>(QStringLiteral("userList"));
    auto* pin = find<QLineEdit>(QStringLiteral("pinEdit"));
    auto* go = find<QPushButton>(QStringLiteral("loginButton"));
    step(QStringLiteral("login"), QStringLiteral("the PIN pad with the station's users"), [&]() -> QString {
        for (int i = 0; i < users->count(); ++i)
            if (users->item(i)->text().startsWith(QString::fromStdString(m_demo.agentName)))
                users->setCurrentRow(i);
        return users->currentItem() ? QString() : QStringLiteral("agent not listed");
    });
    step(QStringLiteral("login-wrong-pin"), QStringLiteral("a wrong PIN is refused with the attempts left"), [&]() -> QString {
        pin->setText(QStringLiteral("0000"));
        go->click();
        return m_window.currentPage() == m_window.loginPage() ? QString() : QStringLiteral("a wrong PIN got in");
    });
    step(QStringLiteral("home"), QStringLiteral("the agent logs in with the PIN pad and reaches the home tiles"), [&]() -> QString {
        for (QChar c : QString::fromStdString(m_demo.agentPin))
            find<QPushButton>(QStringLiteral("key%1").arg(c))->click();
        go->click();
        return m_window.currentPage() == m_window.homePage() ? QString() : QStringLiteral("still on the login page");
    });
}

void Tour::cashDay()
{
    step(QStringLiteral("cash"), QStringLiteral("the cash page before the day is opened"), [&]() -> QString {
        find<QToolButton>(QStringLiteral("cashTile"))->click();
        return m_window.currentPage() == m_window.cashPage() ? QString() : QStringLiteral("cash page not shown");
    });
    DenominationDialog* dlg = nullptr;
    step(QStringLiteral("open-day"), QStringLiteral("counting the float by denomination"), [&]() -> QString {
        find<QPushButton>(QStringLiteral("openDayButton"))->click();
        dlg = find<DenominationDialog>(QStringLiteral("openDayDialog"));
        if (!dlg)
            return QStringLiteral("no count dialog");
        // The agent counts what is there: the float left from yesterday's close (to the jiao).
        Money rest;
        dlg->setCount(greedyCount(m_ctx.svc.days().drawerBalance(), rest));
        if (dlg->total() != m_ctx.svc.days().drawerBalance())
            dlg->setNote(QStringLiteral("分币不计入"));
        return {};
    }, QStringLiteral("openDayDialog"));
    step(QStringLiteral("cash-open"), QStringLiteral("the day is open and the float is in the ledger"), [&]() -> QString {
        if (!dlg)
            return QStringLiteral("no count dialog");
        dlg->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        settle();
        return m_ctx.svc.days().status().open ? QString() : QStringLiteral("the day did not open");
    });
    auto movement = [&](const QString& button, const QString& dialogName, const QString& amount, const QString& reason,
                        const QString& screen, const QString& what) {
        QDialog* d = nullptr;
        find<QPushButton>(button)->click();
        settle();
        d = find<QDialog>(dialogName);
        if (d) {
            d->findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(amount);
            d->findChild<QComboBox*>()->setEditText(reason);
            snap(screen, d);
        }
        step(screen + QStringLiteral("-done"), what, [&]() -> QString {
            if (!d)
                return QStringLiteral("dialog did not open");
            const Money before = m_ctx.svc.days().drawerBalance();
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            settle();
            return m_ctx.svc.days().drawerBalance() != before ? QString() : QStringLiteral("the drawer did not change");
        });
    };
    movement(QStringLiteral("cashInButton"), QStringLiteral("cashInDialog"), QStringLiteral("200"),
             QStringLiteral("换零钱"), QStringLiteral("cash-in"), QStringLiteral("the owner puts ¥200 of change in"));
    movement(QStringLiteral("cashOutButton"), QStringLiteral("cashOutDialog"), QStringLiteral("50.5"),
             QStringLiteral("买打印纸"), QStringLiteral("cash-out"), QStringLiteral("¥50.50 taken out for paper"));
    movement(QStringLiteral("depositButton"), QStringLiteral("depositDialog"), QStringLiteral("300"),
             QStringLiteral("存入农商银行"), QStringLiteral("deposit"), QStringLiteral("¥300 deposited at the bank"));
    step(QStringLiteral("cash-too-much"), QStringLiteral("taking out more than the drawer holds is refused"), [&]() -> QString {
        find<QPushButton>(QStringLiteral("cashOutButton"))->click();
        settle();
        auto* d = find<QDialog>(QStringLiteral("cashOutDialog"));
        if (!d)
            return QStringLiteral("dialog did not open");
        d->findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(QStringLiteral("99999"));
        d->findChild<QComboBox*>()->setEditText(QStringLiteral("太多了"));
        const Money before = m_ctx.svc.days().drawerBalance();
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        settle();
        snap(QStringLiteral("cash-too-much-refused"), d);
        d->reject();
        return m_ctx.svc.days().drawerBalance() == before ? QString() : QStringLiteral("the drawer changed");
    });
}

bool Tour::waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return done();
}

QString Tour::startMarket(QString* problem)
{
    const QString exe = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("cunzhan-market"));
    if (!QFile::exists(exe)) {
        *problem = QStringLiteral("no cunzhan-market beside cunzhan");
        return {};
    }
    m_market = new QProcess(&m_window);
    // A day of simulated marketplace time per real second: orders are accepted, shipped and
    // delivered while the tour watches.
    m_market->start(exe, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("7"),
                          QStringLiteral("--speed"), QStringLiteral("86400"), QStringLiteral("--station"),
                          QStringLiteral("tour:tour-station-token-0001:") + QString::fromStdString(m_demo.stationName),
                          QStringLiteral("--wallet-fen"), QStringLiteral("500000")});
    if (!m_market->waitForStarted(5000)) {
        *problem = QStringLiteral("cunzhan-market did not start");
        return {};
    }
    QString url;
    waitFor([&] {
        while (m_market->canReadLine()) {
            const QString line = QString::fromUtf8(m_market->readLine()).trimmed();
            if (line.startsWith(QStringLiteral("listening on ")))
                url = QStringLiteral("http://") + line.mid(13);
        }
        return !url.isEmpty() || m_market->state() != QProcess::Running;
    }, 20000);
    if (url.isEmpty())
        *problem = QStringLiteral("cunzhan-market did not report its port");
    return url;
}

void Tour::marketplace()
{
    QString url;
    step(QStringLiteral("sync-connect"), QStringLiteral("a supervisor connects the station to the marketplace"), [&]() -> QString {
        QString problem;
        url = startMarket(&problem);
        if (url.isEmpty())
            return problem;
        std::int64_t supId = 0;
        for (const auto& u : m_ctx.svc.auth().users())
            if (u.name == m_demo.supervisorName)
                supId = u.id;
        auto sup = m_ctx.svc.auth().approve(supId, m_demo.supervisorPin, "sync_configure");
        if (!sup)
            return QString::fromStdString(sup.error().detail);
        auto r = m_ctx.svc.sync().configure(*sup, url.toStdString(), "tour-station-token-0001", "");
        if (!r)
            return QString::fromStdString(r.error().detail);
        m_window.showSync();
        return {};
    });
    step(QStringLiteral("sync"), QStringLiteral("the catalog and the wallet arrive; nothing waits, nothing needs attention"),
         [&]() -> QString {
             if (url.isEmpty())
                 return QStringLiteral("no marketplace");
             if (m_ctx.sync)
                 m_ctx.sync->restart();
             const bool synced = waitFor([&] { return m_ctx.sync && m_ctx.sync->latest().worker.online; }, 60000);
             m_window.showSync();
             if (!synced)
                 return QStringLiteral("sync did not finish: ") +
                        QString::fromStdString(m_ctx.sync ? m_ctx.sync->latest().worker.lastError : std::string());
             return m_ctx.svc.ledger().balance(acct::PlatformWallet).isPositive() ? QString()
                                                                                 : QStringLiteral("the wallet is empty");
         });
}

void Tour::settings()
{
    step(QStringLiteral("settings"), QStringLiteral("settings: language, time zone, users"), [&]() -> QString {
        find<QPushButton>(QStringLiteral("backButton"))->click();
        m_window.showSettings();
        return m_window.currentPage() == m_window.settingsPage() ? QString() : QStringLiteral("settings not shown");
    });
    step(QStringLiteral("home-english"), QStringLiteral("the same screens in English"), [&]() -> QString {
        auto* combo = find<QComboBox>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        find<QPushButton>(QStringLiteral("saveButton"))->click();
        m_window.showCash();
        return m_language.current() == QStringLiteral("en") ? QString() : QStringLiteral("language did not switch");
    });
    step(QStringLiteral("home-chinese"), QStringLiteral("back to Chinese"), [&]() -> QString {
        m_window.showSettings();
        auto* combo = find<QComboBox>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
        find<QPushButton>(QStringLiteral("saveButton"))->click();
        m_window.showHome();
        return m_language.current() == QStringLiteral("zh_CN") ? QString() : QStringLiteral("language did not switch back");
    });
}

void Tour::logout()
{
    step(QStringLiteral("logged-out"), QStringLiteral("log out returns to the PIN pad"), [&]() -> QString {
        m_window.logout();
        return m_window.currentPage() == m_window.loginPage() && !m_ctx.session ? QString()
                                                                                : QStringLiteral("still logged in");
    });
}

}  // namespace cz::gui
