#pragma once
// Table model over the wallet statement lines (a thin adapter; the running balance comes from the
// ledger's own balance_after).

#include "services/payments/wallet_service.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace cz::gui {

class WalletStatementModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, What, Memo, In, Out, Balance, ColumnCount };

    explicit WalletStatementModel(QObject* parent = nullptr);
    void setRows(std::vector<WalletStatementLine> rows, std::shared_ptr<const TimeZone> zone);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<WalletStatementLine> m_rows;
    std::shared_ptr<const TimeZone> m_zone;
};

}  // namespace cz::gui
