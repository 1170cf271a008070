// The GUI side of receipts on the offscreen platform: the painter, PDF export, printing through
// QPrinter, and the preview dialog driven by object names.
#include "escpos_parser.h"
#include "receipt_samples.h"

#include "gui/printing/receipt_painter.h"
#include "gui/printing/receipt_preview_dialog.h"
#include "gui/printing/receipt_text.h"
#include "services/receipt/escpos.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace cz;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Share of pixels that are not (near) white.
double inkRatio(const QImage& image, QRect area = {})
{
    if (area.isNull())
        area = image.rect();
    qint64 dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(image.pixel(x, y)) < 128)
                ++dark;
    return static_cast<double>(dark) / (static_cast<double>(area.width()) * area.height());
}

/// MediaBox width and height in points from a PDF written by Qt.
QSizeF mediaBox(const QByteArray& pdf)
{
    static const QRegularExpression re(QStringLiteral(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"));
    const auto m = re.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

int pageCount(const QByteArray& pdf)
{
    static const QRegularExpression re(QStringLiteral(R"(/Type\s*/Page[^s])"));
    return static_cast<int>(QString::fromLatin1(pdf).count(re));
}

template <class T>
T* topLevel(const QString& objectName)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* t = qobject_cast<T*>(w); t && t->objectName() == objectName && t->isVisible())
            return t;
    return nullptr;
}

class ReceiptGui : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString file(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QTemporaryDir m_dir;
};

}  // namespace

TEST_F(ReceiptGui, PainterDrawsANonBlankNarrowReceiptThatScalesWithTheWidth)
{
    const Receipt r = test::cashOrderReceipt();
    const QImage small = gui::renderReceiptImage(r, 300);
    const QImage large = gui::renderReceiptImage(r, 600);
    ASSERT_EQ(small.width(), 300);
    // A till roll: much taller than wide.
    EXPECT_GT(small.height(), 2 * small.width());
    EXPECT_LT(small.height(), 8 * small.width());
    // Everything is proportional to the width.
    EXPECT_NEAR(static_cast<double>(large.height()) / small.height(), 2.0, 0.15);
    const double ink = inkRatio(small);
    EXPECT_GT(ink, 0.03);
    EXPECT_LT(ink, 0.5);
    // The margins stay white.
    EXPECT_EQ(inkRatio(small, QRect(0, 0, 300, 8)), 0.0);
    EXPECT_EQ(inkRatio(small, QRect(0, 0, 8, small.height())), 0.0);
}

TEST_F(ReceiptGui, QrCodeAndSignatureAddTheirSpace)
{
    Receipt r = test::cashOrderReceipt();
    const int withQr = gui::renderReceiptImage(r, 400).height();
    r.qrPayload.clear();
    const int withoutQr = gui::renderReceiptImage(r, 400).height();
    // The square symbol (version 1: 21 modules and a quiet zone of 4 on each side) takes at most
    // 45 % of the width; whole pixels per module lose less than one pixel per module.
    const double inner = 400 - 2 * (400 / 24);
    EXPECT_LE(withQr - withoutQr, 0.45 * inner);
    EXPECT_GT(withQr - withoutQr, 0.45 * inner - 29);
    r.signatureCaption = "顾客签字";
    EXPECT_GT(gui::renderReceiptImage(r, 400).height(), withoutQr + 30);
}

TEST_F(ReceiptGui, TheQrRegionHoldsTheSymbol)
{
    Receipt r = test::cashOrderReceipt();
    r.footer.clear();
    const QImage image = gui::renderReceiptImage(r, 400);
    const int inner = 400 - 2 * (400 / 24);
    const int side = static_cast<int>(inner * 0.45);
    // The symbol sits centred just above the bottom margin: about half its modules are dark.
    const QRect qr((400 - side) / 2 + side / 6, image.height() - 400 / 24 - side + side / 6, side * 2 / 3, side * 2 / 3);
    const double ink = inkRatio(image, qr);
    EXPECT_GT(ink, 0.3);
    EXPECT_LT(ink, 0.7);
}

