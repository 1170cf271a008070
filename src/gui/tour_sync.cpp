// Tour section: connecting the station to the marketplace and the first sync.

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

void tourMarketplace(Tour& t)
{
    QString url;
    t.step(QStringLiteral("sync-connect"), QStringLiteral("a supervisor connects the station to the marketplace"), [&]() -> QString {
        QString problem;
        url = t.startMarket(&problem);
        if (url.isEmpty())
            return problem;
        auto sup = t.supervisor();
        if (!sup)
            return QStringLiteral("the demo supervisor could not approve");
        auto r = t.ctx().svc.sync().configure(*sup, url.toStdString(), "tour-station-token-0001", "");
        if (!r)
            return QString::fromStdString(r.error().detail);
        t.window().showSync();
        return {};
    });
    t.step(QStringLiteral("sync"), QStringLiteral("the catalog and the wallet arrive; nothing waits, nothing needs attention"),
         [&]() -> QString {
             if (url.isEmpty())
                 return QStringLiteral("no marketplace");
             if (t.ctx().sync)
                 t.ctx().sync->restart();
             const bool synced = t.waitFor([&] { return t.ctx().sync && t.ctx().sync->latest().worker.online; }, 60000);
             t.window().showSync();
             if (!synced)
                 return QStringLiteral("sync did not finish: ") +
                        QString::fromStdString(t.ctx().sync ? t.ctx().sync->latest().worker.lastError : std::string());
             return t.ctx().svc.ledger().balance(acct::PlatformWallet).isPositive() ? QString()
                                                                                 : QStringLiteral("the wallet is empty");
         });
}


}  // namespace cz::gui
