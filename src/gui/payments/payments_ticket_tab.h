#pragma once
// Train tickets: search (online) between two cities on a date, choose a train and a seat class,
// type the passenger's name and ID card number (checked before any cash is taken; never shown
// again, kept only masked), take the fare plus the station's fee, book.

#include "gui/payments/payments_context.h"
#include "gui/payments/payments_tab.h"
#include "sync/payments/payments_wire.h"

#include <QDate>

#include <memory>
#include <optional>

namespace Ui {
class PaymentsTicketTab;
}

namespace cz::gui {

class PaymentsTicketTab final : public PaymentsTab {
    Q_OBJECT
public:
    explicit PaymentsTicketTab(PaymentsContext& ctx, QWidget* parent = nullptr);
    ~PaymentsTicketTab() override;

    void refresh() override;
    [[nodiscard]] bool busy() const override { return m_busy > 0; }

    void refreshCities();
    void search();
    void book();
    /// Chooses the travel date (the tour uses the marketplace's own calendar).
    void setDate(const QDate& date);
    /// Selects from / to by city id.
    void setRoute(const QString& from, const QString& to);

protected:
    void changeEvent(QEvent* e) override;

private:
    void fillCities();
    void fillTrains();
    void trainChosen();
    void updateQuote();
    [[nodiscard]] const sync::TrainInfo* currentTrain() const;
    [[nodiscard]] const sync::SeatOfferInfo* currentSeat() const;
    void status(const QString& text, bool error);

    std::unique_ptr<Ui::PaymentsTicketTab> m_ui;
    PaymentsContext& m_ctx;
    std::optional<sync::TrainSearch> m_search;
    int m_busy = 0;
    bool m_fetchedOnce = false;
};

}  // namespace cz::gui
