#pragma once
// QR codes through libqrencode: text → module matrix. Used by the ESC/POS raster path (printers
// without native QR), to size the native QR symbol for the paper, and by the PDF/preview painter.

#include "core/result.h"

#include <memory>
#include <string_view>

namespace cz {

enum class QrLevel { L, M, Q, H };

enum class QrErrc {
    Empty,        ///< nothing to encode
    TooLong,      ///< more than a version-40 symbol holds at this error-correction level
    OutOfMemory,
    EncodeFailed,  ///< libqrencode refused the input for another reason
};

const char* toString(QrErrc e);

/// An encoded symbol (owns libqrencode's QRcode). Modules are addressed (x, y) from the top-left,
/// without the quiet zone; renderers add four light modules around it.
class QrMatrix final {
public:
    ~QrMatrix();
    QrMatrix(QrMatrix&& other) noexcept;
    QrMatrix& operator=(QrMatrix&& other) noexcept;

    [[nodiscard]] int size() const;     ///< modules per side: 21 for version 1, +4 per version
    [[nodiscard]] int version() const;  ///< 1 … 40
    [[nodiscard]] bool isDark(int x, int y) const;

    static constexpr int kQuietZone = 4;

private:
    friend Result<QrMatrix, QrErrc> encodeQr(std::string_view text, QrLevel level);
    struct Code;  // owns the QRcode* (libqrencode's type is an anonymous struct: no forward declaration)
    explicit QrMatrix(std::unique_ptr<Code> code);
    std::unique_ptr<Code> m_code;
};

/// Encodes `text` (UTF-8 or any bytes) in the smallest version that holds it; libqrencode picks
/// numeric/alphanumeric/byte segments, so an order number like "CZ-20261129-000123" stays small.
Result<QrMatrix, QrErrc> encodeQr(std::string_view text, QrLevel level = QrLevel::M);

}  // namespace cz
