#include "gui/reports/reports_page.h"

#include "gui/gui_text.h"
#include "gui/reports/report_gui_texts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace cz::gui {

namespace {

QDate toQDate(const BusinessDay& d)
{
    const auto ymd = d.ymd();
    return QDate(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                 static_cast<int>(static_cast<unsigned>(ymd.day())));
}

BusinessDay fromQDate(const QDate& d)
{
    return BusinessDay(std::chrono::year_month_day{std::chrono::year(d.year()),
                                                   std::chrono::month(static_cast<unsigned>(d.month())),
                                                   std::chrono::day(static_cast<unsigned>(d.day()))});
}

QChartView* chartView(QWidget* parent, const QString& name)
{
    auto* chart = new QChart();
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* v = new QChartView(chart, parent);
    v->setObjectName(name);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(220);
    return v;
}

QTableWidget* table(QWidget* parent, const QString& name)
{
    auto* t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

double yuan(Money m) { return static_cast<double>(m.fen()) / 100.0; }

}  // namespace

ReportsPage::ReportsPage(GuiContext& ctx, QWidget* parent) : JobPage(parent), m_ctx(ctx)
{
    build();
    retranslate();
    connect(m_back, &QPushButton::clicked, this, &ReportsPage::backRequested);
    connect(m_showButton, &QPushButton::clicked, this, &ReportsPage::load);
    connect(m_todayButton, &QPushButton::clicked, this, [this] { showRange(today(), today()); });
    connect(m_monthButton, &QPushButton::clicked, this,
            [this] { showRange(QDate(today().year(), today().month(), 1), today()); });
    connect(m_yearButton, &QPushButton::clicked, this, [this] { showRange(today().addYears(-1).addDays(1), today()); });
    connect(m_csvButton, &QPushButton::clicked, this, &ReportsPage::chooseCsvFile);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, m_back, &QPushButton::click);
    const QDate t = today();
    m_from->setDate(QDate(t.year(), t.month(), 1));
    m_to->setDate(t);
}

QDate ReportsPage::today() const { return toQDate(m_ctx.svc.context().today()); }

