#include "gui/printing/receipt_layout.h"

#include "services/receipt/qr.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>
#include <memory>

namespace cz::gui {

namespace {

QString qs(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

constexpr int kWrap = Qt::TextWordWrap;
// A till roll of 72 mm holds about 22 full-width characters at a comfortable size.
constexpr qreal kEmsPerWidth = 22.0;

}  // namespace

ReceiptLayout::ReceiptLayout(const Receipt& receipt, QString fontFamily, const QPaintDevice& device,
                             qreal width)
    : m_r(receipt), m_family(std::move(fontFamily)), m_device(device), m_width(width), m_em(std::max<qreal>(4.0, width / kEmsPerWidth))
{
    header();
    pending();
    info();
    items();
    totals();
    notes();
    qr();
    signature();
    footer();
}

qreal ReceiptLayout::height() const
{
    qreal h = 0;
    for (const ReceiptBlock& b : m_blocks)
        h += b.height;
    return h;
}

QFont ReceiptLayout::font(qreal scale, bool bold) const
{
    QFont f(m_family);
    f.setPixelSize(std::max(1, qRound(m_em * scale)));
    f.setBold(bold);
    return f;
}

qreal ReceiptLayout::textHeight(const QString& text, const QFont& font, qreal width) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font, &m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), kWrap, text).height();
}

qreal ReceiptLayout::textWidth(const QString& text, const QFont& font) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

void ReceiptLayout::add(qreal height, std::function<void(QPainter&, const QRectF&)> draw)
{
    m_blocks.push_back(ReceiptBlock{height, std::move(draw)});
}

void ReceiptLayout::space(qreal ems)
{
    add(m_em * ems, [](QPainter&, const QRectF&) {});
}

void ReceiptLayout::text(const QString& text, const QFont& font, Qt::Alignment align)
{
    if (text.isEmpty())
        return;
    add(textHeight(text, font, m_width), [text, font, align](QPainter& p, const QRectF& r) {
        p.setFont(font);
        p.drawText(r, static_cast<int>(align) | kWrap, text);
    });
}

void ReceiptLayout::separator()
{
    const qreal pen = std::max<qreal>(1.0, m_em / 14);
    add(m_em * 0.8, [pen](QPainter& p, const QRectF& r) {
        p.save();
        p.setPen(QPen(Qt::black, pen, Qt::DashLine));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        p.restore();
    });
}

void ReceiptLayout::row(const QString& label, const QString& value, const QFont& font)
{
    // The value keeps its line; the label wraps in what is left of it.
    const qreal gap = m_em * 0.5;
    const qreal valueWidth = std::min(textWidth(value, font), m_width * 0.6);
    const qreal labelWidth = m_width - valueWidth - gap;
    const qreal h = std::max(textHeight(label, font, labelWidth), textHeight(value, font, valueWidth + 1));
    add(h, [=](QPainter& p, const QRectF& r) {
        p.setFont(font);
        p.drawText(QRectF(r.left(), r.top(), labelWidth, r.height()), Qt::AlignLeft | Qt::AlignTop | kWrap, label);
        p.drawText(QRectF(r.right() - valueWidth - 1, r.top(), valueWidth + 1, r.height()),
                   Qt::AlignRight | Qt::AlignTop | kWrap, value);
    });
}

void ReceiptLayout::header()
{
    text(qs(m_r.stationName), font(1.15, true), Qt::AlignHCenter);
    text(qs(m_r.stationAddress), font(0.85, false), Qt::AlignHCenter);
    space(0.3);
    text(qs(m_r.title), font(1.5, true), Qt::AlignHCenter);
    text(qs(m_r.captions.number + " " + formatReceiptNumber(m_r.number)), font(1.0, false), Qt::AlignHCenter);
}

