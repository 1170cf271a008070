#pragma once
// Bridges the sync worker's thread to the GUI thread: the worker reports an overview, the monitor
// re-emits it as a Qt signal on the GUI thread (queued), and keeps the latest one.

#include "services/sync_service.h"

#include <QObject>

namespace cz::gui {

class SyncMonitor final : public QObject {
    Q_OBJECT
public:
    explicit SyncMonitor(SyncService& sync, QObject* parent = nullptr);
    ~SyncMonitor() override;

    /// Starts the background worker when the connection is configured (again after a change).
    void restart();
    void syncNow();
    [[nodiscard]] const SyncOverview& latest() const { return m_latest; }
    /// Re-reads the counts from the database (after a local change such as a new order).
    void refreshCounts();

Q_SIGNALS:
    void overviewChanged(const cz::SyncOverview& overview);

private:
    SyncService& m_sync;
    SyncOverview m_latest;
};

}  // namespace cz::gui

Q_DECLARE_METATYPE(cz::SyncOverview)
