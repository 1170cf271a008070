#pragma once
// The sync page: is the marketplace reachable, what is waiting to go up, what needs a person, and
// (for supervisors) the connection settings. "Sync now" wakes the background worker.

#include "gui/gui_context.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SyncPage;
}

namespace cz::gui {

class SyncPage final : public QWidget {
    Q_OBJECT
public:
    explicit SyncPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~SyncPage() override;

    void refresh();
    void saveConnection();

Q_SIGNALS:
    void backRequested();

protected:
    void changeEvent(QEvent* e) override;

private:
    void resolveSelected();

    std::unique_ptr<Ui::SyncPage> m_ui;
    GuiContext& m_ctx;
};

}  // namespace cz::gui
