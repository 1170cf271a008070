#pragma once
// `cunzhan --tour DIR`: drives the app through every working job like an agent would, saves a PNG
// of each screen it visits (DIR/NN-<screen>.png) and a line per step in DIR/tour.log. It is the
// project's end-to-end smoke test and the source of the user guide's screenshots.

#include "gui/gui_context.h"
#include "services/demo_station.h"

#include <QDir>
#include <QString>

#include <functional>

class QDialog;
class QProcess;
class QWidget;

namespace cz::gui {

class Language;
class MainWindow;

class Tour final {
public:
    Tour(MainWindow& window, GuiContext& ctx, Language& language, const QString& dir, DemoStation demo);

    /// Runs every section; returns the number of failed steps (0 = the tour passed).
    int run();

private:
    using Check = std::function<QString()>;  // returns an empty string on success, else what went wrong

    void section(const QString& name, const std::function<void()>& body);
    /// One step: performs the action, takes a screenshot (with the dialog named `dialogName`
    /// drawn over the window when it is open), logs the result.
    void step(const QString& screen, const QString& what, const Check& action, const QString& dialogName = {});
    void snap(const QString& screen, QDialog* dialog);
    void settle();
    void log(const QString& line);
    template <class T>
    T* find(const QString& objectName) const;

    void login();
    void cashDay();
    void marketplace();
    void settings();
    void logout();
    /// Starts cunzhan-market beside this program on a free loopback port; empty URL on failure.
    QString startMarket(QString* problem);
    /// Processes events until `done` or the timeout; returns done().
    bool waitFor(const std::function<bool()>& done, int timeoutMs);

    MainWindow& m_window;
    GuiContext& m_ctx;
    Language& m_language;
    QDir m_dir;
    DemoStation m_demo;
    QProcess* m_market = nullptr;
    int m_shot = 0;
    int m_failures = 0;
};

}  // namespace cz::gui