void ReceiptLayout::pending()
{
    if (!m_r.pending)
        return;
    // A framed box: what the marketplace has not confirmed must not be mistaken for a done deal.
    const QFont f = font(1.05, true);
    const QString t = qs(m_r.pendingText);
    const qreal pad = m_em * 0.35;
    const qreal pen = std::max<qreal>(1.0, m_em / 10);
    space(0.3);
    add(textHeight(t, f, m_width - 2 * pad) + 2 * pad, [=](QPainter& p, const QRectF& r) {
        p.save();
        p.setPen(QPen(Qt::black, pen));
        p.drawRect(r.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        p.setFont(f);
        p.drawText(r.adjusted(pad, pad, -pad, -pad), Qt::AlignHCenter | Qt::AlignTop | kWrap, t);
        p.restore();
    });
}

void ReceiptLayout::info()
{
    separator();
    const QFont f = font(0.9, false);
    const std::pair<const std::string&, const std::string&> rows[] = {
        {m_r.captions.businessDay, m_r.businessDay},
        {m_r.captions.time, m_r.time},
        {m_r.captions.cashier, m_r.cashier},
        {m_r.captions.customer, m_r.customer},
    };
    for (const auto& [caption, value] : rows) {
        if (!value.empty())
            row(qs(caption), qs(value), f);
    }
}

void ReceiptLayout::items()
{
    if (m_r.lines.empty())
        return;
    separator();
    const QFont f = font(0.95, false);
    const QFont head = font(0.85, true);
    struct Cells {
        QString name, qty, price, amount;
    };
    std::vector<Cells> rows;
    for (const ReceiptLine& l : m_r.lines)
        rows.push_back({qs(l.name), qs(l.quantity), l.unitPrice ? qs(formatReceiptAmount(*l.unitPrice)) : QString(),
                        qs(formatReceiptAmount(l.amount))});

    // Number columns as wide as their widest entry; the name takes the rest, or (when that leaves
    // too little) its own line above the numbers.
    qreal wQty = textWidth(qs(m_r.captions.quantity), head);
    qreal wPrice = textWidth(qs(m_r.captions.unitPrice), head);
    qreal wAmount = textWidth(qs(m_r.captions.amount), head);
    for (const Cells& c : rows) {
        wQty = std::max(wQty, textWidth(c.qty, f));
        wPrice = std::max(wPrice, textWidth(c.price, f));
        wAmount = std::max(wAmount, textWidth(c.amount, f));
    }
    const qreal gap = m_em * 0.6;
    const qreal nameWidth = m_width - wQty - wPrice - wAmount - 3 * gap;
    const bool stacked = nameWidth < m_width * 0.3;
    const qreal amountRight = m_width;
    const qreal priceRight = amountRight - wAmount - gap;
    const qreal qtyRight = priceRight - wPrice - gap;

    auto numbers = [=](QPainter& p, qreal left, qreal top, qreal h, const QFont& fnt, const Cells& c) {
        p.setFont(fnt);
        const int flags = Qt::AlignRight | Qt::AlignTop;
        p.drawText(QRectF(left + qtyRight - wQty, top, wQty + 1, h), flags, c.qty);
        p.drawText(QRectF(left + priceRight - wPrice, top, wPrice + 1, h), flags, c.price);
        p.drawText(QRectF(left + amountRight - wAmount, top, wAmount + 1, h), flags, c.amount);
    };

    const Cells header{qs(m_r.captions.item), qs(m_r.captions.quantity), qs(m_r.captions.unitPrice),
                       qs(m_r.captions.amount)};
    const qreal headH = textHeight(QStringLiteral("Ag"), head, m_width);
    add(headH, [=](QPainter& p, const QRectF& r) {
        p.setFont(head);
        p.drawText(r, Qt::AlignLeft | Qt::AlignTop, header.name);
        numbers(p, r.left(), r.top(), r.height(), head, header);
    });
    const qreal lineH = textHeight(QStringLiteral("Ag"), f, m_width);
    const qreal rowGap = m_em * 0.15;
    const qreal width = m_width;
    for (const Cells& c : rows) {
        if (stacked) {
            const qreal nameH = textHeight(c.name, f, m_width);
            add(nameH + lineH + rowGap, [=](QPainter& p, const QRectF& r) {
                p.setFont(f);
                p.drawText(QRectF(r.left(), r.top(), width, nameH), Qt::AlignLeft | Qt::AlignTop | kWrap, c.name);
                numbers(p, r.left(), r.top() + nameH, lineH, f, c);
            });
        } else {
            const qreal h = std::max(lineH, textHeight(c.name, f, nameWidth)) + rowGap;
            add(h, [=](QPainter& p, const QRectF& r) {
                p.setFont(f);
                p.drawText(QRectF(r.left(), r.top(), nameWidth, r.height()), Qt::AlignLeft | Qt::AlignTop | kWrap,
                           c.name);
                numbers(p, r.left(), r.top(), lineH, f, c);
            });
        }
    }
}

void ReceiptLayout::totals()
{
    if (m_r.totals.empty())
        return;
    separator();
    const QFont normal = font(1.0, false);
    const QFont big = font(1.35, true);
    for (const ReceiptTotal& t : m_r.totals)
        row(qs(t.label), qs(formatMoney(t.amount)), t.emphasis ? big : normal);
}

void ReceiptLayout::notes()
{
    if (m_r.notes.empty())
        return;
    separator();
    const QFont f = font(0.9, false);
    for (const std::string& n : m_r.notes)
        text(qs(n), f, Qt::AlignLeft);
}

void ReceiptLayout::qr()
{
    if (m_r.qrPayload.empty())
        return;
    auto matrix = encodeQr(m_r.qrPayload, QrLevel::M);
    if (!matrix) {
        // Cannot happen for an order number; show the payload rather than silently nothing.
        text(qs(m_r.qrPayload), font(0.9, false), Qt::AlignHCenter);
        return;
    }
    // Whole device units per module: crisp on an image, exact in a PDF.
    const int modules = matrix->size() + 2 * QrMatrix::kQuietZone;
    const qreal module = std::max<qreal>(1.0, std::floor(m_width * 0.45 / modules));
    const qreal side = module * modules;
    auto m = std::make_shared<QrMatrix>(std::move(matrix).value());
    add(side, [m, module, side](QPainter& p, const QRectF& r) {
        const qreal x0 = r.left() + std::floor((r.width() - side) / 2) + module * QrMatrix::kQuietZone;
        const qreal y0 = r.top() + module * QrMatrix::kQuietZone;
        for (int y = 0; y < m->size(); ++y) {
            // One rectangle per run of dark modules: fewer PDF objects, no seams between them.
            for (int x = 0; x < m->size();) {
                if (!m->isDark(x, y)) {
                    ++x;
                    continue;
                }
                int end = x;
                while (end < m->size() && m->isDark(end, y))
                    ++end;
                p.fillRect(QRectF(x0 + x * module, y0 + y * module, (end - x) * module, module), Qt::black);
                x = end;
            }
        }
    });
}

void ReceiptLayout::signature()
{
    if (m_r.signatureCaption.empty())
        return;
    const QFont f = font(1.0, false);
    const QString caption = qs(m_r.signatureCaption);
    const qreal captionWidth = std::min(textWidth(caption, f), m_width * 0.6);
    const qreal lineH = textHeight(caption, f, captionWidth + 1);
    const qreal pen = std::max<qreal>(1.0, m_em / 12);
    const QFontMetricsF fm(f, &m_device);
    const qreal ascent = fm.ascent();
    const qreal gap = m_em * 0.4;
    // Room to sign above the line.
    space(2.5);
    add(lineH, [=](QPainter& p, const QRectF& r) {
        p.setFont(f);
        p.drawText(QRectF(r.left(), r.top(), captionWidth + 1, r.height()), Qt::AlignLeft | Qt::AlignTop | kWrap,
                   caption);
        p.save();
        p.setPen(QPen(Qt::black, pen));
        const qreal baseline = r.top() + ascent + pen;
        p.drawLine(QPointF(r.left() + captionWidth + gap, baseline), QPointF(r.right(), baseline));
        p.restore();
    });
}

void ReceiptLayout::footer()
{
    if (m_r.footer.empty())
        return;
    space(0.6);
    text(qs(m_r.footer), font(0.85, false), Qt::AlignHCenter);
}

}  // namespace cz::gui
