#pragma once
// PIN-pad login: pick yourself from the list, type the PIN on the pad or the keyboard, Enter.

#include "gui/gui_context.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LoginPage;
}

namespace cz::gui {

class LoginPage final : public QWidget {
    Q_OBJECT
public:
    explicit LoginPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~LoginPage() override;

    /// Reloads the user list (lock states change) and clears the PIN.
    void reset();

Q_SIGNALS:
    void loggedIn(const cz::Session& session);

protected:
    void changeEvent(QEvent* e) override;
    void showEvent(QShowEvent* e) override;

private:
    void attemptLogin();

    std::unique_ptr<Ui::LoginPage> m_ui;
    GuiContext& m_ctx;
};

}  // namespace cz::gui
