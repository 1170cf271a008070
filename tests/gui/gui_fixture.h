#pragma once
// A station fixture plus the real main window, driven the way an agent would (by object names).

#include "gui/gui_context.h"
#include "gui/language.h"
#include "gui/main_window.h"
#include "support/station_fixture.h"

#include <QApplication>
#include <QDialog>

#include <memory>

namespace cz::test {

class GuiFixture : public StationFixture {
protected:
    void SetUp() override;
    void TearDown() override;

    /// Destroys the window, services and database and builds them again (an app restart).
    void restartApp();
    void buildWindow();

    /// Selects the user by name, types the PIN on the pad, presses Log in.
    void loginWithPad(const QString& name, const QString& pin);
    QString loginMessage() const;

    template <class T>
    T* child(const QString& objectName) const
    {
        return m_window->findChild<T*>(objectName);
    }
    /// The open dialog with this object name (dialogs are opened window-modal, not exec()'d).
    QDialog* dialog(const QString& objectName) const;
    void clickOk(QDialog* d);
    static void settle();

    gui::Language m_language;
    std::unique_ptr<gui::GuiContext> m_ctx;
    std::unique_ptr<gui::MainWindow> m_window;
};

}  // namespace cz::test
