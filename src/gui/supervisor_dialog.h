#pragma once
// A supervisor approves one action with their PIN (counts toward their lock like a login).

#include "gui/gui_context.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SupervisorDialog;
}

namespace cz::gui {

class SupervisorDialog final : public QDialog {
    Q_OBJECT
public:
    SupervisorDialog(GuiContext& ctx, const QString& reason, const std::string& action, QWidget* parent);
    ~SupervisorDialog() override;

    void setPin(const QString& pin);

Q_SIGNALS:
    void approved(const cz::Session& supervisor);

private:
    void submit();

    std::unique_ptr<Ui::SupervisorDialog> m_ui;
    GuiContext& m_ctx;
    std::string m_action;
};

}  // namespace cz::gui
