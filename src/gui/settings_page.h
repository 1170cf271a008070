#pragma once
// Settings: language, the station's time zone, the PIN lock, the cash-difference limit, users.

#include "gui/gui_context.h"
#include "gui/job_page.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace cz::gui {

class SettingsPage final : public JobPage {
    Q_OBJECT
public:
    explicit SettingsPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~SettingsPage() override;

    void refresh() override;
    void save();

Q_SIGNALS:
    void languageChanged(const QString& language);

protected:
    void changeEvent(QEvent* e) override;

private:
    void addUser();
    void unlockSelected();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    GuiContext& m_ctx;
};

}  // namespace cz::gui
