#include "gui/consignment/consignment_payout_dialog.h"

#include "gui/gui_text.h"
#include "ui_consignment_label_dialog.h"
#include "ui_consignment_payout_dialog.h"

#include <QDir>
#include <QHeaderView>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

namespace cz::gui {

ConsignmentPayoutDialog::ConsignmentPayoutDialog(const FarmerStatement& unpaid, Submit submit,
                                                 std::function<void()> printStatement, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConsignmentPayoutDialog>()), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("%1 is owed %2. Count the cash out, print the statement, and let the farmer sign the "
                                 "receipt.")
                                  .arg(QString::fromStdString(unpaid.farmer.name), money(unpaid.closing)));
    auto* t = m_ui->unpaidTable;
    t->setColumnCount(5);
    t->setHorizontalHeaderLabels({tr("Day"), tr("What"), tr("Quantity"), tr("Amount"), tr("Still owed")});
    t->setRowCount(static_cast<int>(unpaid.lines.size()));
    int row = 0;
    for (const auto& l : unpaid.lines) {
        QString what = l.kind == "consignment_sale"  ? tr("Sale: %1").arg(QString::fromStdString(l.title))
                       : l.kind == "farmer_payout" ? tr("Payout")
                                                   : tr("Adjustment");
        const auto unit = consignment::unitSymbol(l.unit);
        const QString qty = l.quantity > 0 ? QString::number(l.quantity) +
                                                 QString::fromUtf8(unit.data(), static_cast<qsizetype>(unit.size()))
                                           : QString();
        const QString cells[] = {QString::fromStdString(l.businessDay), what, qty, money(l.amount), money(l.owedAfter)};
        for (int c = 0; c < 5; ++c)
            t->setItem(row, c, new QTableWidgetItem(cells[c]));
        ++row;
    }
    // Whole dates and amounts; the description takes the rest of a dialog wide enough to read it.
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    resize(760, 520);
    m_ui->amountEdit->setObjectName(QStringLiteral("amountEdit"));
    m_ui->amountEdit->setText(QString::fromStdString(formatPlain(unpaid.closing)));
    m_ui->messageLabel->setProperty("error", true);
    connect(m_ui->statementButton, &QPushButton::clicked, this, [p = std::move(printStatement)] { p(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsignmentPayoutDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConsignmentPayoutDialog::~ConsignmentPayoutDialog() = default;

void ConsignmentPayoutDialog::setAmountText(const QString& text) { m_ui->amountEdit->setText(text); }

void ConsignmentPayoutDialog::submit()
{
    QString why;
    const auto amount = parseMoneyText(m_ui->amountEdit->text(), &why);
    if (!amount) {
        m_ui->messageLabel->setText(why);
        return;
    }
    const QString error = m_submit(*amount);
    if (error.isEmpty())
        accept();
    else
        m_ui->messageLabel->setText(error);
}

// ---- shelf label --------------------------------------------------------------------------------

ConsignmentLabelDialog::ConsignmentLabelDialog(ShelfLabel label, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConsignmentLabelDialog>()), m_label(std::move(label))
{
    m_ui->setupUi(this);
    m_ui->previewLabel->setPixmap(QPixmap::fromImage(renderShelfLabel(m_label, 480)));
    m_ui->pdfPathEdit->setText(QDir::home().filePath(QStringLiteral("label-%1.pdf").arg(m_label.barcode)));
    connect(m_ui->savePdfButton, &QPushButton::clicked, this, [this] {
        const QString err = savePdf();
        showStatus(m_ui->messageLabel, err.isEmpty() ? tr("Saved %1.").arg(m_ui->pdfPathEdit->text()) : err,
                   !err.isEmpty());
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, &ConsignmentLabelDialog::print);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConsignmentLabelDialog::~ConsignmentLabelDialog() = default;

void ConsignmentLabelDialog::setPdfPath(const QString& path) { m_ui->pdfPathEdit->setText(path); }

QString ConsignmentLabelDialog::savePdf()
{
    auto r = exportShelfLabelPdf(m_label, m_ui->pdfPathEdit->text(), m_ui->copiesSpin->value());
    return r ? QString() : tr("The PDF could not be written: %1").arg(r.error());
}

void ConsignmentLabelDialog::print()
{
    auto* printer = new QPrinter(QPrinter::HighResolution);
    auto* dlg = new QPrintDialog(printer, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::finished, this, [printer] { delete printer; });
    connect(dlg, qOverload<QPrinter*>(&QPrintDialog::accepted), this, [this](QPrinter* chosen) {
        QPainter p;
        if (!p.begin(chosen))
            return;
        const QRectF page = chosen->pageRect(QPrinter::DevicePixel);
        for (int i = 0; i < m_ui->copiesSpin->value(); ++i) {
            if (i > 0)
                chosen->newPage();
            paintShelfLabel(p, QRectF(page.topLeft(), QSizeF(page.width(), page.width() * 2 / 3)), m_label);
        }
    });
    dlg->open();
}

}  // namespace cz::gui
