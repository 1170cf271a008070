#pragma once
// Thin table models for the sale screen: search results and the priced cart. The prices and
// totals come from OrderService::quote; the models only display them.

#include "services/catalog_service.h"
#include "services/order_service.h"

#include <QAbstractTableModel>

#include <vector>

namespace cz::gui {

class ProductResultsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Price, Unit, Barcode, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setHits(std::vector<ProductHit> hits);
    [[nodiscard]] const std::vector<ProductHit>& hits() const { return m_hits; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ProductHit> m_hits;
};

class CartModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Quantity, UnitPrice, Amount, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setQuote(Quote quote);
    [[nodiscard]] const Quote& quote() const { return m_quote; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Quote m_quote;
};

/// "斤", "个", … for the marketplace's unit codes.
QString unitName(const std::string& unit);
/// The marketplace's category code in the UI's language (the code itself when it is unknown).
QString catalogCategoryName(const std::string& category);

}  // namespace cz::gui
