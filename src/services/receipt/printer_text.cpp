#include "services/receipt/printer_text.h"

#include <algorithm>

namespace cz {

namespace {

struct CodePoint {
    char32_t value;
    qsizetype pos;  ///< index of its first UTF-16 unit
    qsizetype len;  ///< 1 or 2 UTF-16 units
};

std::vector<CodePoint> codePoints(QStringView s)
{
    std::vector<CodePoint> out;
    out.reserve(static_cast<std::size_t>(s.size()));
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s[i];
        if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
            out.push_back({QChar::surrogateToUcs4(c, s[i + 1]), i, 2});
            i += 2;
        } else {
            // An unpaired surrogate is not a character; it prints as the replacement character.
            out.push_back({c.isSurrogate() ? char32_t(0xFFFD) : char32_t(c.unicode()), i, 1});
            ++i;
        }
    }
    return out;
}

bool isControl(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

QString fromCodePoint(char32_t c) { return QString::fromUcs4(&c, 1); }

}  // namespace

PrinterText::PrinterText(bool fourByteGlyphs) : m_encoder("GB18030"), m_fourByteGlyphs(fourByteGlyphs) {}

int PrinterText::encodedLength(char32_t c)
{
    if (c < 0x80)
        return 1;
    const QString s = fromCodePoint(c);
    const QByteArray bytes = m_encoder.encode(s);
    return static_cast<int>(bytes.size());
}

int PrinterText::codePointWidth(char32_t c)
{
    // A four-byte sequence is one full-width glyph on printers that have it.
    return std::min(encodedLength(c), 2);
}

QString PrinterText::printable(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const CodePoint& cp : codePoints(text)) {
        char32_t c = cp.value;
        if (isControl(c))
            c = U' ';
        else if (c == 0x00A5)  // ¥ is four bytes in GB18030; ￥ is in GB2312.
            c = 0xFFE5;
        if (!m_fourByteGlyphs && encodedLength(c) == 4)
            c = U'?';
        out += fromCodePoint(c);
    }
    return out;
}

int PrinterText::width(QStringView text)
{
    int w = 0;
    for (const CodePoint& cp : codePoints(text))
        w += codePointWidth(cp.value);
    return w;
}

std::vector<QString> PrinterText::wrap(QStringView text, int columns)
{
    std::vector<QString> lines;
    QString current;
    int currentWidth = 0;
    qsizetype lastSpace = -1;  // in `current`
    bool lastSpaceBeforeNarrowOnly = false;  // everything after lastSpace is half-width (a Latin word)

    auto flush = [&] {
        while (current.endsWith(QLatin1Char(' ')))
            current.chop(1);
        lines.push_back(current);
        current.clear();
        currentWidth = 0;
        lastSpace = -1;
        lastSpaceBeforeNarrowOnly = false;
    };

    for (const CodePoint& cp : codePoints(text)) {
        const QStringView piece = text.mid(cp.pos, cp.len);
        const int w = codePointWidth(cp.value);
        const bool space = cp.value == U' ';
        if (space && current.isEmpty() && !lines.empty())
            continue;  // no leading space on a continuation line
        if (currentWidth + w > columns) {
            if (space) {
                flush();
                continue;
            }
            const QString tail = lastSpace >= 0 ? current.mid(lastSpace + 1) : QString();
            if (w == 1 && lastSpace > 0 && lastSpaceBeforeNarrowOnly && width(tail) + w <= columns) {
                // Move the Latin word being cut to the next line whole.
                current.truncate(lastSpace);
                flush();
                current = tail;
                currentWidth = width(tail);
                lastSpaceBeforeNarrowOnly = false;
            } else {
                flush();
            }
        }
        current += piece;
        currentWidth += w;
        if (space) {
            lastSpace = current.size() - 1;
            lastSpaceBeforeNarrowOnly = true;
        } else if (w != 1) {
            lastSpaceBeforeNarrowOnly = false;
        }
    }
    if (!current.isEmpty())
        flush();
    return lines;
}

std::vector<QString> PrinterText::twoColumns(QStringView left, QStringView right, int columns)
{
    const int lw = width(left);
    const int rw = width(right);
    if (lw + 1 + rw <= columns || (lw == 0 && rw <= columns))
        return {left.toString() + QString(columns - lw - rw, QLatin1Char(' ')) + right.toString()};

    std::vector<QString> out;
    const int leftColumns = columns - rw - 1;
    if (rw <= columns && leftColumns >= columns / 2) {
        // The label wraps beside the value; the value sits on the first line.
        out = wrap(left, leftColumns);
        out.front() = padRight(out.front(), leftColumns + 1) + right.toString();
        return out;
    }
    // A value too wide to share the line: label above, value flush right below it.
    out = wrap(left, columns);
    for (const QString& r : wrap(right, columns))
        out.push_back(padLeft(r, columns));
    return out;
}

QString PrinterText::padRight(QStringView text, int columns)
{
    return text.toString() + QString(std::max(0, columns - width(text)), QLatin1Char(' '));
}

QString PrinterText::padLeft(QStringView text, int columns)
{
    return QString(std::max(0, columns - width(text)), QLatin1Char(' ')) + text.toString();
}

QByteArray PrinterText::encode(QStringView text) { return m_encoder.encode(text); }

}  // namespace cz
