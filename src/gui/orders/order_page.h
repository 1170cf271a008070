#pragma once
// 代购 the sale screen: who it is for, search the catalog (hanzi, pinyin, initials, English,
// barcode) or scan anywhere on the page, adjust the cart, take the cash, print the receipt. The
// customer display mirrors the cart.

#include "gui/gui_context.h"
#include "gui/job_page.h"
#include "services/order_service.h"
#include "storage/customer_store.h"

#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class OrderPage;
}

namespace cz::gui {

class BarcodeScanner;
class CartModel;
class CustomerDisplay;
class ProductResultsModel;

class OrderPage final : public JobPage {
    Q_OBJECT
public:
    explicit OrderPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~OrderPage() override;

    void refresh() override;
    void addProduct(const std::string& productId, std::int64_t quantity = 1);
    /// A barcode from the scanner (or typed into the search box).
    void addByBarcode(const QString& code);
    void changeQuantity(int delta);
    void removeSelected();
    void clearCart();
    void openTender();
    void chooseCustomer();
    void toggleDisplay();
    [[nodiscard]] const std::vector<CartLine>& cart() const { return m_cart; }
    BarcodeScanner* scanner() const { return m_scanner; }
    CustomerDisplay* customerDisplay() const { return m_display.get(); }

Q_SIGNALS:
    /// The cart was re-priced (after a scan, a search pick, a quantity change).
    void cartChanged();
    /// A sale was recorded; its receipt number.
    void saleRecorded(qint64 receiptNumber);

protected:
    void changeEvent(QEvent* e) override;

private:
    void runSearch();
    void showProduct(int row);  ///< the picture and details of a search result (-1: none)
    void requote();
    void newSale();
    void showCustomer();

    std::unique_ptr<Ui::OrderPage> m_ui;
    GuiContext& m_ctx;
    ProductResultsModel* m_results;
    CartModel* m_cartModel;
    BarcodeScanner* m_scanner;
    std::unique_ptr<CustomerDisplay> m_display;
    QTimer m_searchDelay;
    std::vector<CartLine> m_cart;
    std::optional<CustomerRecord> m_customer;
    std::string m_saleOpId;    ///< one per sale: confirming twice records it once
    std::string m_saleOrderId;
};

}  // namespace cz::gui
