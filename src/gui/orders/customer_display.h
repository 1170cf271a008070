#pragma once
// The villager's side of the counter: the cart and the amount to pay in very large digits, on a
// second screen when there is one (or a window the agent turns towards the customer).

#include "services/order_service.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CustomerDisplay;
}

namespace cz::gui {

class CustomerDisplay final : public QWidget {
    Q_OBJECT
public:
    explicit CustomerDisplay(const QString& stationName, QWidget* parent = nullptr);
    ~CustomerDisplay() override;

    void showQuote(const Quote& quote);
    /// After payment: the change to hand back, until the next sale starts.
    void showChange(Money total, Money received);
    /// Shows it full-screen on the second screen if there is one, else as a normal window.
    void present();

protected:
    void changeEvent(QEvent* e) override;

private:
    std::unique_ptr<Ui::CustomerDisplay> m_ui;
    Quote m_quote;
};

}  // namespace cz::gui
