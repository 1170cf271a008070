// Tour section: 日结 — the X report at any time, the blind count at close (the expected figure
// appears only after the count), the Z report with its PDF left beside the screenshots, a reprint
// of the same Z, and the reports page with its charts. The day is closed at the end of the tour.

#include "gui/cash_page.h"
#include "gui/denomination_dialog.h"
#include "gui/main_window.h"
#include "gui/printing/receipt_painter.h"
#include "gui/printing/receipt_preview_dialog.h"
#include "gui/reports/reports_page.h"
#include "gui/tour.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace cz::gui {

namespace {

void closeDialog(Tour& t, const QString& name)
{
    if (auto* d = t.find<QDialog>(name); d && d->isVisible())
        d->reject();
    t.settle();
}

}  // namespace

void tourDayClose(Tour& t)
{
    t.step(QStringLiteral("dayclose-cash"), QStringLiteral("the cash page at the end of the day"), [&]() -> QString {
        t.window().showHome();
        t.find<QToolButton>(QStringLiteral("cashTile"))->click();
        t.settle();
        if (t.window().currentPage() != t.window().cashPage())
            return QStringLiteral("cash page not shown");
        return t.ctx().svc.days().status().open ? QString() : QStringLiteral("no day is open to close");
    });
    t.step(QStringLiteral("dayclose-x"), QStringLiteral("the X report: expected cash is the drawer balance, nothing written"),
           [&]() -> QString {
               const auto entries = t.ctx().svc.ledger().entryCount();
               t.find<QPushButton>(QStringLiteral("xReportButton"))->click();
               t.settle();
               auto* d = t.find<ReceiptPreviewDialog>(QStringLiteral("xReportDialog"));
               if (!d)
                   return QStringLiteral("no X report");
               if (t.ctx().svc.ledger().entryCount() != entries)
                   return QStringLiteral("the X report wrote something");
               return t.ctx().svc.reports().xReport().expected == t.ctx().svc.days().drawerBalance()
                          ? QString()
                          : QStringLiteral("X expected differs from the drawer");
           },
           QStringLiteral("xReportDialog"));
    closeDialog(t, QStringLiteral("xReportDialog"));

    DenominationDialog* dlg = nullptr;
    const Money expected = t.ctx().svc.days().drawerBalance();
    t.step(QStringLiteral("dayclose-count"), QStringLiteral("the blind count: no expected figure on the dialog"), [&]() -> QString {
        t.find<QPushButton>(QStringLiteral("closeDayButton"))->click();
        t.settle();
        dlg = t.find<DenominationDialog>(QStringLiteral("closeDayDialog"));
        if (!dlg)
            return QStringLiteral("no count dialog");
        // The agent counts ¥1 less than the ledger holds (a coin fell behind the drawer).
        Money rest;
        dlg->setCount(greedyCount(expected - Money::fromYuan(1), rest));
        return {};
    }, QStringLiteral("closeDayDialog"));
    t.step(QStringLiteral("dayclose-revealed"), QStringLiteral("after the count, the expected figure and the difference"),
           [&]() -> QString {
               if (!dlg)
                   return QStringLiteral("no count dialog");
               dlg->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
               t.settle();
               if (!t.ctx().svc.days().status().open)
                   return QStringLiteral("closed without showing the difference");
               dlg->setNote(QStringLiteral("一元硬币掉在抽屉后面"));
               return {};
           },
           QStringLiteral("closeDayDialog"));
    t.step(QStringLiteral("dayclose-z"), QStringLiteral("the day is closed: the Z report"), [&]() -> QString {
        if (!dlg)
            return QStringLiteral("no count dialog");
        dlg->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        t.settle();
        if (t.ctx().svc.days().status().open)
            return QStringLiteral("the day is still open");
        auto* z = t.find<ReceiptPreviewDialog>(QStringLiteral("zReportDialog"));
        if (!z)
            return QStringLiteral("no Z report shown");
        auto pdf = exportPdf(z->receipt(), t.filePath(QStringLiteral("z-report.pdf")));
        if (!pdf)
            return QStringLiteral("PDF: ") + pdf.error();
        t.log(QStringLiteral("Z report PDF: %1").arg(t.filePath(QStringLiteral("z-report.pdf"))));
        return {};
    }, QStringLiteral("zReportDialog"));
    closeDialog(t, QStringLiteral("zReportDialog"));
    t.step(QStringLiteral("dayclose-reprint"), QStringLiteral("a reprint of the Z report is the stored document"), [&]() -> QString {
        auto* combo = t.find<QComboBox>(QStringLiteral("zDayCombo"));
        if (!combo || combo->count() == 0)
            return QStringLiteral("no Z report to reprint");
        combo->setCurrentIndex(0);
        t.find<QPushButton>(QStringLiteral("reprintZButton"))->click();
        t.settle();
        auto* z = t.find<ReceiptPreviewDialog>(QStringLiteral("zReportDialog"));
        if (!z)
            return QStringLiteral("no reprint shown");
        auto stored = t.ctx().svc.reports().zReport(*BusinessDay::parse(combo->currentText().toStdString()));
        return stored && *stored == z->receipt() ? QString() : QStringLiteral("the reprint differs");
    }, QStringLiteral("zReportDialog"));
    closeDialog(t, QStringLiteral("zReportDialog"));

    t.step(QStringLiteral("reports"), QStringLiteral("the reports page: the last 12 months with charts"), [&]() -> QString {
        t.window().showHome();
        t.find<QToolButton>(QStringLiteral("reportsTile"))->click();
        t.settle();
        auto* page = t.find<ReportsPage>(QStringLiteral("reportsPage"));
        if (!page || t.window().currentPage() != page)
            return QStringLiteral("reports page not shown");
        t.find<QPushButton>(QStringLiteral("yearButton"))->click();
        t.settle();
        return page->report().days.empty() ? QStringLiteral("no days in the report") : QString();
    });
    t.step(QStringLiteral("reports-home"), QStringLiteral("back home"), [&]() -> QString {
        t.window().showHome();
        return {};
    });
}

}  // namespace cz::gui
