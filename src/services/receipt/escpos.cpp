#include "services/receipt/escpos.h"

#include "services/receipt/printer_text.h"
#include "services/receipt/qr.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace cz {

namespace {

constexpr char kEsc = 0x1B;
constexpr char kGs = 0x1D;
constexpr char kFs = 0x1C;
constexpr char kLf = 0x0A;

enum class Align : char { Left = 0, Center = 1, Right = 2 };

struct Style {
    Align align = Align::Left;
    bool bold = false;
    bool doubleWidth = false;
    bool doubleHeight = false;
};

constexpr Style kPlain{};
constexpr Style kCentered{Align::Center, false, false, false};

char byteOf(int v) { return static_cast<char>(static_cast<unsigned char>(v)); }

/// The command stream. Tracks the printer's state so each command is sent only when it changes,
/// which keeps the bytes small and the golden test readable.
class Stream final {
public:
    explicit Stream(PrinterText& text) : m_text(text)
    {
        m_bytes.append(kEsc).append('@');  // initialise: clears styles left by a previous job
    }

    void line(const QString& printableText, const Style& style)
    {
        setStyle(style);
        const QByteArray encoded = m_text.encode(printableText);
        const bool wide = std::any_of(encoded.begin(), encoded.end(), [](char c) { return (c & 0x80) != 0; });
        if (wide && !m_chinese) {
            m_bytes.append(kFs).append('&');  // Chinese mode: bytes ≥ 0x80 pair up as GB characters
            m_chinese = true;
        }
        m_bytes.append(encoded).append(kLf);
    }

    void blankLine() { line(QString(), Style{}); }

    void setStyle(const Style& s)
    {
        if (s.align != m_style.align)
            m_bytes.append(kEsc).append('a').append(static_cast<char>(s.align));
        if (s.bold != m_style.bold)
            m_bytes.append(kEsc).append('E').append(s.bold ? '\1' : '\0');
        if (s.doubleWidth != m_style.doubleWidth || s.doubleHeight != m_style.doubleHeight) {
            // GS ! sizes half-width characters, FS ! the Chinese ones; printers differ in which
            // one applies to GB characters, so both are sent.
            const int gs = (s.doubleWidth ? 0x10 : 0) | (s.doubleHeight ? 0x01 : 0);
            const int fs = (s.doubleWidth ? 0x04 : 0) | (s.doubleHeight ? 0x08 : 0);
            m_bytes.append(kGs).append('!').append(byteOf(gs));
            m_bytes.append(kFs).append('!').append(byteOf(fs));
        }
        m_style = s;
    }

