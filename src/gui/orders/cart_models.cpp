#include "gui/orders/cart_models.h"

#include "gui/gui_text.h"

#include <QCoreApplication>

namespace cz::gui {

QString catalogCategoryName(const std::string& category)
{
    static const std::pair<const char*, const char*> categories[] = {
        {"daily", QT_TRANSLATE_NOOP("cz::gui::Categories", "Daily goods")},
        {"food", QT_TRANSLATE_NOOP("cz::gui::Categories", "Food & drinks")},
        {"grain_oil", QT_TRANSLATE_NOOP("cz::gui::Categories", "Grain, oil & seasoning")},
        {"farm_tools", QT_TRANSLATE_NOOP("cz::gui::Categories", "Farm tools & hardware")},
        {"seeds", QT_TRANSLATE_NOOP("cz::gui::Categories", "Seeds & seedlings")},
        {"fertilizer", QT_TRANSLATE_NOOP("cz::gui::Categories", "Fertilizer & crop care")},
        {"clothing", QT_TRANSLATE_NOOP("cz::gui::Categories", "Clothing & shoes")},
        {"electronics", QT_TRANSLATE_NOOP("cz::gui::Categories", "Home appliances")},
        {"phones", QT_TRANSLATE_NOOP("cz::gui::Categories", "Phones & digital")},
        {"school", QT_TRANSLATE_NOOP("cz::gui::Categories", "School supplies")},
        {"baby", QT_TRANSLATE_NOOP("cz::gui::Categories", "Mother & baby")},
        {"health", QT_TRANSLATE_NOOP("cz::gui::Categories", "Health care")},
        {"kitchen", QT_TRANSLATE_NOOP("cz::gui::Categories", "Kitchenware")},
    };
    for (const auto& [code, name] : categories)
        if (category == code)
            return QCoreApplication::translate("cz::gui::Categories", name);
    return QString::fromStdString(category);
}

QString unitName(const std::string& unit)
{
    static const std::pair<const char*, const char*> units[] = {
        {"piece", QT_TRANSLATE_NOOP("cz::gui::Units", "pc")},     {"box", QT_TRANSLATE_NOOP("cz::gui::Units", "box")},
        {"case", QT_TRANSLATE_NOOP("cz::gui::Units", "case")},    {"bottle", QT_TRANSLATE_NOOP("cz::gui::Units", "bottle")},
        {"bag", QT_TRANSLATE_NOOP("cz::gui::Units", "bag")},      {"pack", QT_TRANSLATE_NOOP("cz::gui::Units", "pack")},
        {"set", QT_TRANSLATE_NOOP("cz::gui::Units", "set")},      {"pair", QT_TRANSLATE_NOOP("cz::gui::Units", "pair")},
        {"roll", QT_TRANSLATE_NOOP("cz::gui::Units", "roll")},    {"barrel", QT_TRANSLATE_NOOP("cz::gui::Units", "barrel")},
        {"jar", QT_TRANSLATE_NOOP("cz::gui::Units", "jar")},      {"bundle", QT_TRANSLATE_NOOP("cz::gui::Units", "bundle")},
        {"kg", QT_TRANSLATE_NOOP("cz::gui::Units", "kg")},        {"jin", QT_TRANSLATE_NOOP("cz::gui::Units", "jin")},
        {"dozen", QT_TRANSLATE_NOOP("cz::gui::Units", "dozen")},
    };

    for (const auto& [code, name] : units)
        if (unit == code)
            return QCoreApplication::translate("cz::gui::Units", name);
    return QString::fromStdString(unit);
}

void ProductResultsModel::setHits(std::vector<ProductHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int ProductResultsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_hits.size()); }
int ProductResultsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProductResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& p = m_hits[static_cast<std::size_t>(index.row())].product;
    if (role == Qt::TextAlignmentRole && index.column() == Price)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return QString::fromStdString(p.nameEn + "\n" + p.description);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return QString::fromStdString(p.nameZh);
    case Price: return money(p.price);
    case Unit: return unitName(p.unit);
    case Barcode: return QString::fromStdString(p.barcode);
    default: return {};
    }
}

QVariant ProductResultsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Product");
    case Price: return tr("Price");
    case Unit: return tr("Unit");
    case Barcode: return tr("Barcode");
    default: return {};
    }
}

void CartModel::setQuote(Quote quote)
{
    beginResetModel();
    m_quote = std::move(quote);
    endResetModel();
}

int CartModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_quote.lines.size()); }
int CartModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CartModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& l = m_quote.lines[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return QString::fromStdString(l.product.nameZh);
    case Quantity: return QStringLiteral("%1 %2").arg(l.quantity).arg(unitName(l.product.unit));
    case UnitPrice: return money(l.product.price);
    case Amount: return money(l.amount);
    default: return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Product");
    case Quantity: return tr("Qty");
    case UnitPrice: return tr("Price");
    case Amount: return tr("Amount");
    default: return {};
    }
}

}  // namespace cz::gui
