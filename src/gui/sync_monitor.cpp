#include "gui/sync_monitor.h"

#include <QMetaObject>
#include <QPointer>

namespace cz::gui {

SyncMonitor::SyncMonitor(SyncService& sync, QObject* parent) : QObject(parent), m_sync(sync)
{
    qRegisterMetaType<cz::SyncOverview>();
    m_latest = m_sync.overview();
}

SyncMonitor::~SyncMonitor() { m_sync.stopWorker(); }

void SyncMonitor::restart()
{
    m_sync.stopWorker();
    if (!m_sync.settings().configured)
        return;
    QPointer<SyncMonitor> self(this);
    m_sync.startWorker([self](const SyncOverview& o) {
        // Called on the worker thread: hand it to the GUI thread.
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, o] {
                SyncMonitor* monitor = self.data();
                if (monitor == nullptr)
                    return;
                monitor->m_latest = o;
                Q_EMIT monitor->overviewChanged(o);
            },
            Qt::QueuedConnection);
    });
}

void SyncMonitor::syncNow()
{
    if (m_sync.workerRunning())
        m_sync.syncNow();
    else
        restart();
}

void SyncMonitor::refreshCounts()
{
    const auto fresh = m_sync.overview();
    m_latest.counts = fresh.counts;
    m_latest.openIssues = fresh.openIssues;
    Q_EMIT overviewChanged(m_latest);
}

}  // namespace cz::gui
