#pragma once
// Renders a Receipt to ESC/POS bytes for 58 mm and 80 mm thermal printers: Chinese in GB18030
// (Chinese mode FS &), a centred double-size title, columns measured in printed width, the QR code
// either as the printer's native symbol (GS ( k) or as a raster image (GS v 0) for printers without
// native QR, and a partial cut. Pure function of (receipt, options): the same stored body always
// gives the same bytes, which is what makes a reprint identical.

#include "core/result.h"
#include "services/receipt/receipt.h"

#include <QByteArray>

#include <string>

namespace cz {

enum class Paper { Mm58, Mm80 };

struct PaperGeometry {
    int columns;      ///< half-width characters per line (Font A, 12×24)
    int dots;         ///< printable dots per line at 203 dpi
    double widthMm;   ///< paper width, for the PDF page
    double printMm;   ///< printable width
};

PaperGeometry paperGeometry(Paper paper);

enum class QrPrint {
    Native,  ///< GS ( k, model 2, error correction M: small, sharp, most current printers
    Raster,  ///< GS v 0 bitmap from libqrencode: for printers without a QR command
};

struct EscPosOptions {
    Paper paper = Paper::Mm80;
    QrPrint qr = QrPrint::Native;
    bool cut = true;              ///< GS V 66 0 (feed to the cutter, partial cut); false for tear-off printers
    int feedLines = 2;            ///< blank lines after the footer (0 … 255)
    bool fullGb18030Font = false; ///< the font has four-byte GB18030 glyphs; otherwise they print as '?'
};

enum class EscPosErrc {
    QrTooLong,  ///< the QR payload does not fit in a symbol
    QrFailed,
};

struct EscPosError {
    EscPosErrc code = EscPosErrc::QrFailed;
    std::string detail;
};

/// QR module size in dots for a symbol of `modules` per side on this paper: as large as reads
/// well (6 dots on 58 mm, 8 on 80 mm) but never wider than the paper with its quiet zone.
int qrModuleDots(Paper paper, int modules);

/// The whole print job: ESC @ … GS V.
Result<QByteArray, EscPosError> renderEscPos(const Receipt& receipt, const EscPosOptions& options);

}  // namespace cz
