#include "gui/tour.h"

#include "gui/main_window.h"


#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QPainter>
#include <QPushButton>
#include <QTextStream>

namespace cz::gui {

Tour::Tour(MainWindow& window, GuiContext& ctx, Language& language, const QString& dir, DemoStation demo)
    : m_root(&window), m_window(window), m_ctx(ctx), m_language(language), m_dir(dir), m_demo(std::move(demo))
{
}

std::optional<Session> Tour::supervisor()
{
    for (const auto& u : m_ctx.svc.auth().users()) {
        if (u.name == m_demo.supervisorName) {
            auto s = m_ctx.svc.auth().approve(u.id, m_demo.supervisorPin, "tour");
            if (s)
                return s.value();
        }
    }
    return std::nullopt;
}

bool Tour::clickOk(const QString& dialogName)
{
    auto* d = find<QDialog>(dialogName);
    if (!d || !d->isVisible())
        return false;
    auto* box = d->findChild<QDialogButtonBox*>();
    if (!box || !box->button(QDialogButtonBox::Ok))
        return false;
    box->button(QDialogButtonBox::Ok)->click();
    settle();
    return true;
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

void Tour::snap(const QString& screen, QWidget* dialog)
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

int Tour::run()
{
    m_dir.mkpath(QStringLiteral("."));
    QFile::remove(m_dir.filePath(QStringLiteral("tour.log")));
    m_window.resize(1280, 800);
    m_window.show();
    settle();
    for (const auto& sec : tourSections()) {
        log(QStringLiteral("== %1").arg(sec.name));
        sec.run(*this);
    }
    log(QStringLiteral("tour finished: %1 screenshots, %2 failure(s), in %3").arg(m_shot).arg(m_failures).arg(m_dir.absolutePath()));
    if (m_ctx.sync)
        m_ctx.svc.sync().stopWorker();
    if (m_market) {
        m_market->kill();
        m_market->waitForFinished(5000);
    }
    return m_failures;
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
    if (!m_marketUrl.isEmpty())
        return m_marketUrl;
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
                          QStringLiteral("--wallet-fen"), QStringLiteral("500000"),
                          // Buyers for the consignment listings the tour publishes.
                          QStringLiteral("--sim"), QStringLiteral("buyer_rate_per_hour=0.02")});
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
    m_marketUrl = url;
    return url;
}

}  // namespace cz::gui
