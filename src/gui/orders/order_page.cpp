#include "gui/orders/order_page.h"

#include "core/uuid.h"
#include "gui/gui_text.h"
#include "gui/orders/barcode_scanner.h"
#include "gui/orders/cart_models.h"
#include "gui/orders/customer_dialog.h"
#include "gui/orders/customer_display.h"
#include "gui/orders/order_gui_texts.h"
#include "gui/orders/tender_dialog.h"
#include "ui_order_page.h"

#include <QEvent>
#include <QHeaderView>
#include <QPixmap>
#include <QRegularExpression>
#include <QShortcut>
#include <QStyle>

namespace cz::gui {

OrderPage::OrderPage(GuiContext& ctx, QWidget* parent)
    : JobPage(parent)
    , m_ui(std::make_unique<Ui::OrderPage>())
    , m_ctx(ctx)
    , m_results(new ProductResultsModel(this))
    , m_cartModel(new CartModel(this))
    , m_scanner(new BarcodeScanner(this, this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setObjectName(QStringLiteral("pageTitle"));
    m_ui->totalLabel->setObjectName(QStringLiteral("bigAmount"));
    m_ui->resultsView->setModel(m_results);
    m_ui->cartView->setModel(m_cartModel);
    for (auto* v : {m_ui->resultsView, m_ui->cartView}) {
        v->verticalHeader()->hide();
        v->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);  // search as the agent types, without a query per keystroke
    connect(&m_searchDelay, &QTimer::timeout, this, &OrderPage::runSearch);
    connect(m_ui->searchEdit, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_ui->searchEdit->text().trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{8,14}$"));
        if (digits.match(text).hasMatch() && m_ctx.svc.catalog().byBarcode(text.toStdString())) {
            addByBarcode(text);  // a barcode typed by hand
            return;
        }
        runSearch();
        if (m_results->rowCount() > 0)
            m_ui->addButton->click();
    });
    connect(m_ui->resultsView, &QTableView::activated, this, [this] { m_ui->addButton->click(); });
    connect(m_ui->resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showProduct(current.row()); });
    connect(m_results, &QAbstractItemModel::modelReset, this, [this] { showProduct(-1); });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        const auto rows = m_ui->resultsView->selectionModel() ? m_ui->resultsView->selectionModel()->selectedRows()
                                                             : QModelIndexList{};
        const int row = rows.isEmpty() ? (m_results->rowCount() > 0 ? 0 : -1) : rows.first().row();
        if (row >= 0)
            addProduct(m_results->hits()[static_cast<std::size_t>(row)].product.productId);
    });
    connect(m_scanner, &BarcodeScanner::scanned, this, &OrderPage::addByBarcode);
    connect(m_ui->plusButton, &QPushButton::clicked, this, [this] { changeQuantity(1); });
    connect(m_ui->minusButton, &QPushButton::clicked, this, [this] { changeQuantity(-1); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &OrderPage::removeSelected);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &OrderPage::clearCart);
    connect(m_ui->tenderButton, &QPushButton::clicked, this, &OrderPage::openTender);
    connect(m_ui->customerButton, &QPushButton::clicked, this, &OrderPage::chooseCustomer);
    connect(m_ui->displayButton, &QPushButton::clicked, this, &OrderPage::toggleDisplay);
    connect(m_ui->backButton, &QPushButton::clicked, this, &OrderPage::backRequested);
    const std::pair<QKeySequence, QPushButton*> keys[] = {
        {QKeySequence(Qt::Key_F3), m_ui->customerButton}, {QKeySequence(Qt::Key_F10), m_ui->tenderButton},
        {QKeySequence(Qt::Key_F11), m_ui->displayButton}, {QKeySequence(Qt::Key_Delete), m_ui->removeButton},
        {QKeySequence(Qt::Key_Escape), m_ui->backButton}, {QKeySequence(Qt::Key_Plus), m_ui->plusButton},
        {QKeySequence(Qt::Key_Minus), m_ui->minusButton},
    };
    for (const auto& [key, button] : keys) {
        auto* sc = new QShortcut(key, this);
        connect(sc, &QShortcut::activated, button, &QPushButton::click);
    }
    auto* f4 = new QShortcut(QKeySequence(Qt::Key_F4), this);
    connect(f4, &QShortcut::activated, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    newSale();
}