TEST_F(ReceiptGui, PdfExportWritesAPdfAsWideAsThePaper)
{
    std::map<Paper, double> heights;
    for (const auto& [paper, widthPt] : {std::pair{Paper::Mm80, 226.77}, std::pair{Paper::Mm58, 164.41}}) {
        const QString path = file(paper == Paper::Mm80 ? "r80.pdf" : "r58.pdf");
        const auto r = gui::exportPdf(test::cashOrderReceipt(), path, paper);
        ASSERT_TRUE(r.ok()) << r.error().toStdString();
        const QByteArray pdf = readFile(path);
        EXPECT_TRUE(pdf.startsWith("%PDF-"));
        EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
        EXPECT_GT(pdf.size(), 10000) << "text, fonts and the QR code";
        const QSizeF box = mediaBox(pdf);
        EXPECT_NEAR(box.width(), widthPt, 1.0);
        EXPECT_GT(box.height(), 1.5 * box.width());
        EXPECT_EQ(pageCount(pdf), 1);
        heights[paper] = box.height();
    }
    // The layout scales with the printable width (48 mm against 72 mm); the page adds 4 mm / 5 mm
    // margins top and bottom and rounds up to a whole millimetre.
    constexpr double kPtPerMm = 72.0 / 25.4;
    EXPECT_NEAR((heights[Paper::Mm58] - 10 * kPtPerMm) / (heights[Paper::Mm80] - 8 * kPtPerMm), 48.0 / 72.0, 0.03);
}

TEST_F(ReceiptGui, PdfExportToAnUnwritablePlaceFailsAndLeavesNothing)
{
    const QString path = file("missing-folder/receipt.pdf");
    const auto r = gui::exportPdf(test::cashOrderReceipt(), path);
    ASSERT_FALSE(r.ok());
    EXPECT_FALSE(r.error().isEmpty());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(ReceiptGui, PrintingALongReceiptBreaksItIntoPages)
{
    Receipt r = test::cashOrderReceipt();
    for (int i = 0; i < 80; ++i)
        r.lines.push_back({"商品 " + std::to_string(i), "1个", Money::fromFen(100), Money::fromFen(100)});
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file("printed.pdf"));
    printer.setPageSize(QPageSize(QPageSize::A5));
    ASSERT_TRUE(gui::printReceipt(r, printer));
    const QByteArray pdf = readFile(file("printed.pdf"));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GE(pageCount(pdf), 2);
}

TEST_F(ReceiptGui, TranslatedCaptionsAreFilledIn)
{
    const ReceiptCaptions c = gui::receiptCaptions();
    for (const std::string* s : {&c.number, &c.businessDay, &c.time, &c.cashier, &c.customer, &c.item, &c.quantity,
                                 &c.unitPrice, &c.amount})
        EXPECT_FALSE(s->empty());
    EXPECT_FALSE(gui::receiptPendingText().isEmpty());
    EXPECT_FALSE(gui::printErrorText(PrintError{PrintErrc::ShortWrite, {}, 10}).isEmpty());
}

TEST_F(ReceiptGui, PreviewDialogOpensWithItsButtonsAndPrintsToTheThermalTarget)
{
    gui::ThermalPrinterTarget target;
    target.path = file("thermal.bin");
    target.options.paper = Paper::Mm58;
    target.options.qr = QrPrint::Raster;
    auto dlg = std::make_unique<gui::ReceiptPreviewDialog>(test::cashOrderReceipt(), target, nullptr);
    dlg->open();
    EXPECT_EQ(dlg->objectName(), QStringLiteral("receiptPreviewDialog"));
    EXPECT_TRUE(dlg->isVisible());
    for (const char* name : {"thermalButton", "printButton", "savePdfButton", "closeButton"}) {
        auto* b = dlg->findChild<QPushButton*>(QString::fromUtf8(name));
        ASSERT_NE(b, nullptr) << name;
        EXPECT_TRUE(b->isEnabled()) << name;
    }
    auto* preview = dlg->findChild<QLabel*>(QStringLiteral("previewLabel"));
    ASSERT_NE(preview, nullptr);
    EXPECT_FALSE(preview->pixmap().isNull());

    QSignalSpy finished(dlg.get(), &gui::ReceiptPreviewDialog::thermalPrintFinished);
    QTest::mouseClick(dlg->findChild<QPushButton*>(QStringLiteral("thermalButton")), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_EQ(readFile(target.path), renderEscPos(test::cashOrderReceipt(), target.options).value());
    EXPECT_FALSE(dlg->findChild<QLabel*>(QStringLiteral("messageLabel"))->property("error").toBool());

    // F9 prints again.
    QTest::keyClick(dlg.get(), Qt::Key_F9);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.size(), 2);
}

