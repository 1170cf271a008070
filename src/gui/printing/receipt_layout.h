#pragma once
// The painter's layout: a receipt becomes a column of blocks, each with its height at a given
// width on a given device and a function that draws it. Measuring and drawing share one code path,
// so heightForWidth() and paint() cannot disagree, and a printer can break pages between blocks.

#include "services/receipt/receipt.h"

#include <QFont>
#include <QRectF>

#include <functional>
#include <vector>

class QPainter;
class QPaintDevice;

namespace cz::gui {

struct ReceiptBlock {
    qreal height = 0;
    std::function<void(QPainter&, const QRectF&)> draw;  ///< draws inside the rect it is given
};

class ReceiptLayout final {
public:
    ReceiptLayout(const Receipt& receipt, QString fontFamily, const QPaintDevice& device, qreal width);

    [[nodiscard]] const std::vector<ReceiptBlock>& blocks() const { return m_blocks; }
    [[nodiscard]] qreal height() const;

private:
    QFont font(qreal scale, bool bold) const;
    qreal textHeight(const QString& text, const QFont& font, qreal width) const;
    qreal textWidth(const QString& text, const QFont& font) const;
    void add(qreal height, std::function<void(QPainter&, const QRectF&)> draw);
    void space(qreal ems);

    void text(const QString& text, const QFont& font, Qt::Alignment align);
    void separator();
    void row(const QString& label, const QString& value, const QFont& font);
    void header();
    void pending();
    void info();
    void items();
    void totals();
    void notes();
    void qr();
    void signature();
    void footer();

    const Receipt& m_r;
    QString m_family;
    const QPaintDevice& m_device;
    qreal m_width;
    qreal m_em;
    std::vector<ReceiptBlock> m_blocks;
};

}  // namespace cz::gui