void ReportsPage::build()
{
    auto* root = new QVBoxLayout(this);
    auto* header = new QHBoxLayout();
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(m_back);
    header->addWidget(m_title);
    header->addStretch();
    root->addLayout(header);

    auto* range = new QHBoxLayout();
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (auto* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_todayButton = new QPushButton(this);
    m_todayButton->setObjectName(QStringLiteral("todayButton"));
    m_monthButton = new QPushButton(this);
    m_monthButton->setObjectName(QStringLiteral("monthButton"));
    m_yearButton = new QPushButton(this);
    m_yearButton->setObjectName(QStringLiteral("yearButton"));
    m_showButton = new QPushButton(this);
    m_showButton->setObjectName(QStringLiteral("showButton"));
    m_csvButton = new QPushButton(this);
    m_csvButton->setObjectName(QStringLiteral("csvButton"));
    range->addWidget(m_fromLabel);
    range->addWidget(m_from);
    range->addWidget(m_toLabel);
    range->addWidget(m_to);
    range->addWidget(m_showButton);
    range->addSpacing(12);
    range->addWidget(m_todayButton);
    range->addWidget(m_monthButton);
    range->addWidget(m_yearButton);
    range->addStretch();
    range->addWidget(m_csvButton);
    root->addLayout(range);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    root->addWidget(m_summary);

    auto* charts = new QHBoxLayout();
    m_incomeChart = chartView(this, QStringLiteral("incomeChart"));
    m_mixChart = chartView(this, QStringLiteral("mixChart"));
    m_drawerChart = chartView(this, QStringLiteral("drawerChart"));
    charts->addWidget(m_incomeChart, 3);
    charts->addWidget(m_mixChart, 2);
    charts->addWidget(m_drawerChart, 3);
    root->addLayout(charts, 3);

    auto* lower = new QHBoxLayout();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_jobs = table(m_tabs, QStringLiteral("jobsTable"));
    m_clerks = table(m_tabs, QStringLiteral("clerksTable"));
    m_products = table(m_tabs, QStringLiteral("productsTable"));
    m_states = table(m_tabs, QStringLiteral("statesTable"));
    m_tabs->addTab(m_jobs, QString());
    m_tabs->addTab(m_clerks, QString());
    m_tabs->addTab(m_products, QString());
    m_tabs->addTab(m_states, QString());
    lower->addWidget(m_tabs, 3);

    auto* village = new QWidget(this);
    village->setObjectName(QStringLiteral("villageBox"));
    auto* vl = new QVBoxLayout(village);
    m_villageTitle = new QLabel(village);
    m_villageTitle->setWordWrap(true);
    m_sellersLabel = new QLabel(village);
    m_sellersBar = new QProgressBar(village);
    m_sellersBar->setObjectName(QStringLiteral("sellersBar"));
    m_salesLabel = new QLabel(village);
    m_salesBar = new QProgressBar(village);
    m_salesBar->setObjectName(QStringLiteral("salesBar"));
    for (auto* w : std::initializer_list<QWidget*>{m_villageTitle, m_sellersLabel, m_sellersBar, m_salesLabel, m_salesBar})
        vl->addWidget(w);
    vl->addStretch();
    lower->addWidget(village, 2);
    root->addLayout(lower, 2);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    root->addWidget(m_message);
}

void ReportsPage::retranslate()
{
    m_back->setText(tr("← Home (Esc)"));
    m_title->setText(tr("Reports"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("to"));
    m_showButton->setText(tr("Show"));
    m_todayButton->setText(tr("Today"));
    m_monthButton->setText(tr("This month"));
    m_yearButton->setText(tr("Last 12 months"));
    m_csvButton->setText(tr("Export CSV…"));
    m_tabs->setTabText(0, tr("By job"));
    m_tabs->setTabText(1, tr("By clerk"));
    m_tabs->setTabText(2, tr("Top products"));
    m_tabs->setTabText(3, tr("Orders by state"));
    m_villageTitle->setText(tr("Taobao village: at least %1 active sellers and ¥10 million of sales a year.")
                                .arg(kTaobaoVillageSellers));
    m_incomeChart->chart()->setTitle(tr("Income by day"));
    m_mixChart->chart()->setTitle(tr("Cash taken by job"));
    m_drawerChart->chart()->setTitle(tr("Drawer at the end of each day"));
}

void ReportsPage::refresh()
{
    m_message->clear();
    load();
}

void ReportsPage::showRange(const QDate& from, const QDate& to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    load();
}

void ReportsPage::load()
{
    QDate from = m_from->date(), to = m_to->date();
    if (to < from) {
        std::swap(from, to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_report = m_ctx.svc.reports().range(fromQDate(from), fromQDate(to));
    const Figures& f = m_report.figures;
    m_summary->setText(tr("Income %1 (service fees %2, order commissions %3, consignment commissions %4) · cash taken "
                          "%5 · refunds %6 · farmer payouts %7 · over/short %8")
                           .arg(money(f.income()), money(f.serviceFees), money(f.orderCommission),
                                money(f.consignmentCommission), money(f.takings()), money(f.refunds),
                                money(f.farmerPayouts), money(f.variance)));
    fillTables();
    fillCharts();
    const auto& s = m_report.sellers;
    m_sellersLabel->setText(tr("Active consignors in the last 12 months: %1 of %2").arg(s.activeSellers).arg(kTaobaoVillageSellers));
    m_sellersBar->setRange(0, static_cast<int>(kTaobaoVillageSellers));
    m_sellersBar->setValue(static_cast<int>(std::min(s.activeSellers, kTaobaoVillageSellers)));
    m_salesLabel->setText(tr("Their sales in the last 12 months: %1 of %2")
                              .arg(money(Money::fromFen(s.grossFen)), money(Money::fromFen(kTaobaoVillageSalesFen))));
    // Per mille, so that a small village's progress still shows.
    m_salesBar->setRange(0, 1000);
    m_salesBar->setValue(static_cast<int>(std::min<std::int64_t>(s.grossFen * 1000 / kTaobaoVillageSalesFen, 1000)));
    m_salesBar->setFormat(QStringLiteral("%1%").arg(static_cast<double>(s.grossFen) * 100.0 / kTaobaoVillageSalesFen, 0, 'f', 2));
}

void ReportsPage::fillTables()
{
    const Figures& f = m_report.figures;
    m_jobs->clear();
    m_jobs->setColumnCount(5);
    m_jobs->setHorizontalHeaderLabels({tr("Job"), tr("Entries"), tr("Cash in"), tr("Cash out"), tr("Income")});
    m_jobs->setRowCount(static_cast<int>(kServiceJobs.size()));
    int row = 0;
    for (Job j : kServiceJobs) {
        const auto it = f.jobs.find(j);
        const JobTotals jt = it == f.jobs.end() ? JobTotals{} : it->second;
        setRow(m_jobs, row++, {jobText(j), QString::number(jt.entries), money(jt.cashIn), money(jt.cashOut), money(jt.income)});
    }
    m_clerks->clear();
    m_clerks->setColumnCount(4);
    m_clerks->setHorizontalHeaderLabels({tr("Clerk"), tr("Entries"), tr("Cash taken"), tr("Income")});
    m_clerks->setRowCount(static_cast<int>(m_report.clerks.size()));
    row = 0;
    for (const auto& c : m_report.clerks)
        setRow(m_clerks, row++, {c.userId == 0 ? tr("Marketplace") : QString::fromStdString(c.name), QString::number(c.entries),
                                 money(c.takings), money(c.income)});
    m_products->clear();
    m_products->setColumnCount(3);
    m_products->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Sales")});
    m_products->setRowCount(static_cast<int>(m_report.topProducts.size()));
    row = 0;
    for (const auto& p : m_report.topProducts)
        setRow(m_products, row++, {QString::fromStdString(p.name), QString::number(p.quantity), money(Money::fromFen(p.amountFen))});
    m_states->clear();
    m_states->setColumnCount(3);
    m_states->setHorizontalHeaderLabels({tr("State"), tr("Orders"), tr("Goods")});
    m_states->setRowCount(static_cast<int>(m_report.ordersByState.size()));
    row = 0;
    for (const auto& s : m_report.ordersByState)
        setRow(m_states, row++, {orderStateText(s.state), QString::number(s.orders), money(Money::fromFen(s.goodsFen))});
    for (auto* t : {m_jobs, m_clerks, m_products, m_states})
        t->resizeColumnsToContents();
}

void ReportsPage::fillCharts()
{
    // Daily income bars (fees and commissions), at most the last 31 days of the range so bars stay legible.
    {
        QChart* chart = m_incomeChart->chart();
        chart->removeAllSeries();
        for (auto* a : chart->axes())
            chart->removeAxis(a);
        auto* set = new QBarSet(tr("Income"));
        QStringList cats;
        const auto& days = m_report.days;
        const std::size_t first = days.size() > 31 ? days.size() - 31 : 0;
        double top = 1;
        for (std::size_t i = first; i < days.size(); ++i) {
            *set << yuan(days[i].income);
            top = std::max(top, yuan(days[i].income));
            cats << toQDate(days[i].day).toString(QStringLiteral("MM-dd"));
        }
        auto* series = new QBarSeries();
        series->append(set);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis();
        x->append(cats);
        x->setLabelsAngle(-90);
        x->setTruncateLabels(false);  // truncated, a rotated "MM-dd" became a lone "⋮"
        auto* y = new QValueAxis();
        y->setRange(0, top * 1.1);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // Job mix: cash taken by job.
    {
        QChart* chart = m_mixChart->chart();
        chart->removeAllSeries();
        auto* pie = new QPieSeries();
        for (Job j : kServiceJobs) {
            const auto it = m_report.figures.jobs.find(j);
            if (it != m_report.figures.jobs.end() && it->second.cashIn.isPositive()) {
                // The job's name only: the amounts are in the table below, and longer texts are elided.
                pie->append(jobText(j), yuan(it->second.cashIn));
            }
        }
        chart->addSeries(pie);
        // A legend instead of labels beside the slices: beside small slices they were elided to "…".
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
    }
    // Drawer balance at the end of each day.
    {
        QChart* chart = m_drawerChart->chart();
        chart->removeAllSeries();
        for (auto* a : chart->axes())
            chart->removeAxis(a);
        auto* line = new QLineSeries();
        double top = 1;
        for (const auto& d : m_report.days) {
            line->append(static_cast<qreal>(QDateTime(toQDate(d.day), QTime(12, 0)).toMSecsSinceEpoch()),
                         yuan(d.drawerEnd));
            top = std::max(top, yuan(d.drawerEnd));
        }
        chart->addSeries(line);
        // Dates on the axis: the days with activity need not be consecutive.
        auto* x = new QDateTimeAxis();
        x->setFormat(QStringLiteral("MM-dd"));
        x->setTickCount(5);
        if (!m_report.days.empty())
            x->setRange(QDateTime(toQDate(m_report.days.front().day), QTime(0, 0)),
                        QDateTime(toQDate(m_report.days.back().day), QTime(23, 59)));
        auto* y = new QValueAxis();
        y->setRange(0, top * 1.1);
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

QString ReportsPage::exportCsv(const QString& path)
{
    const std::string csv = m_ctx.svc.reports().rangeCsv(m_report, reportTexts());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    if (file.write(csv.data(), static_cast<qint64>(csv.size())) != static_cast<qint64>(csv.size()) || !file.flush())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

void ReportsPage::chooseCsvFile()
{
    const QString name = QStringLiteral("cunzhan-%1-%2.csv")
                             .arg(QString::fromStdString(m_report.from.toString()), QString::fromStdString(m_report.to.toString()));
    auto* dlg = new QFileDialog(this, tr("Export the report as CSV"), name, tr("CSV files (*.csv)"));
    dlg->setObjectName(QStringLiteral("csvFileDialog"));
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(QStringLiteral("csv"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QFileDialog::fileSelected, this, [this](const QString& path) {
        const QString err = exportCsv(path);
        showStatus(m_message, err.isEmpty() ? tr("Saved %1.").arg(path) : err, !err.isEmpty());
    });
    dlg->open();
}

void ReportsPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslate();
        if (isVisible())
            load();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
