#include "gui/printing/receipt_painter.h"

#include "gui/printing/receipt_layout.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <cmath>

namespace cz::gui {

namespace {

constexpr qreal kMmPerInch = 25.4;
// A long PDF page is fine for a receipt, but viewers and PDF itself stop at 200 inches.
constexpr qreal kMaxPdfPageMm = 5000.0;

void setUpPainter(QPainter& p)
{
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setPen(Qt::black);
}

}  // namespace

ReceiptPainter::ReceiptPainter(Receipt receipt, QString fontFamily)
    : m_receipt(std::move(receipt)), m_fontFamily(std::move(fontFamily))
{
}

qreal ReceiptPainter::heightForWidth(const QPaintDevice& device, qreal width) const
{
    return ReceiptLayout(m_receipt, m_fontFamily, device, width).height();
}

qreal ReceiptPainter::paint(QPainter& painter, QPointF topLeft, qreal width) const
{
    const ReceiptLayout layout(m_receipt, m_fontFamily, *painter.device(), width);
    painter.save();
    setUpPainter(painter);
    qreal y = topLeft.y();
    for (const ReceiptBlock& b : layout.blocks()) {
        b.draw(painter, QRectF(topLeft.x(), y, width, b.height));
        y += b.height;
    }
    painter.restore();
    return y - topLeft.y();
}

void ReceiptPainter::paintPages(QPainter& painter, QPrinter& printer, qreal width) const
{
    const ReceiptLayout layout(m_receipt, m_fontFamily, printer, width);
    const qreal pageHeight = printer.pageLayout().paintRectPixels(printer.resolution()).height();
    painter.save();
    setUpPainter(painter);
    qreal y = 0;
    for (const ReceiptBlock& b : layout.blocks()) {
        if (y > 0 && y + b.height > pageHeight) {
            printer.newPage();
            y = 0;
        }
        b.draw(painter, QRectF(0, y, width, b.height));
        y += b.height;
    }
    painter.restore();
}

QImage renderReceiptImage(const Receipt& receipt, int widthPx)
{
    const ReceiptPainter rp(receipt);
    const int margin = std::max(2, widthPx / 24);
    const qreal inner = widthPx - 2 * margin;
    // Pixel-sized fonts: any image gives the same metrics, so a 1×1 one is enough to measure.
    const QImage probe(1, 1, QImage::Format_RGB32);
    const int height = static_cast<int>(std::ceil(rp.heightForWidth(probe, inner))) + 2 * margin;
    QImage image(std::max(1, widthPx), height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    rp.paint(p, QPointF(margin, margin), inner);
    return image;
}

Result<void, QString> exportPdf(const Receipt& receipt, const QString& path, Paper paper)
{
    const PaperGeometry g = paperGeometry(paper);
    const qreal sideMm = (g.widthMm - g.printMm) / 2;
    constexpr int kDpi = 600;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{file.errorString()};
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setCreator(QStringLiteral("Cunzhan"));
        writer.setTitle(QString::fromStdString(receipt.title + " " + receipt.captions.number + " " +
                                               formatReceiptNumber(receipt.number)));
        const ReceiptPainter rp(receipt);
        const qreal width = g.printMm / kMmPerInch * kDpi;
        const qreal heightMm = rp.heightForWidth(writer, width) / kDpi * kMmPerInch;
        const qreal pageMm = std::min(kMaxPdfPageMm, std::ceil(heightMm + 2 * sideMm));
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(g.widthMm, pageMm), QPageSize::Millimeter, QString(),
                                                   QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(sideMm, sideMm, sideMm, sideMm),
                                         QPageLayout::Millimeter));
        QPainter p;
        if (!p.begin(&writer)) {
            file.cancelWriting();
            return Failure{QStringLiteral("the PDF writer could not start")};
        }
        rp.paint(p, QPointF(0, 0), width);
        p.end();
    }
    if (!file.commit())
        return Failure{file.errorString()};
    return {};
}

bool printReceipt(const Receipt& receipt, QPrinter& printer, Paper paper)
{
    const qreal pageWidth = printer.pageLayout().paintRectPixels(printer.resolution()).width();
    const qreal paperWidth = paperGeometry(paper).printMm / kMmPerInch * printer.resolution();
    QPainter p;
    if (!p.begin(&printer))
        return false;
    ReceiptPainter(receipt).paintPages(p, printer, std::min(pageWidth, paperWidth));
    p.end();
    return true;
}

}  // namespace cz::gui
