#pragma once
// A keyboard-wedge barcode scanner works anywhere on a page without the agent clicking a field:
// scanners "type" a code in a burst (a few ms between keys) ending with Enter; people type slower.
// This filter holds back printable keys for a moment: a fast burst that ends with Enter becomes a
// scan, anything else is handed on to the focused widget as it was typed.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <vector>

class QKeyEvent;
class QWidget;

namespace cz::gui {

class BarcodeScanner final : public QObject {
    Q_OBJECT
public:
    /// Listens while `scope` is visible, to keys aimed at widgets of its window.
    explicit BarcodeScanner(QWidget* scope, QObject* parent = nullptr);
    ~BarcodeScanner() override;

    /// Keys further apart than this are typing (scanners send keys within a few ms).
    void setMaxGap(std::chrono::milliseconds gap) { m_maxGap = gap; }
    /// Shorter bursts are typing too (a barcode has at least 6 characters).
    void setMinLength(int n) { m_minLength = n; }

Q_SIGNALS:
    void scanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey {
        QPointer<QObject> target;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
        qint64 at;
    };
    bool inScope(QObject* target) const;
    void flush();

    QWidget* m_scope;
    std::chrono::milliseconds m_maxGap{40};
    int m_minLength = 6;
    std::vector<HeldKey> m_held;
    QElapsedTimer m_clock;
    QTimer m_flushTimer;
    bool m_replaying = false;
};

}  // namespace cz::gui
