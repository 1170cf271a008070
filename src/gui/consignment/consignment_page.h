#pragma once
// 代卖 consignment page: find or register a farmer, their listings with the stock held for them
// (pending marketplace confirmation marked, aging flagged), intake with slip and shelf label,
// publish / price / markdown / spoilage / return / withdraw, their sales with packing and
// dispatch, the statement for any period and the cash payout with its signed receipt.

#include "gui/gui_context.h"
#include "gui/job_page.h"
#include "services/consignment/consignment_service.h"

#include <memory>
#include <optional>

namespace Ui {
class ConsignmentPage;
}

namespace cz::gui {

class ConsignmentPage final : public JobPage {
    Q_OBJECT
public:
    ConsignmentPage(GuiContext& ctx, ConsignmentService& service, QWidget* parent = nullptr);
    ~ConsignmentPage() override;

    void refresh() override;
    void selectFarmer(std::int64_t farmerId);
    void selectListing(const std::string& listingId);
    void selectSale(const std::string& saleId);
    [[nodiscard]] std::optional<std::int64_t> currentFarmer() const { return m_farmer; }
    [[nodiscard]] std::string currentListing() const;
    [[nodiscard]] std::string currentSale() const;
    ConsignmentService& service() { return m_cs; }

    // The actions behind the buttons (each opens its dialog).
    void registerFarmer();
    void newListing();
    void receiveGoods();
    void publish();
    void changePrice();
    void markDown();
    void recordSpoilage();
    void returnGoods();
    void withdraw();
    void showLabel();
    void markPacked();
    void dispatchSale();
    void printStatement();
    void payOut();

protected:
    void changeEvent(QEvent* e) override;

private:
    void search();
    void showFarmer();
    void fillListings();
    void fillSales();
    void updateButtons();
    void showReceipt(const Receipt& r);
    /// After a local change that the marketplace must learn of: refresh, and wake the sync.
    void changedLocally(const QString& message);
    QString err(const Error& e) const;
    ConsignmentTexts texts() const;

    std::unique_ptr<Ui::ConsignmentPage> m_ui;
    GuiContext& m_ctx;
    ConsignmentService& m_cs;
    std::optional<std::int64_t> m_farmer;
};

}  // namespace cz::gui
