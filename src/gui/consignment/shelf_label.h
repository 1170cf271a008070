#pragma once
// The shelf label of a consignment listing: title, farmer, price per unit, sell-by date and an
// EAN-13 barcode (prefix 29, in-store) drawn with QPainter — no barcode library needed. Rendered
// to an image for the preview and to a PDF (QPdfWriter) for printing on any printer.

#include "core/result.h"

#include <QImage>
#include <QString>

class QPainter;
class QRectF;

namespace cz::gui {

struct ShelfLabel {
    QString title;
    QString farmer;
    QString price;    ///< "¥3.50 / 斤"
    QString sellBy;   ///< "2026-12-10", or empty
    QString barcode;  ///< 13 digits
};

/// The 95 modules of an EAN-13 (true = bar), or empty when `digits` is not 13 digits.
std::vector<bool> ean13Modules(const QString& digits);

/// Draws the label inside `rect` (any paint device; 60 × 40 mm is the usual size).
void paintShelfLabel(QPainter& p, const QRectF& rect, const ShelfLabel& label);
QImage renderShelfLabel(const ShelfLabel& label, int widthPx);
/// A one-page PDF of `copies` labels, one per page, 60 × 40 mm.
Result<void, QString> exportShelfLabelPdf(const ShelfLabel& label, const QString& path, int copies);

}  // namespace cz::gui
