#pragma once
// The main window only navigates: login → home → the job pages, with the status strip below.
// Each job is a JobPage with a tile on the home screen (addJob).

#include "gui/gui_context.h"

#include <QKeySequence>
#include <QMainWindow>

#include <memory>
#include <vector>

namespace Ui {
class MainWindow;
}

namespace cz::gui {

class CashPage;
class HomePage;
class JobPage;
class Language;
class LoginPage;
class SettingsPage;
class StatusStrip;
class SyncPage;
class OrderPage;
class ParcelPage;
class OrderHistoryPage;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(GuiContext& ctx, Language& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds a job: its page, and a home tile (object name `tileName`) with an F-key. `title` and
    /// `subtitle` are source texts in the "cz::gui::HomePage" context (QT_TRANSLATE_NOOP).
    void addJob(const QString& tileName, const char* title, const char* subtitle, const QKeySequence& key,
                const QString& icon, JobPage* page);

    LoginPage* loginPage() const { return m_login; }
    HomePage* homePage() const { return m_home; }
    CashPage* cashPage() const { return m_cash; }
    SettingsPage* settingsPage() const { return m_settings; }
    SyncPage* syncPage() const { return m_syncPage; }
    OrderPage* orderPage() const { return m_orders; }
    ParcelPage* parcelPage() const { return m_parcels; }
    OrderHistoryPage* historyPage() const { return m_history; }
    StatusStrip* statusStrip() const;
    QWidget* currentPage() const;

public Q_SLOTS:
    void showHome();
    /// Opens a job page (refreshing it first).
    void showJob(cz::gui::JobPage* page);
    void showCash();
    void showSettings();
    void showSync();
    void showOrders();
    void showParcels();
    void showHistory();
    void logout();

protected:
    void changeEvent(QEvent* e) override;

private:
    void onLoggedIn(const Session& s);
    void showPage(QWidget* page);
    void retitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    GuiContext& m_ctx;
    Language& m_language;
    LoginPage* m_login;
    HomePage* m_home;
    CashPage* m_cash;
    SettingsPage* m_settings;
    SyncPage* m_syncPage;
    OrderPage* m_orders;
    ParcelPage* m_parcels;
    OrderHistoryPage* m_history;
};

}  // namespace cz::gui
