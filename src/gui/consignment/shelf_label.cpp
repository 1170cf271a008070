#include "gui/consignment/shelf_label.h"

#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>

#include <array>

namespace cz::gui {

namespace {

// EAN-13 symbol sets (GS1 General Specifications 5.2.1.2): L, G and R patterns per digit, and the
// parity of the left half chosen by the first digit.
constexpr std::array<const char*, 10> kL{"0001101", "0011001", "0010011", "0111101", "0100011",
                                         "0110001", "0101111", "0111011", "0110111", "0001011"};
constexpr std::array<const char*, 10> kG{"0100111", "0110011", "0011011", "0100001", "0011101",
                                         "0111001", "0000101", "0010001", "0001001", "0010111"};
constexpr std::array<const char*, 10> kR{"1110010", "1100110", "1101100", "1000010", "1011100",
                                         "1001110", "1010000", "1000100", "1001000", "1110100"};
constexpr std::array<const char*, 10> kParity{"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
                                              "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};

void append(std::vector<bool>& out, const char* bits)
{
    for (const char* b = bits; *b; ++b)
        out.push_back(*b == '1');
}

}  // namespace

std::vector<bool> ean13Modules(const QString& digits)
{
    if (digits.size() != 13)
        return {};
    std::array<int, 13> d{};
    for (int i = 0; i < 13; ++i) {
        if (!digits.at(i).isDigit())
            return {};
        d[static_cast<std::size_t>(i)] = digits.at(i).digitValue();
    }
    std::vector<bool> m;
    append(m, "101");
    const char* parity = kParity[static_cast<std::size_t>(d[0])];
    for (std::size_t i = 1; i <= 6; ++i)
        append(m, parity[i - 1] == 'L' ? kL[static_cast<std::size_t>(d[i])] : kG[static_cast<std::size_t>(d[i])]);
    append(m, "01010");
    for (std::size_t i = 7; i <= 12; ++i)
        append(m, kR[static_cast<std::size_t>(d[i])]);
    append(m, "101");
    return m;
}

void paintShelfLabel(QPainter& p, const QRectF& rect, const ShelfLabel& label)
{
    p.save();
    p.fillRect(rect, Qt::white);
    p.setPen(QPen(Qt::black, rect.width() / 300));
    p.drawRect(rect.adjusted(1, 1, -1, -1));
    const qreal pad = rect.width() * 0.04;
    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    QFont big(QStringLiteral("Noto Sans CJK SC"));
    big.setPixelSize(qMax(1, static_cast<int>(inner.height() * 0.16)));
    big.setBold(true);
    QFont small = big;
    small.setBold(false);
    small.setPixelSize(qMax(1, static_cast<int>(inner.height() * 0.09)));
    const qreal line = inner.height() * 0.11;
    p.setFont(big);
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line * 1.7), Qt::AlignLeft | Qt::AlignVCenter,
               label.title);
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), line * 1.7), Qt::AlignRight | Qt::AlignVCenter,
               label.price);
    p.setFont(small);
    qreal y = inner.top() + line * 1.8;
    p.drawText(QRectF(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter, label.farmer);
    p.drawText(QRectF(inner.left(), y, inner.width(), line), Qt::AlignRight | Qt::AlignVCenter, label.sellBy);
    y += line * 1.2;
    const auto modules = ean13Modules(label.barcode);
    if (!modules.empty()) {
        // 95 modules plus a quiet zone of 9 on each side.
        const qreal module = inner.width() / (95 + 18);
        const qreal x0 = inner.left() + 9 * module;
        const qreal barsBottom = inner.bottom() - line * 1.1;
        for (std::size_t i = 0; i < modules.size(); ++i)
            if (modules[i])
                p.fillRect(QRectF(x0 + static_cast<qreal>(i) * module, y, module, barsBottom - y), Qt::black);
        p.drawText(QRectF(inner.left(), barsBottom, inner.width(), line * 1.1), Qt::AlignHCenter | Qt::AlignVCenter,
                   label.barcode);
    }
    p.restore();
}

QImage renderShelfLabel(const ShelfLabel& label, int widthPx)
{
    QImage img(widthPx, widthPx * 2 / 3, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing, false);
    paintShelfLabel(p, QRectF(0, 0, img.width(), img.height()), label);
    return img;
}

Result<void, QString> exportShelfLabelPdf(const ShelfLabel& label, const QString& path, int copies)
{
    const QString tmp = path + QStringLiteral(".part");
    {
        QPdfWriter pdf(tmp);
        pdf.setPageSize(QPageSize(QSizeF(60, 40), QPageSize::Millimeter));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(600);
        QPainter p;
        if (!p.begin(&pdf))
            return Failure{QStringLiteral("cannot write %1").arg(tmp)};
        for (int i = 0; i < qMax(1, copies); ++i) {
            if (i > 0)
                pdf.newPage();
            paintShelfLabel(p, QRectF(0, 0, pdf.width(), pdf.height()), label);
        }
        p.end();
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        return Failure{QStringLiteral("cannot move %1 into place").arg(tmp)};
    }
    return {};
}

}  // namespace cz::gui
