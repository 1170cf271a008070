#pragma once
// The consignment page's dialogs. Each is opened with open(), has an object name, and takes a
// submit function that returns an error text (empty = done, the dialog closes).

#include "core/money.h"
#include "services/consignment/consignment_service.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace Ui {
class ConsignmentFarmerDialog;
class ConsignmentListingDialog;
class ConsignmentStockDialog;
class ConsignmentDispatchDialog;
}  // namespace Ui

namespace cz::gui {

/// Register a farmer: name, phone, village group, ID number (kept masked), payout preference.
class ConsignmentFarmerDialog final : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<QString(const FarmerInput&)>;
    ConsignmentFarmerDialog(Submit submit, QWidget* parent);
    ~ConsignmentFarmerDialog() override;
    void setInput(const QString& name, const QString& phone, const QString& village, const QString& idNumber);

private:
    void submit();
    std::unique_ptr<Ui::ConsignmentFarmerDialog> m_ui;
    Submit m_submit;
    std::string m_opId;
};

/// A new listing with photos. The photo is picked by path (the Browse… button fills the path), so
/// tests and the tour can set it without a file dialog.
class ConsignmentListingDialog final : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<QString(const ListingInput&)>;
    ConsignmentListingDialog(std::int64_t farmerId, BusinessDay today, Submit submit, QWidget* parent);
    ~ConsignmentListingDialog() override;
    void setBasics(const QString& title, const QString& category, const QString& unit, const QString& price, int quantity);
    void setPhotoPath(const QString& path);
    /// Loads the photo at the path field; large pictures are scaled down to fit the marketplace's
    /// 256 KiB. Returns an error text, empty on success.
    QString addPhoto();
    [[nodiscard]] int photoCount() const { return static_cast<int>(m_photos.size()); }

private:
    void browse();
    void submit();
    std::unique_ptr<Ui::ConsignmentListingDialog> m_ui;
    Submit m_submit;
    std::int64_t m_farmerId;
    std::vector<std::string> m_photos;
    std::string m_opId;
    std::string m_listingId;
};

/// A quantity (intake, spoilage, return) or a new price (price change, markdown) with a note.
class ConsignmentStockDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Quantity, Price };
    using Submit = std::function<QString(std::int64_t quantity, Money price, const QString& note)>;
    ConsignmentStockDialog(Mode mode, const QString& title, const QString& intro, int maxQuantity, Submit submit,
                           QWidget* parent);
    ~ConsignmentStockDialog() override;
    void setValues(int quantity, const QString& price, const QString& note);

private:
    void submit();
    std::unique_ptr<Ui::ConsignmentStockDialog> m_ui;
    Mode m_mode;
    Submit m_submit;
};

/// Courier and tracking number for a packed sale.
class ConsignmentDispatchDialog final : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<QString(const std::string& courier, const std::string& trackingNo)>;
    ConsignmentDispatchDialog(const QString& intro, Submit submit, QWidget* parent);
    ~ConsignmentDispatchDialog() override;
    void setValues(const QString& courier, const QString& trackingNo);

private:
    void submit();
    std::unique_ptr<Ui::ConsignmentDispatchDialog> m_ui;
    Submit m_submit;
};

/// Translated category and courier names.
QString categoryName(const std::string& code);
QString courierName(const std::string& code);

}  // namespace cz::gui
