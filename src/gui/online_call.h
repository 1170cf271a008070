#pragma once
// Runs an online-only call off the GUI thread and hands its result back on the GUI thread. The
// watcher is a child of `receiver`: if the page goes away first, the result is simply dropped —
// the work itself captures only values (never the page), so nothing dangles.

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace cz::gui {

template <class T>
void runOnline(QObject* receiver, std::function<T()> work, std::function<void(const T&)> done)
{
    // Results travel in a shared_ptr: QFuture wants a default-constructible type, Result has none.
    using Box = std::shared_ptr<T>;
    auto* watcher = new QFutureWatcher<Box>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)] {
        const Box box = watcher->result();
        watcher->deleteLater();
        if (box)
            done(*box);
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() -> Box { return std::make_shared<T>(work()); }));
}

}  // namespace cz::gui
