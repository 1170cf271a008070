#pragma once
// Shows a receipt as it will look and offers every way out: the thermal receipt printer (ESC/POS,
// sent on a worker thread so an offline printer never freezes the counter), any system printer
// through the print dialog, and a PDF file. Used after a transaction commits and for reprints from
// the history (the receipt then comes from parseReceiptBody()).
//
//     auto* dlg = new ReceiptPreviewDialog(receipt, {settings.printerPath, options}, this);
//     dlg->setAttribute(Qt::WA_DeleteOnClose);
//     dlg->open();

#include "services/receipt/escpos.h"
#include "services/receipt/receipt.h"

#include <QDialog>

#include <chrono>
#include <memory>

class QPrinter;

namespace Ui {
class ReceiptPreviewDialog;
}

namespace cz::gui {

/// Where "Print receipt" sends the ESC/POS job, and how it is rendered.
struct ThermalPrinterTarget {
    QString path;           ///< device node (/dev/usb/lp0) or file; empty = no receipt printer set up
    EscPosOptions options;  ///< paper width, native or raster QR, cut
    std::chrono::milliseconds timeout = std::chrono::seconds(10);
};

class ReceiptPreviewDialog final : public QDialog {
    Q_OBJECT
public:
    ReceiptPreviewDialog(Receipt receipt, ThermalPrinterTarget thermal, QWidget* parent);
    ~ReceiptPreviewDialog() override;

    [[nodiscard]] const Receipt& receipt() const { return m_receipt; }

Q_SIGNALS:
    /// The thermal job finished: ok = the printer accepted every byte.
    void thermalPrintFinished(bool ok);
    void pdfSaved(const QString& path);
    /// Sent to a printer chosen in the print dialog.
    void printed();

private:
    void printThermal();
    void thermalDone(bool ok, const QString& error);
    void openPrintDialog();
    void openPdfDialog();
    void writePdf(const QString& path);
    void showMessage(const QString& text, bool error);

    std::unique_ptr<Ui::ReceiptPreviewDialog> m_ui;
    Receipt m_receipt;
    ThermalPrinterTarget m_thermal;
    std::unique_ptr<QPrinter> m_printer;
    bool m_thermalBusy = false;
};

}  // namespace cz::gui