TEST_F(ReceiptGui, AThermalFailureIsShownAndNotReportedAsPrinted)
{
    gui::ThermalPrinterTarget target;
    target.path = QStringLiteral("/dev/cunzhan-test-no-such-printer");
    gui::ReceiptPreviewDialog dlg(test::cashOrderReceipt(), target, nullptr);
    dlg.open();
    QSignalSpy finished(&dlg, &gui::ReceiptPreviewDialog::thermalPrintFinished);
    auto* button = dlg.findChild<QPushButton*>(QStringLiteral("thermalButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    auto* message = dlg.findChild<QLabel*>(QStringLiteral("messageLabel"));
    EXPECT_EQ(message->text(), gui::printErrorText(PrintError{PrintErrc::DeviceMissing, {}, 0}));
    EXPECT_TRUE(message->property("error").toBool());
    EXPECT_TRUE(button->isEnabled()) << "the agent can try again";
}

TEST_F(ReceiptGui, WithoutAThermalPrinterTheButtonIsOff)
{
    gui::ReceiptPreviewDialog dlg(test::cashOrderReceipt(), gui::ThermalPrinterTarget{}, nullptr);
    dlg.open();
    EXPECT_FALSE(dlg.findChild<QPushButton*>(QStringLiteral("thermalButton"))->isEnabled());
}

TEST_F(ReceiptGui, SavePdfOpensAFileDialogAndWritesTheChosenFile)
{
    gui::ReceiptPreviewDialog dlg(test::farmerPayoutReceipt(), gui::ThermalPrinterTarget{}, nullptr);
    dlg.open();
    QSignalSpy saved(&dlg, &gui::ReceiptPreviewDialog::pdfSaved);
    QTest::mouseClick(dlg.findChild<QPushButton*>(QStringLiteral("savePdfButton")), Qt::LeftButton);
    auto* fileDialog = dlg.findChild<QFileDialog*>(QStringLiteral("receiptPdfDialog"));
    ASSERT_NE(fileDialog, nullptr);
    EXPECT_TRUE(fileDialog->isVisible());
    EXPECT_TRUE(fileDialog->selectedFiles().value(0).endsWith(QStringLiteral("receipt-000124.pdf")));
    const QString path = file("payout.pdf");
    fileDialog->selectFile(path);
    static_cast<QDialog*>(fileDialog)->accept();  // QFileDialog::accept() is protected; the virtual runs
    ASSERT_EQ(saved.size(), 1);
    EXPECT_EQ(saved.at(0).at(0).toString(), path);
    EXPECT_TRUE(readFile(path).startsWith("%PDF-"));
}

TEST_F(ReceiptGui, PrintOpensThePrintDialogWindowModal)
{
    gui::ReceiptPreviewDialog dlg(test::cashOrderReceipt(), gui::ThermalPrinterTarget{}, nullptr);
    dlg.open();
    QTest::mouseClick(dlg.findChild<QPushButton*>(QStringLiteral("printButton")), Qt::LeftButton);
    auto* printDialog = dlg.findChild<QPrintDialog*>(QStringLiteral("receiptPrintDialog"));
    ASSERT_NE(printDialog, nullptr);
    EXPECT_TRUE(printDialog->isVisible());
    EXPECT_EQ(printDialog->windowModality(), Qt::WindowModal);
    printDialog->reject();
}
