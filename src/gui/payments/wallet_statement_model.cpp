#include "gui/payments/wallet_statement_model.h"

#include "gui/gui_text.h"
#include "gui/payments/payments_text.h"

namespace cz::gui {

WalletStatementModel::WalletStatementModel(QObject* parent) : QAbstractTableModel(parent) {}

void WalletStatementModel::setRows(std::vector<WalletStatementLine> rows, std::shared_ptr<const TimeZone> zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = std::move(zone);
    endResetModel();
}

int WalletStatementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}
int WalletStatementModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WalletStatementModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const auto& l = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= In)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return m_zone ? dateTimeText(l.postedAt, *m_zone).left(16) : QString();
    case What: return walletEntryText(l.kind);
    case Memo: return QString::fromStdString(l.memo);
    case In: return l.amount.isPositive() ? money(l.amount) : QString();
    case Out: return l.amount.isNegative() ? money(-l.amount) : QString();
    case Balance: return money(l.balanceAfter);
    default: return {};
    }
}

QVariant WalletStatementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case What: return tr("Movement");
    case Memo: return tr("Details");
    case In: return tr("In");
    case Out: return tr("Out");
    case Balance: return tr("Balance");
    default: return {};
    }
}

}  // namespace cz::gui
