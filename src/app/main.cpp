// cunzhan: the station desk application. Composition root only: options, the database, the
// services, the window (or the headless tour).

#include "gui/gui_context.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "gui/sync_monitor.h"
#include "gui/tour.h"
#include "services/demo_station.h"
#include "services/station_services.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>
#include <iostream>

namespace {

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("station.db"));
}

void applyLook(QApplication& app)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(15);  // large type for the counter: >= 14 pt
    app.setFont(font);
    QFile qss(QStringLiteral(":/styles/cunzhan.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

int fail(bool headless, const QString& text)
{
    std::cerr << "cunzhan: " << text.toStdString() << std::endl;
    if (!headless)
        QMessageBox::critical(nullptr, QObject::tr("Cunzhan"), text);
    return 1;
}

}  // namespace

int main(int argc, char** argv)
{
    // The tour runs without a display (CI, the README's run command on a server).
    bool tourRequested = false;
    for (int i = 1; i < argc; ++i)
        if (QString::fromLocal8Bit(argv[i]) == QStringLiteral("--tour"))
            tourRequested = true;
    if (tourRequested && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cunzhan"));
    QApplication::setApplicationDisplayName(QStringLiteral("村站 Cunzhan"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cunzhan village e-commerce station desk"));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Station database (default: %1).").arg(defaultDatabasePath()),
                                   QStringLiteral("PATH"), defaultDatabasePath());
    const QCommandLineOption tourOpt(QStringLiteral("tour"),
                                     QStringLiteral("Drive a fresh demo station through every working job, save screenshots to DIR, exit."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("UI language for this run: zh_CN or en."),
                                     QStringLiteral("LANG"));
    parser.addOptions({dbOpt, tourOpt, langOpt});
    parser.process(app);
    applyLook(app);

    const bool tour = parser.isSet(tourOpt);
    QTemporaryDir tourDb;
    QString dbPath = parser.value(dbOpt);
    cz::SystemClock clock;
    if (tour) {
        // The tour never touches the real station: it builds a demo station in a temporary folder.
        if (!tourDb.isValid())
            return fail(true, QStringLiteral("cannot create a temporary folder for the tour"));
        // (--db names where to build it instead, e.g. to inspect it afterwards; it must not exist yet.)
        if (dbPath.isEmpty() || !parser.isSet(dbOpt))
            dbPath = tourDb.filePath(QStringLiteral("tour.db"));
        else if (QFile::exists(dbPath))
            return fail(true, QStringLiteral("--tour builds its own demo station; %1 exists already").arg(dbPath));
    } else if (!QFile::exists(dbPath)) {
        return fail(false, QObject::tr("There is no station database at %1.\nCreate one with:\n  cunzhan-ctl init --db %1 "
                                       "--station NAME\nor a demo station with:\n  cunzhan-ctl demo --db %1")
                               .arg(dbPath));
    }
    auto db = cz::Database::open(dbPath.toStdString(), cz::OpenMode::Writer);
    if (!db)
        return fail(tour, QString::fromStdString(db.error().detail));

    cz::DemoStation demo = cz::demoCredentials();
    if (tour) {
        auto created = cz::createDemoStation(**db, clock, cz::PinCost::Interactive, 14);
        if (!created)
            return fail(true, QString::fromStdString(created.error().detail));
        demo = created.value();
    }
    cz::StationServices services(**db, clock, cz::PinCost::Interactive);
    if (!services.setup().isInitialised())
        return fail(tour, QObject::tr("%1 is not set up yet. Run: cunzhan-ctl init --db %1 --station NAME").arg(dbPath));

    cz::gui::Language language;
    language.apply(parser.isSet(langOpt) ? parser.value(langOpt) : QString::fromStdString(services.settings().language()));
    cz::gui::SyncMonitor monitor(services.sync());
    cz::gui::GuiContext ctx{services, std::nullopt, &monitor};
    cz::gui::MainWindow window(ctx, language);

    if (tour) {
        cz::gui::Tour t(window, ctx, language, parser.value(tourOpt), demo);
        const int failures = t.run();
        std::cout << "tour screenshots in " << QDir(parser.value(tourOpt)).absolutePath().toStdString() << std::endl;
        return failures == 0 ? 0 : 1;
    }
    monitor.restart();  // background sync, when the marketplace connection is configured
    window.show();
    return app.exec();
}
