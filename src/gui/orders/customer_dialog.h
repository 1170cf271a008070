#pragma once
// Choosing who is served: find a villager by name, pinyin, initials or phone digits, add one on the
// spot, or serve anonymously.

#include "gui/gui_context.h"
#include "storage/customer_store.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class CustomerDialog;
}

namespace cz::gui {

class CustomerDialog final : public QDialog {
    Q_OBJECT
public:
    CustomerDialog(GuiContext& ctx, QWidget* parent);
    ~CustomerDialog() override;

Q_SIGNALS:
    /// nullopt: serve anonymously.
    void chosen(const std::optional<cz::CustomerRecord>& customer);

private:
    void search();
    void choose();
    void addNew();

    std::unique_ptr<Ui::CustomerDialog> m_ui;
    GuiContext& m_ctx;
    std::vector<CustomerRecord> m_found;
};

}  // namespace cz::gui
