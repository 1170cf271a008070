#include "gui/payments/payments_model.h"

#include "gui/gui_text.h"
#include "gui/payments/payments_text.h"

namespace cz::gui {

PaymentsModel::PaymentsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PaymentsModel::setRows(std::vector<PaymentRecord> rows, std::shared_ptr<const TimeZone> zone)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_zone = std::move(zone);
    endResetModel();
}

const PaymentRecord* PaymentsModel::row(int r) const
{
    return r >= 0 && r < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(r)] : nullptr;
}

int PaymentsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(m_rows.size()); }
int PaymentsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PaymentsModel::data(const QModelIndex& index, int role) const
{
    const auto* p = row(index.row());
    if (!p)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Fee))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return m_zone ? dateTimeText(p->createdAt, *m_zone).left(16) : QString();
    case Kind: return paymentKindText(p->kind);
    case What: {
        QString what = QString::fromStdString(p->targetName);
        if (p->kind == PaymentKind::Bill || p->kind == PaymentKind::TopUp)
            what += QStringLiteral(" ") + QString::fromStdString(p->accountNo);
        if (p->kind == PaymentKind::Assisted && p->quantity > 1)
            what += QStringLiteral(" × %1").arg(p->quantity);
        return what;
    }
    case Amount: return money(p->amount);
    case Fee: return money(p->fee);
    case State: {
        QString s = paymentStateText(p->state);
        if (p->state == PaymentState::RefundDue)
            s += QStringLiteral(" ") + money(p->refundDue);
        return s;
    }
    case Reference: return QString::fromStdString(p->reference);
    default: return {};
    }
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Kind");
    case What: return tr("For");
    case Amount: return tr("Amount");
    case Fee: return tr("Fee");
    case State: return tr("State");
    case Reference: return tr("Reference / e-ticket");
    default: return {};
    }
}

}  // namespace cz::gui
