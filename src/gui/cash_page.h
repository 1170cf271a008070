#pragma once
// The cash page: the business day and the drawer. Open the day with a counted float, put cash in,
// take it out, deposit to the bank, close the day with a count; today's movements below.

#include "gui/gui_context.h"
#include "gui/job_page.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CashPage;
}

namespace cz::gui {

class DrawerMovementsModel;

class CashPage final : public JobPage {
    Q_OBJECT
public:
    explicit CashPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~CashPage() override;

    void refresh() override;

    void openDay();
    void cashIn();
    void cashOut();
    void deposit();
    void closeDay();
    /// The X report of the open day (reads only), in the print preview.
    void xReport();
    /// The stored Z report of the day chosen in the list, exactly as printed at close.
    void reprintZ();


protected:
    void changeEvent(QEvent* e) override;

private:
    enum class Movement { In, Out, Deposit };
    void moveCash(Movement kind);
    /// Hides (or shows again) every figure of what the drawer should hold.
    void setBlind(bool blind);

    std::unique_ptr<Ui::CashPage> m_ui;
    GuiContext& m_ctx;
    DrawerMovementsModel* m_model;
};

}  // namespace cz::gui