    void raw(const QByteArray& bytes) { m_bytes.append(bytes); }
    [[nodiscard]] const QByteArray& bytes() const { return m_bytes; }

private:
    PrinterText& m_text;
    QByteArray m_bytes;
    Style m_style;
    bool m_chinese = false;
};

/// Item table columns in half-width characters. On 58 mm the name takes its own line(s) and the
/// numbers go below it; on 80 mm the name wraps in its column beside the numbers.
struct ItemColumns {
    int name;
    int quantity;
    int price;
    int amount;
    bool nameBeside;
};

ItemColumns itemColumns(Paper paper)
{
    return paper == Paper::Mm58 ? ItemColumns{4, 8, 10, 10, false} : ItemColumns{20, 8, 10, 10, true};
}

QString qs(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

/// "￥88.80", "-￥12.00": the full-width sign is in GB2312, so every Chinese printer font has it.
QString totalAmountText(Money m)
{
    QString plain = qs(formatReceiptAmount(m));
    if (plain.startsWith(QLatin1Char('-')))
        return QStringLiteral("-\uFFE5") + plain.mid(1);
    return QStringLiteral("\uFFE5") + plain;
}

QByteArray gsK(char fn, const QByteArray& params)
{
    // GS ( k pL pH cn fn [params]: pL/pH count cn, fn and the parameters.
    const auto n = params.size() + 2;
    QByteArray b;
    b.append(kGs).append('(').append('k').append(byteOf(static_cast<int>(n % 256))).append(byteOf(static_cast<int>(n / 256)));
    b.append('1').append(fn).append(params);
    return b;
}

QByteArray nativeQr(const std::string& payload, int moduleDots)
{
    QByteArray b;
    b.append(gsK('A', QByteArray("\x32\x00", 2)));                     // model 2
    b.append(gsK('C', QByteArray(1, byteOf(moduleDots))));             // module size in dots
    b.append(gsK('E', QByteArray(1, '1')));                            // error correction M (48 + 1)
    b.append(gsK('P', QByteArray(1, '0') + QByteArray(payload.data(), static_cast<qsizetype>(payload.size()))));
    b.append(gsK('Q', QByteArray(1, '0')));                            // print the stored symbol
    return b;
}

QByteArray rasterQr(const QrMatrix& m, int moduleDots, int paperDots)
{
    const int modules = m.size() + 2 * QrMatrix::kQuietZone;
    const int symbolDots = modules * moduleDots;
    const int rowBytes = paperDots / 8;
    const int left = (paperDots - symbolDots) / 2;  // centred in the bitmap: justification does not apply
    QByteArray b;
    b.append(kGs).append('v').append('0').append('\0');
    b.append(byteOf(rowBytes % 256)).append(byteOf(rowBytes / 256));
    b.append(byteOf(symbolDots % 256)).append(byteOf(symbolDots / 256));
    QByteArray row(rowBytes, '\0');
    for (int y = 0; y < symbolDots; ++y) {
        row.fill('\0');
        const int my = y / moduleDots - QrMatrix::kQuietZone;
        for (int x = 0; x < symbolDots; ++x) {
            const int mx = x / moduleDots - QrMatrix::kQuietZone;
            if (m.isDark(mx, my)) {
                const int dot = left + x;
                row[dot / 8] = byteOf(static_cast<unsigned char>(row[dot / 8]) | (0x80 >> (dot % 8)));
            }
        }
        b.append(row);
    }
    return b;
}

class Composer final {
public:
    Composer(const Receipt& r, const EscPosOptions& o)
        : m_r(r), m_o(o), m_text(o.fullGb18030Font), m_out(m_text), m_columns(paperGeometry(o.paper).columns)
    {
    }

    Result<QByteArray, EscPosError> run()
    {
        header();
        info();
        items();
        totals();
        notes();
        if (!m_r.qrPayload.empty()) {
            if (auto error = qr())
                return Failure{*error};
        }
        signature();
        footer();
        m_out.setStyle(kPlain);
        m_out.raw(QByteArray().append(kEsc).append('d').append(byteOf(std::clamp(m_o.feedLines, 0, 255))));
        if (m_o.cut)
            m_out.raw(QByteArray().append(kGs).append('V').append('B').append('\0'));
        return m_out.bytes();
    }

private:
    QString text(const std::string& s) { return m_text.printable(qs(s)); }

    void lines(const std::vector<QString>& ls, const Style& s)
    {
        for (const QString& l : ls)
            m_out.line(l, s);
    }

    void separator() { m_out.line(QString(m_columns, QLatin1Char('-')), kPlain); }

    void header()
    {
        lines(m_text.wrap(text(m_r.stationName), m_columns), Style{Align::Center, true, false, false});
        lines(m_text.wrap(text(m_r.stationAddress), m_columns), kCentered);
        lines(m_text.wrap(text(m_r.title), m_columns / 2), Style{Align::Center, true, true, true});
        m_out.line(text(m_r.captions.number + " " + formatReceiptNumber(m_r.number)), kCentered);
        if (m_r.pending)
            lines(m_text.wrap(text(m_r.pendingText), m_columns), Style{Align::Center, true, false, true});
    }

    void info()
    {
        separator();
        const std::pair<const std::string&, const std::string&> rows[] = {
            {m_r.captions.businessDay, m_r.businessDay},
            {m_r.captions.time, m_r.time},
            {m_r.captions.cashier, m_r.cashier},
            {m_r.captions.customer, m_r.customer},
        };
        for (const auto& [caption, value] : rows) {
            if (!value.empty())
                lines(m_text.twoColumns(text(caption), text(value), m_columns), kPlain);
        }
    }

    /// The numbers of one row right-aligned in their columns, or nothing when one does not fit.
    std::optional<QString> numberCells(const QString& qty, const QString& price, const QString& amount,
                                       const ItemColumns& c)
    {
        if (m_text.width(qty) >= c.quantity || m_text.width(price) >= c.price || m_text.width(amount) >= c.amount)
            return std::nullopt;
        return m_text.padLeft(qty, c.quantity) + m_text.padLeft(price, c.price) + m_text.padLeft(amount, c.amount);
    }

    void items()
    {
        if (m_r.lines.empty())
            return;
        separator();
        const ItemColumns c = itemColumns(m_o.paper);
        const QString item = text(m_r.captions.item);
        if (const auto head = numberCells(text(m_r.captions.quantity), text(m_r.captions.unitPrice),
                                          text(m_r.captions.amount), c);
            head && m_text.width(item) <= c.name) {
            m_out.line(m_text.padRight(item, c.name) + *head, kPlain);
        } else {
            const QString joined = item + QLatin1Char(' ') + text(m_r.captions.quantity) + QLatin1Char(' ') +
                                   text(m_r.captions.unitPrice) + QLatin1Char(' ') + text(m_r.captions.amount);
            lines(m_text.wrap(joined, m_columns), kPlain);
        }
        for (const ReceiptLine& l : m_r.lines)
            itemRow(l, c);
    }

    void itemRow(const ReceiptLine& l, const ItemColumns& c)
    {
        const QString name = text(l.name);
        const QString qty = text(l.quantity);
        const QString price = l.unitPrice ? qs(formatReceiptAmount(*l.unitPrice)) : QString();
        const QString amount = qs(formatReceiptAmount(l.amount));
        const auto cells = numberCells(qty, price, amount, c);
        if (!cells) {
            // Something too wide for its column: "qty × price" and the amount on their own line.
            lines(m_text.wrap(name, m_columns), kPlain);
            QString detail = QStringLiteral("  ") + qty;
            if (!price.isEmpty())
                detail += (qty.isEmpty() ? QString() : QStringLiteral(" \u00D7 ")) + price;
            lines(m_text.twoColumns(detail, amount, m_columns), kPlain);
            return;
        }
        if (c.nameBeside) {
            std::vector<QString> nameLines = m_text.wrap(name, c.name);
            if (nameLines.empty())
                nameLines.emplace_back();
            m_out.line(m_text.padRight(nameLines.front(), c.name) + *cells, kPlain);
            lines(std::vector<QString>(nameLines.begin() + 1, nameLines.end()), kPlain);
            return;
        }
        lines(m_text.wrap(name, m_columns), kPlain);
        m_out.line(QString(c.name, QLatin1Char(' ')) + *cells, kPlain);
    }

    void totals()
    {
        if (m_r.totals.empty())
            return;
        separator();
        for (const ReceiptTotal& t : m_r.totals) {
            const QString amount = totalAmountText(t.amount);
            if (!t.emphasis) {
                lines(m_text.twoColumns(text(t.label), amount, m_columns), kPlain);
                continue;
            }
            // The emphasised total is double width (half as many columns) — unless the amount
            // itself would not fit on one line then: an amount is never broken across lines.
            const bool doubleWidth = m_text.width(amount) <= m_columns / 2;
            lines(m_text.twoColumns(text(t.label), amount, doubleWidth ? m_columns / 2 : m_columns),
                  Style{Align::Left, true, doubleWidth, true});
        }
    }

    void notes()
    {
        if (m_r.notes.empty())
            return;
        separator();
        for (const std::string& note : m_r.notes) {
            // A note may hold several lines (a report's figures); each wraps on its own.
            const QStringList paragraphs = qs(note).split(QLatin1Char('\n'));
            for (const QString& p : paragraphs)
                lines(m_text.wrap(m_text.printable(p), m_columns), kPlain);
        }
    }

    std::optional<EscPosError> qr()
    {
        auto matrix = encodeQr(m_r.qrPayload, QrLevel::M);
        if (!matrix) {
            const bool tooLong = matrix.error() == QrErrc::TooLong;
            return EscPosError{tooLong ? EscPosErrc::QrTooLong : EscPosErrc::QrFailed,
                               std::string("QR code: ") + toString(matrix.error())};
        }
        const int module = qrModuleDots(m_o.paper, matrix->size());
        m_out.setStyle(kCentered);
        if (m_o.qr == QrPrint::Native) {
            // The printer draws no quiet zone; feed about four modules' worth above and below.
            const QByteArray quiet = QByteArray().append(kEsc).append('J').append(byteOf(std::min(255, 4 * module)));
            m_out.raw(quiet);
            m_out.raw(nativeQr(m_r.qrPayload, module));
            m_out.raw(quiet);
        } else {
            m_out.raw(rasterQr(*matrix, module, paperGeometry(m_o.paper).dots));
        }
        return std::nullopt;
    }

    void signature()
    {
        if (m_r.signatureCaption.empty())
            return;
        // Room to sign above the line.
        m_out.blankLine();
        m_out.blankLine();
        const QString caption = text(m_r.signatureCaption);
        const int rest = m_columns - m_text.width(caption) - 1;
        if (rest >= 8) {
            m_out.line(caption + QLatin1Char(' ') + QString(rest, QLatin1Char('_')), kPlain);
        } else {
            lines(m_text.wrap(caption, m_columns), kPlain);
            m_out.blankLine();
            m_out.line(QString(m_columns, QLatin1Char('_')), kPlain);
        }
    }

    void footer()
    {
        if (m_r.footer.empty())
            return;
        m_out.blankLine();
        lines(m_text.wrap(text(m_r.footer), m_columns), kCentered);
    }

    const Receipt& m_r;
    const EscPosOptions& m_o;
    PrinterText m_text;
    Stream m_out;
    int m_columns;
};

}  // namespace

PaperGeometry paperGeometry(Paper paper)
{
    // 203 dpi heads: 48 mm printable = 384 dots on 58 mm paper, 72 mm = 576 dots on 80 mm.
    if (paper == Paper::Mm58)
        return PaperGeometry{32, 384, 58.0, 48.0};
    return PaperGeometry{48, 576, 80.0, 72.0};
}

int qrModuleDots(Paper paper, int modules)
{
    const int cap = paper == Paper::Mm58 ? 6 : 8;
    const int fit = paperGeometry(paper).dots / std::max(1, modules + 2 * QrMatrix::kQuietZone);
    return std::clamp(fit, 1, cap);
}

Result<QByteArray, EscPosError> renderEscPos(const Receipt& receipt, const EscPosOptions& options)
{
    return Composer(receipt, options).run();
}

}  // namespace cz
