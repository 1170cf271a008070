#pragma once
// Table model over payments (a thin adapter over PaymentService's rows; it computes nothing).

#include "storage/payments/payment_store.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cz {
class TimeZone;
}

namespace cz::gui {

class PaymentsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Kind, What, Amount, Fee, State, Reference, ColumnCount };

    explicit PaymentsModel(QObject* parent = nullptr);
    void setRows(std::vector<PaymentRecord> rows, std::shared_ptr<const TimeZone> zone);
    [[nodiscard]] const PaymentRecord* row(int r) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<PaymentRecord> m_rows;
    std::shared_ptr<const TimeZone> m_zone;
};

}  // namespace cz::gui
