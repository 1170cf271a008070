#include "gui/consignment/consignment_dialogs.h"

#include "core/uuid.h"
#include "gui/gui_text.h"
#include "ui_consignment_dispatch_dialog.h"
#include "ui_consignment_farmer_dialog.h"
#include "ui_consignment_listing_dialog.h"
#include "ui_consignment_stock_dialog.h"

#include <algorithm>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPushButton>

namespace cz::gui {

QString categoryName(const std::string& code)
{
    static const std::pair<const char*, const char*> names[] = {
        {"fruit", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Fruit")},
        {"vegetable", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Vegetables")},
        {"grain", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Grain")},
        {"eggs", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Eggs")},
        {"meat", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Meat")},
        {"honey", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Honey")},
        {"nuts", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Nuts")},
        {"tea", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Tea")},
        {"mushroom", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Mushrooms")},
        {"herbs", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Herbs")},
        {"handicraft", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Handicrafts")},
        {"other", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Other")},
    };
    for (const auto& [c, n] : names)
        if (code == c)
            return QCoreApplication::translate("cz::gui::Consignment", n);
    return QString::fromStdString(code);
}

QString courierName(const std::string& code)
{
    static const std::pair<const char*, const char*> names[] = {
        {"sf", QT_TRANSLATE_NOOP("cz::gui::Consignment", "SF Express")},
        {"ems", QT_TRANSLATE_NOOP("cz::gui::Consignment", "EMS")},
        {"zto", QT_TRANSLATE_NOOP("cz::gui::Consignment", "ZTO Express")},
        {"yto", QT_TRANSLATE_NOOP("cz::gui::Consignment", "YTO Express")},
        {"sto", QT_TRANSLATE_NOOP("cz::gui::Consignment", "STO Express")},
        {"yunda", QT_TRANSLATE_NOOP("cz::gui::Consignment", "Yunda")},
        {"jd", QT_TRANSLATE_NOOP("cz::gui::Consignment", "JD Logistics")},
        {"jt", QT_TRANSLATE_NOOP("cz::gui::Consignment", "J&T Express")},
    };
    for (const auto& [c, n] : names)
        if (code == c)
            return QCoreApplication::translate("cz::gui::Consignment", n);
    return QString::fromStdString(code);
}

// ---- farmer -------------------------------------------------------------------------------------

ConsignmentFarmerDialog::ConsignmentFarmerDialog(Submit submit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConsignmentFarmerDialog>()), m_submit(std::move(submit)),
      m_opId(newUuid())
{
    m_ui->setupUi(this);
    m_ui->payoutCombo->addItem(tr("Cash at the station"), QStringLiteral("cash"));
    m_ui->payoutCombo->addItem(tr("Bank card"), QStringLiteral("bank"));
    m_ui->payoutCombo->addItem(tr("Mobile wallet"), QStringLiteral("mobile"));
    m_ui->messageLabel->setProperty("error", true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsignmentFarmerDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConsignmentFarmerDialog::~ConsignmentFarmerDialog() = default;

void ConsignmentFarmerDialog::setInput(const QString& name, const QString& phone, const QString& village,
                                       const QString& idNumber)
{
    m_ui->nameEdit->setText(name);
    m_ui->phoneEdit->setText(phone);
    m_ui->villageEdit->setText(village);
    m_ui->idEdit->setText(idNumber);
}

void ConsignmentFarmerDialog::submit()
{
    FarmerInput in;
    in.opId = m_opId;
    in.name = m_ui->nameEdit->text().toStdString();
    in.phone = m_ui->phoneEdit->text().toStdString();
    in.villageGroup = m_ui->villageEdit->text().toStdString();
    in.idNumber = m_ui->idEdit->text().trimmed().toStdString();
    in.payoutMethod = m_ui->payoutCombo->currentData().toString().toStdString();
    in.payoutAccount = m_ui->accountEdit->text().toStdString();
    const QString error = m_submit(in);
    if (error.isEmpty())
        accept();
    else
        m_ui->messageLabel->setText(error);
}

// ---- listing ------------------------------------------------------------------------------------

ConsignmentListingDialog::ConsignmentListingDialog(std::int64_t farmerId, BusinessDay today, Submit submit,
                                                   QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConsignmentListingDialog>()), m_submit(std::move(submit)),
      m_farmerId(farmerId), m_opId(newUuid()), m_listingId(newUuid())
{
    m_ui->setupUi(this);
    for (auto c : consignment::categories())
        m_ui->categoryCombo->addItem(categoryName(std::string(c)), QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size())));
    for (auto u : consignment::unitCodes()) {
        const auto sym = consignment::unitSymbol(u);
        m_ui->unitCombo->addItem(QString::fromUtf8(sym.data(), static_cast<qsizetype>(sym.size())),
                                 QString::fromUtf8(u.data(), static_cast<qsizetype>(u.size())));
    }
    const auto ymd = today.ymd();
    const QDate d(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                  static_cast<int>(static_cast<unsigned>(ymd.day())));
    m_ui->harvestEdit->setDate(d);
    m_ui->harvestEdit->setMaximumDate(d);
    m_ui->messageLabel->setProperty("error", true);
    m_ui->photosLabel->setText(tr("No photo yet (up to 5)."));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ConsignmentListingDialog::browse);
    connect(m_ui->addPhotoButton, &QPushButton::clicked, this, [this] { m_ui->messageLabel->setText(addPhoto()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsignmentListingDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConsignmentListingDialog::~ConsignmentListingDialog() = default;

void ConsignmentListingDialog::setBasics(const QString& title, const QString& category, const QString& unit,
                                         const QString& price, int quantity)
{
    m_ui->titleEdit->setText(title);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(category));
    m_ui->unitCombo->setCurrentIndex(m_ui->unitCombo->findData(unit));
    m_ui->priceEdit->setText(price);
    m_ui->quantitySpin->setValue(quantity);
}

void ConsignmentListingDialog::setPhotoPath(const QString& path) { m_ui->photoPathEdit->setText(path); }

void ConsignmentListingDialog::browse()
{
    // Non-blocking: the dialog fills the path field, the agent then presses "Add photo".
    auto* fd = new QFileDialog(this, tr("Choose a photo"), {}, tr("Pictures (*.png *.jpg *.jpeg)"));
    fd->setAttribute(Qt::WA_DeleteOnClose);
    fd->setFileMode(QFileDialog::ExistingFile);
    connect(fd, &QFileDialog::fileSelected, this, [this](const QString& f) {
        m_ui->photoPathEdit->setText(f);
        m_ui->messageLabel->setText(addPhoto());
    });
    fd->open();
}

QString ConsignmentListingDialog::addPhoto()
{
    if (m_photos.size() >= kMaxListingPhotos)
        return tr("A listing has at most 5 photos.");
    const QString path = m_ui->photoPathEdit->text().trimmed();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return tr("Cannot read the photo file %1.").arg(path);
    QByteArray bytes = file.readAll();
    const bool pngOrJpeg = bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF");
    if (!pngOrJpeg || bytes.size() > static_cast<qsizetype>(kMaxPhotoBytes)) {
        // Phones take big pictures: scale down and re-encode as JPEG until it fits the marketplace.
        QImage img;
        if (!img.loadFromData(bytes))
            return tr("%1 is not a picture.").arg(QFileInfo(path).fileName());
        int side = 1280;
        int quality = 85;
        for (;;) {
            QImage scaled = img.width() > side || img.height() > side
                                ? img.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                : img;
            QBuffer buf;
            buf.open(QIODevice::WriteOnly);
            scaled.save(&buf, "JPEG", quality);
            if (buf.data().size() <= static_cast<qsizetype>(kMaxPhotoBytes) || side < 200) {
                bytes = buf.data();
                break;
            }
            side = side * 3 / 4;
            quality = std::max(50, quality - 10);
        }
    }
    m_photos.emplace_back(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    m_ui->photosLabel->setText(tr("%n photo(s) attached.", nullptr, static_cast<int>(m_photos.size())));
    m_ui->photoPathEdit->clear();
    return {};
}

void ConsignmentListingDialog::submit()
{
    QString why;
    const auto price = parseMoneyText(m_ui->priceEdit->text(), &why);
    if (!price) {
        m_ui->messageLabel->setText(why);
        return;
    }
    // A path typed but not yet added counts as the agent's intent to attach it.
    if (!m_ui->photoPathEdit->text().trimmed().isEmpty())
        if (const QString err = addPhoto(); !err.isEmpty()) {
            m_ui->messageLabel->setText(err);
            return;
        }
    ListingInput in;
    in.opId = m_opId;
    in.listingId = m_listingId;
    in.farmerId = m_farmerId;
    in.titleZh = m_ui->titleEdit->text().toStdString();
    in.titleEn = m_ui->titleEnEdit->text().toStdString();
    in.category = m_ui->categoryCombo->currentData().toString().toStdString();
    in.unit = m_ui->unitCombo->currentData().toString().toStdString();
    in.unitPrice = *price;
    in.quantity = m_ui->quantitySpin->value();
    const QDate d = m_ui->harvestEdit->date();
    in.harvestDate = BusinessDay(std::chrono::year_month_day(std::chrono::year(d.year()),
                                                             std::chrono::month(static_cast<unsigned>(d.month())),
                                                             std::chrono::day(static_cast<unsigned>(d.day()))));
    in.shelfLifeDays = m_ui->shelfLifeSpin->value();
    in.grade = m_ui->gradeEdit->text().toStdString();
    in.photos = m_photos;
    const QString error = m_submit(in);
    if (error.isEmpty())
        accept();
    else
        m_ui->messageLabel->setText(error);
}

// ---- stock / price ------------------------------------------------------------------------------

ConsignmentStockDialog::ConsignmentStockDialog(Mode mode, const QString& title, const QString& intro, int maxQuantity,
                                               Submit submit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConsignmentStockDialog>()), m_mode(mode), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->introLabel->setText(intro);
    m_ui->quantitySpin->setMaximum(std::max(1, maxQuantity));
    const bool qty = mode == Mode::Quantity;
    m_ui->quantitySpin->setVisible(qty);
    m_ui->quantityCaption->setVisible(qty);
    m_ui->priceEdit->setVisible(!qty);
    m_ui->priceCaption->setVisible(!qty);
    m_ui->messageLabel->setProperty("error", true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsignmentStockDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConsignmentStockDialog::~ConsignmentStockDialog() = default;

void ConsignmentStockDialog::setValues(int quantity, const QString& price, const QString& note)
{
    m_ui->quantitySpin->setValue(quantity);
    m_ui->priceEdit->setText(price);
    m_ui->reasonEdit->setText(note);
}

void ConsignmentStockDialog::submit()
{
    Money price;
    if (m_mode == Mode::Price) {
        QString why;
        const auto p = parseMoneyText(m_ui->priceEdit->text(), &why);
        if (!p) {
            m_ui->messageLabel->setText(why);
            return;
        }
        price = *p;
    }
    const QString error = m_submit(m_ui->quantitySpin->value(), price, m_ui->reasonEdit->text().trimmed());
    if (error.isEmpty())
        accept();
    else
        m_ui->messageLabel->setText(error);
}

// ---- dispatch -----------------------------------------------------------------------------------

ConsignmentDispatchDialog::ConsignmentDispatchDialog(const QString& intro, Submit submit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConsignmentDispatchDialog>()), m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(intro);
    for (auto c : consignment::courierCodes())
        m_ui->courierCombo->addItem(courierName(std::string(c)), QString::fromUtf8(c.data(), static_cast<qsizetype>(c.size())));
    m_ui->messageLabel->setProperty("error", true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConsignmentDispatchDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConsignmentDispatchDialog::~ConsignmentDispatchDialog() = default;

void ConsignmentDispatchDialog::setValues(const QString& courier, const QString& trackingNo)
{
    m_ui->courierCombo->setCurrentIndex(m_ui->courierCombo->findData(courier));
    m_ui->trackingEdit->setText(trackingNo);
}

void ConsignmentDispatchDialog::submit()
{
    const QString error = m_submit(m_ui->courierCombo->currentData().toString().toStdString(),
                                   m_ui->trackingEdit->text().trimmed().toStdString());
    if (error.isEmpty())
        accept();
    else
        m_ui->messageLabel->setText(error);
}

}  // namespace cz::gui
