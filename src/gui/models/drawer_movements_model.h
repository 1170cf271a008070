#pragma once
// Table model over the day's cash-drawer movements (a thin adapter: totals come from the ledger).

#include "core/business_day.h"
#include "storage/ledger_store.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cz::gui {

class DrawerMovementsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Kind, Memo, Amount, Balance, User, ColumnCount };

    explicit DrawerMovementsModel(QObject* parent = nullptr);
    void setRows(std::vector<AccountActivity> rows, std::shared_ptr<const TimeZone> zone);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<AccountActivity> m_rows;
    std::shared_ptr<const TimeZone> m_zone;
};

}  // namespace cz::gui
