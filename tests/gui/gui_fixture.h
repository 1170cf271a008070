#pragma once
// A station fixture plus the real main window, driven the way an agent would (by object names).
// GuiFixtureT<Base> works over any station fixture (StationFixture, or SyncFixture with the
// in-process marketplace).

#include "gui/gui_context.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "support/station_fixture.h"

#include <QApplication>
#include <QDialog>

#include <memory>

namespace cz::test {

// Helpers on a window, shared by every GUI fixture.
void settleEvents();
void loginWithPad(gui::MainWindow& w, const QString& name, const QString& pin);
QString loginMessage(gui::MainWindow& w);
QDialog* openDialog(gui::MainWindow& w, const QString& objectName);
void clickOk(QDialog* d);

template <class Base>
class GuiFixtureT : public Base {
protected:
    void SetUp() override
    {
        Base::SetUp();
        m_language.apply(QStringLiteral("zh_CN"));
        buildWindow();
    }
    void TearDown() override
    {
        m_window.reset();
        m_ctx.reset();
        Base::TearDown();
    }

    /// Destroys the window, services and database and builds them again (an app restart).
    void restartApp()
    {
        m_window.reset();
        m_ctx.reset();
        this->reopen();
        buildWindow();
    }
    void buildWindow()
    {
        m_ctx = std::make_unique<gui::GuiContext>(gui::GuiContext{*this->m_svc, std::nullopt, nullptr});
        m_window = std::make_unique<gui::MainWindow>(*m_ctx, m_language);
        m_window->resize(1280, 800);
        m_window->show();
        settle();
    }
    void loginWithPad(const QString& name, const QString& pin) { test::loginWithPad(*m_window, name, pin); }
    QString loginMessage() const { return test::loginMessage(*m_window); }
    template <class T>
    T* child(const QString& objectName) const
    {
        return m_window->findChild<T*>(objectName);
    }
    /// The open dialog with this object name (dialogs are opened window-modal, not exec()'d).
    QDialog* dialog(const QString& objectName) const { return openDialog(*m_window, objectName); }
    static void settle() { settleEvents(); }

    gui::Language m_language;
    std::unique_ptr<gui::GuiContext> m_ctx;
    std::unique_ptr<gui::MainWindow> m_window;
};

using GuiFixture = GuiFixtureT<StationFixture>;

}  // namespace cz::test
