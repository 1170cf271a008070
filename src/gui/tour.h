#pragma once
// `cunzhan --tour DIR`: drives the app through every working job like an agent would, saves a PNG
// of each screen it visits (DIR/NN-<screen>.png) and a line per step in DIR/tour.log. It is the
// project's end-to-end smoke test and the source of the user guide's screenshots.

#include "gui/gui_context.h"
#include "services/demo_station.h"

#include <QDir>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QDialog;
class QProcess;
class QWidget;

namespace cz::gui {

class Language;
class MainWindow;

class Tour;

/// One part of the tour, e.g. "cash and the business day". Each workflow adds its own section
/// (tour_sections.cpp lists them in order).
struct TourSection {
    QString name;
    std::function<void(Tour&)> run;
};
std::vector<TourSection> tourSections();

class Tour final {
public:
    Tour(MainWindow& window, GuiContext& ctx, Language& language, const QString& dir, DemoStation demo);

    /// Runs every section; returns the number of failed steps (0 = the tour passed).
    int run();

    // ---- for sections -----------------------------------------------------------------------
    using Check = std::function<QString()>;  ///< returns an empty string on success, else what went wrong

    /// One step: performs the action, takes a screenshot (with the dialog named `dialogName`
    /// drawn over the window when it is open), logs the result.
    void step(const QString& screen, const QString& what, const Check& action, const QString& dialogName = {});
    /// A screenshot without a check (e.g. a filled-in dialog before OK); `overlay` (a dialog or
    /// another top-level window) is drawn over the main window.
    void snap(const QString& screen, QWidget* overlay = nullptr);
    void settle();
    void log(const QString& line);
    /// Processes events until `done` or the timeout; returns done().
    bool waitFor(const std::function<bool()>& done, int timeoutMs);
    template <class T>
    T* find(const QString& objectName) const
    {
        return findInWindow<T>(objectName);
    }
    /// Clicks OK in the open dialog named `dialogName`; false when it is not open.
    bool clickOk(const QString& dialogName);

    MainWindow& window() { return m_window; }
    GuiContext& ctx() { return m_ctx; }
    Language& language() { return m_language; }
    const DemoStation& demo() const { return m_demo; }
    /// A supervisor's session (the demo supervisor approves by PIN), for set-up steps.
    std::optional<Session> supervisor();
    /// Starts cunzhan-market beside this program on a free loopback port (once); the base URL,
    /// or empty with the reason in `problem`.
    QString startMarket(QString* problem);
    [[nodiscard]] const QString& marketUrl() const { return m_marketUrl; }
    /// A file beside the screenshots (e.g. a PDF the tour exports).
    [[nodiscard]] QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    template <class T>
    T* findInWindow(const QString& objectName) const
    {
        // Dialogs are children of their page: search the whole window tree.
        return m_root->findChild<T*>(objectName);
    }

    QWidget* m_root;
    MainWindow& m_window;
    GuiContext& m_ctx;
    Language& m_language;
    QDir m_dir;
    DemoStation m_demo;
    QProcess* m_market = nullptr;
    QString m_marketUrl;
    int m_shot = 0;
    int m_failures = 0;
};

}  // namespace cz::gui
