#pragma once
// A supervisor adds a clerk or another supervisor.

#include "gui/gui_context.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddUserDialog;
}

namespace cz::gui {

class AddUserDialog final : public QDialog {
    Q_OBJECT
public:
    AddUserDialog(GuiContext& ctx, QWidget* parent);
    ~AddUserDialog() override;

private:
    void submit();

    std::unique_ptr<Ui::AddUserDialog> m_ui;
    GuiContext& m_ctx;
};

}  // namespace cz::gui
