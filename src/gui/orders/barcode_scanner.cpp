#include "gui/orders/barcode_scanner.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace cz::gui {

BarcodeScanner::BarcodeScanner(QWidget* scope, QObject* parent) : QObject(parent), m_scope(scope)
{
    m_clock.start();
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &BarcodeScanner::flush);
    qApp->installEventFilter(this);
}

BarcodeScanner::~BarcodeScanner()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool BarcodeScanner::inScope(QObject* target) const
{
    if (!m_scope || !m_scope->isVisible())
        return false;
    auto* w = qobject_cast<QWidget*>(target);
    return w && (w == m_scope || m_scope->isAncestorOf(w) || w->window() == m_scope->window());
}

void BarcodeScanner::flush()
{
    m_flushTimer.stop();
    auto held = std::move(m_held);
    m_held.clear();
    m_replaying = true;
    for (const auto& k : held) {
        if (!k.target)
            continue;
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(k.target, &press);
        QKeyEvent release(QEvent::KeyRelease, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(k.target, &release);
    }
    m_replaying = false;
}

bool BarcodeScanner::eventFilter(QObject* watched, QEvent* event)
{
    if (m_replaying || (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease))
        return QObject::eventFilter(watched, event);
    // Key events are delivered to the focus widget and then propagate to its parents: look at the
    // first delivery only.
    if (!watched->isWidgetType() || !inScope(watched))
        return QObject::eventFilter(watched, event);
    auto* ke = static_cast<QKeyEvent*>(event);
    if (event->type() == QEvent::KeyRelease)
        return !m_held.empty() && !ke->text().isEmpty() && ke->text().at(0).isPrint();  // releases of held keys
    const qint64 now = m_clock.elapsed();
    const bool printable = !ke->text().isEmpty() && ke->text().at(0).isPrint() &&
                           !(ke->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const bool terminator = ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter || ke->key() == Qt::Key_Tab;
    const bool inBurst = !m_held.empty() && now - m_held.back().at <= m_maxGap.count();
    if (printable) {
        if (!m_held.empty() && !inBurst)
            flush();  // a slow key: what was held was typed by a person
        m_held.push_back({watched, ke->key(), ke->modifiers(), ke->text(), now});
        m_flushTimer.start(static_cast<int>(m_maxGap.count()) + 10);
        return true;
    }
    if (terminator && inBurst && static_cast<int>(m_held.size()) >= m_minLength) {
        QString code;
        for (const auto& k : m_held)
            code += k.text;
        m_held.clear();
        m_flushTimer.stop();
        Q_EMIT scanned(code);
        return true;
    }
    if (!m_held.empty())
        flush();
    return QObject::eventFilter(watched, event);
}

}  // namespace cz::gui
