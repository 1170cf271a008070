#pragma once
// Settings: language, the station's time zone, the PIN lock, the cash-difference limit, users.

#include "gui/gui_context.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace cz::gui {

class SettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~SettingsPage() override;

    void refresh();
    void save();

Q_SIGNALS:
    void backRequested();
    void languageChanged(const QString& language);
    void changed();

protected:
    void changeEvent(QEvent* e) override;

private:
    void addUser();
    void unlockSelected();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    GuiContext& m_ctx;
};

}  // namespace cz::gui
