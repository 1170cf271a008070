#pragma once
// One tab of the payments desk: reloads itself when shown and says when money moved (so the page
// refreshes the wallet line, the payments list and the status strip).

#include <QWidget>

namespace cz::gui {

class PaymentsTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void refresh() = 0;
    /// True while an online call is out (tests and the tour wait on it).
    [[nodiscard]] virtual bool busy() const { return false; }

Q_SIGNALS:
    void changed();
};

}  // namespace cz::gui