OrderPage::~OrderPage() = default;

void OrderPage::newSale()
{
    m_cart.clear();
    m_customer.reset();
    m_saleOpId = newUuid();
    m_saleOrderId = newUuid();
    m_ui->searchEdit->clear();
    m_results->setHits({});
    showCustomer();
    requote();
}

void OrderPage::refresh()
{
    requote();
    m_ui->searchEdit->setFocus();
}

void OrderPage::showCustomer()
{
    m_ui->customerLabel->setText(m_customer ? tr("For: %1 %2").arg(QString::fromStdString(m_customer->name),
                                                                   QString::fromStdString(maskPhone(m_customer->phone)))
                                            : tr("For: walk-in customer"));
}

void OrderPage::showProduct(int row)
{
    if (row < 0 || row >= m_results->rowCount()) {
        m_ui->productImage->clear();
        m_ui->productDetail->clear();
        return;
    }
    const auto& p = m_results->hits()[static_cast<std::size_t>(row)].product;
    QPixmap image;
    if (!p.image.empty() &&
        image.loadFromData(reinterpret_cast<const uchar*>(p.image.data()), static_cast<uint>(p.image.size()), "PNG"))
        m_ui->productImage->setPixmap(image.scaled(96, 96, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_ui->productImage->setText(tr("No picture"));
    QStringList lines{QString::fromStdString(p.nameZh)};
    if (!p.nameEn.empty())
        lines << QString::fromStdString(p.nameEn);
    lines << tr("%1 per %2 · %3").arg(money(p.price), unitName(p.unit), catalogCategoryName(p.category));
    lines << tr("Barcode %1").arg(QString::fromStdString(p.barcode));
    if (!p.description.empty())
        lines << QString::fromStdString(p.description);
    m_ui->productDetail->setText(lines.join(QLatin1Char('\n')));
}

void OrderPage::runSearch()
{
    const QString q = m_ui->searchEdit->text().trimmed();
    if (q.isEmpty()) {
        m_results->setHits({});
        return;
    }
    auto hits = m_ctx.svc.catalog().search(q.toStdString(), 50);
    if (!hits) {
        showStatus(m_ui->messageLabel, errorText(hits.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    m_results->setHits(std::move(hits).value());
    if (m_results->rowCount() > 0)
        m_ui->resultsView->selectRow(0);
    showStatus(m_ui->messageLabel,
               m_results->rowCount() == 0 ? tr("Nothing found for \"%1\". The catalog has %2 products.")
                                                .arg(q)
                                                .arg(m_ctx.svc.catalog().productCount())
                                          : QString(),
               true);
}

void OrderPage::requote()
{
    auto q = m_ctx.svc.orders().quote(m_cart);
    if (!q) {
        showStatus(m_ui->messageLabel, errorText(q.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    m_cartModel->setQuote(*q);
    m_ui->goodsLabel->setText(money(q->goods));
    m_ui->feeLabel->setText(money(q->fee));
    m_ui->totalLabel->setText(money(q->total));
    m_ui->walletLabel->setText(money(q->walletAvailable));
    m_ui->walletLabel->setProperty("alert", !q->walletCovers);
    m_ui->walletLabel->style()->unpolish(m_ui->walletLabel);
    m_ui->walletLabel->style()->polish(m_ui->walletLabel);
    m_ui->tenderButton->setEnabled(!m_cart.empty());
    if (!q->walletCovers)
        showStatus(m_ui->messageLabel,
                   tr("The platform wallet has only %1 available: it cannot pay for %2 of goods. Top up the wallet or "
                      "take fewer items.")
                       .arg(money(q->walletAvailable), money(q->goods)),
                   true);
    if (m_display)
        m_display->showQuote(*q);
    Q_EMIT cartChanged();
}

void OrderPage::addProduct(const std::string& productId, std::int64_t quantity)
{
    for (auto& l : m_cart) {
        if (l.productId == productId) {
            l.quantity = std::min<std::int64_t>(999, l.quantity + quantity);
            requote();
            return;
        }
    }
    if (static_cast<int>(m_cart.size()) >= kMaxOrderLines) {
        showStatus(m_ui->messageLabel, tr("An order has at most %1 different products.").arg(kMaxOrderLines), true);
        return;
    }
    m_cart.push_back({productId, quantity});
    showStatus(m_ui->messageLabel, QString(), false);
    requote();
    m_ui->cartView->selectRow(static_cast<int>(m_cart.size()) - 1);
}

void OrderPage::addByBarcode(const QString& code)
{
    auto p = m_ctx.svc.catalog().byBarcode(code.toStdString());
    if (!p) {
        showStatus(m_ui->messageLabel, tr("No product with barcode %1 in the catalog.").arg(code), true);
        return;
    }
    addProduct(p->productId);
}

void OrderPage::changeQuantity(int delta)
{
    const auto rows = m_ui->cartView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    auto& l = m_cart[static_cast<std::size_t>(rows.first().row())];
    l.quantity = std::clamp<std::int64_t>(l.quantity + delta, 1, 999);
    const int row = rows.first().row();
    requote();
    m_ui->cartView->selectRow(row);
}

void OrderPage::removeSelected()
{
    const auto rows = m_ui->cartView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_cart.erase(m_cart.begin() + rows.first().row());
    requote();
}

void OrderPage::clearCart()
{
    m_cart.clear();
    requote();
}

void OrderPage::chooseCustomer()
{
    auto* dlg = new CustomerDialog(m_ctx, this);
    dlg->setObjectName(QStringLiteral("customerDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &CustomerDialog::chosen, this, [this](const std::optional<CustomerRecord>& c) {
        m_customer = c;
        showCustomer();
    });
    dlg->open();
}

void OrderPage::toggleDisplay()
{
    if (!m_display)
        m_display = std::make_unique<CustomerDisplay>(QString::fromStdString(m_ctx.svc.settings().stationName()));
    if (m_display->isVisible()) {
        m_display->hide();
        return;
    }
    m_display->showQuote(m_cartModel->quote());
    m_display->present();
}

void OrderPage::openTender()
{
    if (m_cart.empty() || !m_ctx.session)
        return;
    const Quote q = m_cartModel->quote();
    if (!q.walletCovers) {
        showStatus(m_ui->messageLabel, tr("The platform wallet cannot pay for this order now. No cash was taken."), true);
        return;
    }
    auto* dlg = new TenderDialog(
        q.total,
        [this, q](Money received) -> QString {
            CashOrderRequest req;
            req.opId = m_saleOpId;
            req.orderId = m_saleOrderId;
            req.lines = m_cart;
            req.fee = q.fee;
            req.tendered = received;
            if (m_customer) {
                req.customerId = m_customer->id;
                req.customerName = m_customer->name;
                req.phone = m_customer->phone;
            }
            req.texts = orderTexts();
            auto r = m_ctx.svc.orders().placeCashOrder(*m_ctx.session, req);
            if (!r)
                return errorText(r.error(), *m_ctx.svc.context().zone());
            if (m_display)
                m_display->showChange(r->total, received);
            showStatus(m_ui->messageLabel,
                       tr("Sold. Give %1 change. The order goes to the marketplace when the link is up.").arg(money(r->change)),
                       false);
            if (auto receipt = m_ctx.svc.ledger().receipt(r->receiptNumber))
                showReceipt(this, *receipt, m_ctx.svc.settings());
            Q_EMIT saleRecorded(r->receiptNumber);
            newSale();
            Q_EMIT changed();
            return {};
        },
        this);
    dlg->setObjectName(QStringLiteral("tenderDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void OrderPage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->messageLabel->clear();
        showCustomer();
    }
    JobPage::changeEvent(e);
}

}  // namespace cz::gui
