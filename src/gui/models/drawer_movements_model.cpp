#include "gui/models/drawer_movements_model.h"

#include "gui/gui_text.h"

namespace cz::gui {

DrawerMovementsModel::DrawerMovementsModel(QObject* parent) : QAbstractTableModel(parent) {}

void DrawerMovementsModel::setRows(std::vector<AccountActivity> rows, std::shared_ptr<const TimeZone> zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = std::move(zone);
    endResetModel();
}

int DrawerMovementsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DrawerMovementsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DrawerMovementsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Balance))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return m_zone ? timeText(r.postedAt, *m_zone) : QString();
    case Kind: return entryKindName(r.kind);
    case Memo: return QString::fromStdString(r.memo);
    case Amount: return QString((r.amount.isPositive() ? QStringLiteral("+") : QString()) + money(r.amount));
    case Balance: return money(r.balanceAfter);
    case User: return QString::fromStdString(r.userName);
    default: return {};
    }
}

QVariant DrawerMovementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("What");
    case Memo: return tr("Reason / note");
    case Amount: return tr("Amount");
    case Balance: return tr("Drawer after");
    case User: return tr("By");
    default: return {};
    }
}

}  // namespace cz::gui
