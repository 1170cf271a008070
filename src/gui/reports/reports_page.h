#pragma once
// The reports page (F10): any date range — income by job and by clerk, fee and commission income,
// farmer payouts, top products, orders by state, the drawer over the days; charts where a picture
// says it faster (daily income bars, job mix, drawer balance line); the Taobao-village indicators;
// CSV export. It only reads.

#include "gui/gui_context.h"
#include "gui/job_page.h"
#include "services/reports/report_service.h"

#include <QDate>

class QChartView;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace cz::gui {

class ReportsPage final : public JobPage {
    Q_OBJECT
public:
    explicit ReportsPage(GuiContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    /// Shows from..to (inclusive).
    void showRange(const QDate& from, const QDate& to);
    /// Writes the shown report as CSV; an empty string on success, else the reason.
    QString exportCsv(const QString& path);
    [[nodiscard]] const RangeReport& report() const { return m_report; }

protected:
    void changeEvent(QEvent* e) override;

private:
    void build();
    void retranslate();
    void load();
    void fillTables();
    void fillCharts();
    void chooseCsvFile();
    QDate today() const;

    GuiContext& m_ctx;
    RangeReport m_report;
    QPushButton* m_back = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_todayButton = nullptr;
    QPushButton* m_monthButton = nullptr;
    QPushButton* m_yearButton = nullptr;
    QPushButton* m_showButton = nullptr;
    QPushButton* m_csvButton = nullptr;
    QLabel* m_summary = nullptr;
    QChartView* m_incomeChart = nullptr;
    QChartView* m_mixChart = nullptr;
    QChartView* m_drawerChart = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_jobs = nullptr;
    QTableWidget* m_clerks = nullptr;
    QTableWidget* m_products = nullptr;
    QTableWidget* m_states = nullptr;
    QLabel* m_villageTitle = nullptr;
    QLabel* m_sellersLabel = nullptr;
    QLabel* m_salesLabel = nullptr;
    QProgressBar* m_sellersBar = nullptr;
    QProgressBar* m_salesBar = nullptr;
    QLabel* m_message = nullptr;
};

}  // namespace cz::gui
