#pragma once
// 包裹 the parcel counter: hand parcels over by pickup code or the phone's last four digits, put
// couriers' drop-offs on the shelf by scanning their tracking numbers, see what waits (parcels
// left too long are highlighted) and send a refused parcel back.

#include "gui/gui_context.h"
#include "gui/job_page.h"
#include "storage/parcel_store.h"

#include <memory>
#include <vector>

namespace Ui {
class ParcelPage;
}

namespace cz::gui {

class BarcodeScanner;

class ParcelPage final : public JobPage {
    Q_OBJECT
public:
    explicit ParcelPage(GuiContext& ctx, QWidget* parent = nullptr);
    ~ParcelPage() override;

    void refresh() override;
    void findPickup();
    void handOver();
    void registerArrival(const QString& trackingNo);
    void returnSelected();

protected:
    void changeEvent(QEvent* e) override;

private:
    std::unique_ptr<Ui::ParcelPage> m_ui;
    GuiContext& m_ctx;
    BarcodeScanner* m_scanner;
    std::vector<ParcelRecord> m_matches;
    std::vector<ParcelRecord> m_waiting;
};

}  // namespace cz::gui
