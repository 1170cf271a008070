#pragma once
// The strip at the bottom of every screen: who is logged in, the business day, cash in the
// drawer, the station and the time. Always visible.

#include "gui/gui_context.h"

#include <QFrame>

#include <memory>

namespace Ui {
class StatusStrip;
}

namespace cz::gui {

class StatusStrip final : public QFrame {
    Q_OBJECT
public:
    explicit StatusStrip(QWidget* parent = nullptr);
    ~StatusStrip() override;

    void setContext(GuiContext* ctx);
    /// Hides the drawer figure (during the blind count at close) or shows it again.
    void setDrawerHidden(bool hidden);

public Q_SLOTS:
    /// Re-reads user, day and drawer from the services.
    void refresh();

protected:
    void changeEvent(QEvent* e) override;

private:
    std::unique_ptr<Ui::StatusStrip> m_ui;
    GuiContext* m_ctx = nullptr;
    bool m_drawerHidden = false;
};

}  // namespace cz::gui
