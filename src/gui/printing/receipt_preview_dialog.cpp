#include "gui/printing/receipt_preview_dialog.h"

#include "gui/printing/receipt_painter.h"
#include "gui/printing/receipt_text.h"
#include "services/receipt/printer_device.h"
#include "ui_receipt_preview_dialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QThread>

#include <optional>

namespace cz::gui {

namespace {

/// Preview width in logical pixels: about what the paper is beside a 14 pt UI.
int previewWidth(Paper paper) { return paper == Paper::Mm58 ? 300 : 400; }

/// Written by the worker thread before it finishes; read on the GUI thread after QThread::finished.
struct ThermalOutcome {
    bool ok = false;
    std::optional<PrintError> error;
};

}  // namespace

ReceiptPreviewDialog::ReceiptPreviewDialog(Receipt receipt, ThermalPrinterTarget thermal, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReceiptPreviewDialog>()), m_receipt(std::move(receipt)),
      m_thermal(std::move(thermal))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("receiptPreviewDialog"));
    setWindowTitle(tr("Receipt %1 %2")
                       .arg(QString::fromStdString(m_receipt.captions.number),
                            QString::fromStdString(formatReceiptNumber(m_receipt.number))));

    const qreal dpr = devicePixelRatioF();
    QImage image = renderReceiptImage(m_receipt, qRound(previewWidth(m_thermal.options.paper) * dpr));
    image.setDevicePixelRatio(dpr);
    m_ui->previewLabel->setPixmap(QPixmap::fromImage(image));
    m_ui->previewLabel->setAccessibleName(tr("Receipt preview"));

    if (m_thermal.path.isEmpty()) {
        m_ui->thermalButton->setEnabled(false);
        m_ui->thermalButton->setToolTip(tr("No receipt printer is set up. Choose one in Settings."));
    }
    connect(m_ui->thermalButton, &QPushButton::clicked, this, &ReceiptPreviewDialog::printThermal);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ReceiptPreviewDialog::openPrintDialog);
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, &ReceiptPreviewDialog::openPdfDialog);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    const std::pair<QKeySequence, QPushButton*> keys[] = {
        {QKeySequence(Qt::Key_F9), m_ui->thermalButton},
        {QKeySequence(QKeySequence::Print), m_ui->printButton},
        {QKeySequence(QKeySequence::Save), m_ui->savePdfButton},
    };
    for (const auto& [key, button] : keys) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::animateClick);
    }
    m_ui->thermalButton->setFocus();
}

ReceiptPreviewDialog::~ReceiptPreviewDialog() = default;

void ReceiptPreviewDialog::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setProperty("error", error);
    m_ui->messageLabel->style()->unpolish(m_ui->messageLabel);
    m_ui->messageLabel->style()->polish(m_ui->messageLabel);
}

void ReceiptPreviewDialog::printThermal()
{
    if (m_thermalBusy || m_thermal.path.isEmpty())
        return;
    auto job = renderEscPos(m_receipt, m_thermal.options);
    if (!job) {
        showMessage(tr("This receipt cannot be printed on the receipt printer: its QR code is too long."), true);
        Q_EMIT thermalPrintFinished(false);
        return;
    }
    m_thermalBusy = true;
    m_ui->thermalButton->setEnabled(false);
    showMessage(tr("Sending to the receipt printer…"), false);

    // Writing blocks while the printer is busy or out of paper: do it off the GUI thread. The
    // outcome travels through QThread::finished, which Qt drops safely if this dialog is gone.
    auto outcome = std::make_shared<ThermalOutcome>();
    QThread* worker = QThread::create([outcome, bytes = std::move(job).value(), path = QFile::encodeName(m_thermal.path).toStdString(),
                                       timeout = m_thermal.timeout] {
        auto r = writeToPrinter(bytes, path, timeout);
        outcome->ok = r.ok();
        if (!r)
            outcome->error = r.error();
    });
    connect(worker, &QThread::finished, this, [this, outcome] {
        thermalDone(outcome->ok, outcome->error ? printErrorText(*outcome->error) : QString());
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ReceiptPreviewDialog::thermalDone(bool ok, const QString& error)
{
    m_thermalBusy = false;
    m_ui->thermalButton->setEnabled(true);
    showMessage(ok ? tr("Sent to the receipt printer.") : error, !ok);
    Q_EMIT thermalPrintFinished(ok);
}

void ReceiptPreviewDialog::openPrintDialog()
{
    if (!m_printer)
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    auto* dlg = new QPrintDialog(m_printer.get(), this);
    dlg->setObjectName(QStringLiteral("receiptPrintDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this] {
        if (printReceipt(m_receipt, *m_printer, m_thermal.options.paper)) {
            showMessage(tr("Sent to the printer."), false);
            Q_EMIT printed();
        } else {
            showMessage(tr("The printer could not be started."), true);
        }
    });
    dlg->open();
}

void ReceiptPreviewDialog::openPdfDialog()
{
    const QString name = QStringLiteral("receipt-%1.pdf").arg(QString::fromStdString(formatReceiptNumber(m_receipt.number)));
    auto* dlg = new QFileDialog(this, tr("Save the receipt as PDF"), QDir::homePath(), tr("PDF files (*.pdf)"));
    dlg->setObjectName(QStringLiteral("receiptPdfDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    dlg->setDefaultSuffix(QStringLiteral("pdf"));
    dlg->selectFile(name);
    connect(dlg, &QFileDialog::fileSelected, this, &ReceiptPreviewDialog::writePdf);
    dlg->open();
}

void ReceiptPreviewDialog::writePdf(const QString& path)
{
    const auto r = exportPdf(m_receipt, path, m_thermal.options.paper);
    if (!r) {
        showMessage(tr("The PDF could not be saved: %1").arg(r.error()), true);
        return;
    }
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), false);
    Q_EMIT pdfSaved(path);
}

}  // namespace cz::gui
