// Tour sections of the station shell: login, the cash drawer and the day, settings, logout.

#include "gui/tour.h"

#include "core/accounts.h"
#include "gui/cash_page.h"
#include "gui/denomination_dialog.h"
#include "gui/gui_text.h"
#include "gui/home_page.h"
#include "gui/language.h"
#include "gui/login_page.h"
#include "gui/main_window.h"
#include "gui/settings_page.h"
#include "gui/sync_monitor.h"
#include "gui/sync_page.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>

namespace cz::gui {

void tourLogin(Tour& t)
{
    auto* users = t.find<QListWidget>(QStringLiteral("userList"));
    auto* pin = t.find<QLineEdit>(QStringLiteral("pinEdit"));
    auto* go = t.find<QPushButton>(QStringLiteral("loginButton"));
    t.step(QStringLiteral("login"), QStringLiteral("the PIN pad with the station's users"), [&]() -> QString {
        for (int i = 0; i < users->count(); ++i)
            if (users->item(i)->text().startsWith(QString::fromStdString(t.demo().agentName)))
                users->setCurrentRow(i);
        return users->currentItem() ? QString() : QStringLiteral("agent not listed");
    });
    t.step(QStringLiteral("login-wrong-pin"), QStringLiteral("a wrong PIN is refused with the attempts left"), [&]() -> QString {
        pin->setText(QStringLiteral("0000"));
        go->click();
        return t.window().currentPage() == t.window().loginPage() ? QString() : QStringLiteral("a wrong PIN got in");
    });
    t.step(QStringLiteral("home"), QStringLiteral("the agent logs in with the PIN pad and reaches the home tiles"), [&]() -> QString {
        for (QChar c : QString::fromStdString(t.demo().agentPin))
            t.find<QPushButton>(QStringLiteral("key%1").arg(c))->click();
        go->click();
        return t.window().currentPage() == t.window().homePage() ? QString() : QStringLiteral("still on the login page");
    });
}

void tourCashDay(Tour& t)
{
    t.step(QStringLiteral("cash"), QStringLiteral("the cash page before the day is opened"), [&]() -> QString {
        t.find<QToolButton>(QStringLiteral("cashTile"))->click();
        return t.window().currentPage() == t.window().cashPage() ? QString() : QStringLiteral("cash page not shown");
    });
    DenominationDialog* dlg = nullptr;
    t.step(QStringLiteral("open-day"), QStringLiteral("counting the float by denomination"), [&]() -> QString {
        t.find<QPushButton>(QStringLiteral("openDayButton"))->click();
        dlg = t.find<DenominationDialog>(QStringLiteral("openDayDialog"));
        if (!dlg)
            return QStringLiteral("no count dialog");
        // The agent counts what is there: the float left from yesterday's close (to the jiao).
        Money rest;
        dlg->setCount(greedyCount(t.ctx().svc.days().drawerBalance(), rest));
        if (dlg->total() != t.ctx().svc.days().drawerBalance())
            dlg->setNote(QStringLiteral("分币不计入"));
        return {};
    }, QStringLiteral("openDayDialog"));
    t.step(QStringLiteral("cash-open"), QStringLiteral("the day is open and the float is in the ledger"), [&]() -> QString {
        if (!dlg)
            return QStringLiteral("no count dialog");
        dlg->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        t.settle();
        return t.ctx().svc.days().status().open ? QString() : QStringLiteral("the day did not open");
    });
    auto movement = [&](const QString& button, const QString& dialogName, const QString& amount, const QString& reason,
                        const QString& screen, const QString& what) {
        QDialog* d = nullptr;
        t.find<QPushButton>(button)->click();
        t.settle();
        d = t.find<QDialog>(dialogName);
        if (d) {
            d->findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(amount);
            d->findChild<QComboBox*>()->setEditText(reason);
            t.snap(screen, d);
        }
        t.step(screen + QStringLiteral("-done"), what, [&]() -> QString {
            if (!d)
                return QStringLiteral("dialog did not open");
            const Money before = t.ctx().svc.days().drawerBalance();
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            t.settle();
            return t.ctx().svc.days().drawerBalance() != before ? QString() : QStringLiteral("the drawer did not change");
        });
    };
    movement(QStringLiteral("cashInButton"), QStringLiteral("cashInDialog"), QStringLiteral("200"),
             QStringLiteral("换零钱"), QStringLiteral("cash-in"), QStringLiteral("the owner puts ¥200 of change in"));
    movement(QStringLiteral("cashOutButton"), QStringLiteral("cashOutDialog"), QStringLiteral("50.5"),
             QStringLiteral("买打印纸"), QStringLiteral("cash-out"), QStringLiteral("¥50.50 taken out for paper"));
    movement(QStringLiteral("depositButton"), QStringLiteral("depositDialog"), QStringLiteral("300"),
             QStringLiteral("存入农商银行"), QStringLiteral("deposit"), QStringLiteral("¥300 deposited at the bank"));
    t.step(QStringLiteral("cash-too-much"), QStringLiteral("taking out more than the drawer holds is refused"), [&]() -> QString {
        t.find<QPushButton>(QStringLiteral("cashOutButton"))->click();
        t.settle();
        auto* d = t.find<QDialog>(QStringLiteral("cashOutDialog"));
        if (!d)
            return QStringLiteral("dialog did not open");
        d->findChild<QLineEdit*>(QStringLiteral("amountEdit"))->setText(QStringLiteral("99999"));
        d->findChild<QComboBox*>()->setEditText(QStringLiteral("太多了"));
        const Money before = t.ctx().svc.days().drawerBalance();
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        t.settle();
        t.snap(QStringLiteral("cash-too-much-refused"), d);
        d->reject();
        return t.ctx().svc.days().drawerBalance() == before ? QString() : QStringLiteral("the drawer changed");
    });
}

void tourSettings(Tour& t)
{
    t.step(QStringLiteral("settings"), QStringLiteral("settings: language, time zone, users"), [&]() -> QString {
        t.find<QPushButton>(QStringLiteral("backButton"))->click();
        t.window().showSettings();
        return t.window().currentPage() == t.window().settingsPage() ? QString() : QStringLiteral("settings not shown");
    });
    t.step(QStringLiteral("home-english"), QStringLiteral("the same screens in English"), [&]() -> QString {
        auto* combo = t.find<QComboBox>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        t.find<QPushButton>(QStringLiteral("saveButton"))->click();
        t.window().showCash();
        return t.language().current() == QStringLiteral("en") ? QString() : QStringLiteral("language did not switch");
    });
    t.step(QStringLiteral("home-chinese"), QStringLiteral("back to Chinese"), [&]() -> QString {
        t.window().showSettings();
        auto* combo = t.find<QComboBox>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
        t.find<QPushButton>(QStringLiteral("saveButton"))->click();
        t.window().showHome();
        return t.language().current() == QStringLiteral("zh_CN") ? QString() : QStringLiteral("language did not switch back");
    });
}

void tourLogout(Tour& t)
{
    t.step(QStringLiteral("logged-out"), QStringLiteral("log out returns to the PIN pad"), [&]() -> QString {
        t.window().logout();
        return t.window().currentPage() == t.window().loginPage() && !t.ctx().session ? QString()
                                                                                : QStringLiteral("still logged in");
    });
}


}  // namespace cz::gui
