#pragma once
// A page the home screen opens with a tile: it can go back home, tells the window when money or
// the day changed (so the status strip follows), and reloads itself when shown.

#include <QWidget>

namespace cz::gui {

class JobPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// Reloads what the page shows from the services; called each time the page is opened.
    virtual void refresh() = 0;

Q_SIGNALS:
    void backRequested();
    /// Money, the day or the sync queue changed: the status strip should refresh.
    void changed();
};

}  // namespace cz::gui
