#pragma once
// Text as a Chinese thermal printer prints it. In Chinese mode (FS &) the printer prints an ASCII
// byte as one half-width column and a two-byte GB character as a full-width glyph of two columns —
// including characters Unicode calls narrow or ambiguous, like "×" or "é". So the printed width of
// a character is exactly the length of its GB18030 encoding, and that is what this class measures.
// Four-byte GB18030 sequences (rare hanzi outside GBK, emoji) are missing from most printer fonts;
// unless the printer is known to have them they print as '?' rather than as garbage.

#include <QString>
#include <QStringEncoder>

#include <vector>

namespace cz {

class PrinterText final {
public:
    /// `fourByteGlyphs`: the printer's font covers all of GB18030, not just GBK.
    explicit PrinterText(bool fourByteGlyphs);

    /// What the printer can print of `text`: control characters (which would otherwise be printer
    /// commands — a customer name must never cut the paper) become spaces, "¥" becomes the
    /// full-width "￥" that GBK fonts have, unprintable characters become '?'.
    [[nodiscard]] QString printable(QStringView text);
    /// Printed width in half-width columns of text that went through printable().
    [[nodiscard]] int width(QStringView text);
    /// Greedy wrap to `columns` (≥ 2): CJK breaks anywhere, a Latin word moves whole to the next line
    /// when it fits there. Leading spaces of continuation lines and trailing spaces are dropped.
    /// Empty text gives no lines.
    [[nodiscard]] std::vector<QString> wrap(QStringView text, int columns);
    /// `left` and `right` on one line with `right` flush right; when they do not fit, `left` wraps in
    /// the space before `right`, or (when that would be too narrow) above it.
    [[nodiscard]] std::vector<QString> twoColumns(QStringView left, QStringView right, int columns);
    /// Pads with spaces to `columns` (text already at least that wide is returned unchanged).
    [[nodiscard]] QString padRight(QStringView text, int columns);
    [[nodiscard]] QString padLeft(QStringView text, int columns);
    /// GB18030 bytes of printable text.
    [[nodiscard]] QByteArray encode(QStringView text);

private:
    int codePointWidth(char32_t c);
    int encodedLength(char32_t c);

    QStringEncoder m_encoder;
    bool m_fourByteGlyphs;
};

}  // namespace cz
