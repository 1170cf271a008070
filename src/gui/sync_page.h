#pragma once
// The sync page: is the marketplace reachable, what is waiting to go up, what needs a person, and
// (for supervisors) the connection settings. "Sync now" wakes the background worker.

#include "gui/gui_context.h"
#include "gui/job_page.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SyncPage;
}

namespace cz::gui {

class SyncPage final : public JobPage {
    Q_OBJECT
public:
    explicit SyncPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~SyncPage() override;

    void refresh() override;
    void saveConnection();


protected:
    void changeEvent(QEvent* e) override;

private:
    void resolveSelected();

    std::unique_ptr<Ui::SyncPage> m_ui;
    GuiContext& m_ctx;
};

}  // namespace cz::gui
