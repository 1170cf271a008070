#pragma once
// Paints a Receipt with QPainter in the narrow look of a till roll, on any paint device: the
// preview image, a PDF (QPdfWriter) or a printer (QPrinter, broken into pages between rows).
// Sizes follow the width, so the same receipt looks the same at 300 px or at 600 dpi.

#include "core/result.h"
#include "services/receipt/escpos.h"
#include "services/receipt/receipt.h"

#include <QImage>
#include <QPointF>
#include <QString>

class QPainter;
class QPaintDevice;
class QPrinter;

namespace cz::gui {

class ReceiptPainter final {
public:
    explicit ReceiptPainter(Receipt receipt, QString fontFamily = QStringLiteral("Noto Sans CJK SC"));

    /// The height paint() uses at `width` device units on `device`.
    [[nodiscard]] qreal heightForWidth(const QPaintDevice& device, qreal width) const;
    /// Paints the whole receipt downwards from `topLeft`, `width` device units wide; returns the
    /// height used.
    qreal paint(QPainter& painter, QPointF topLeft, qreal width) const;
    /// Paints on the printer's pages, starting a new page between rows when one is full. The painter
    /// must be active on `printer`.
    void paintPages(QPainter& painter, QPrinter& printer, qreal width) const;

private:
    Receipt m_receipt;
    QString m_fontFamily;
};

/// The receipt on white, `widthPx` pixels wide (with a small margin), as tall as it needs.
QImage renderReceiptImage(const Receipt& receipt, int widthPx);

/// Writes a one-page PDF as wide as the paper and as long as the receipt. The file is replaced
/// atomically: on failure no partial PDF is left. The error is the system's reason (for the log
/// and to show after a translated sentence).
Result<void, QString> exportPdf(const Receipt& receipt, const QString& path, Paper paper = Paper::Mm80);

/// Prints on an already set-up printer (from QPrintDialog): at most the paper's printable width,
/// at the top left of the page, over as many pages as it takes. False if the printer cannot start.
bool printReceipt(const Receipt& receipt, QPrinter& printer, Paper paper = Paper::Mm80);

}  // namespace cz::gui
