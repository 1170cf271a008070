#include "gui/orders/customer_display.h"

#include "gui/gui_text.h"
#include "gui/orders/cart_models.h"
#include "ui_customer_display.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>

namespace cz::gui {

CustomerDisplay::CustomerDisplay(const QString& stationName, QWidget* parent)
    : QWidget(parent, Qt::Window), m_ui(std::make_unique<Ui::CustomerDisplay>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("customerDisplay"));
    setWindowTitle(tr("Customer display"));
    m_ui->stationLabel->setText(stationName);
    // Villagers paying cash want to see the amount from across the counter.
    QFont big = font();
    big.setPointSize(72);
    big.setBold(true);
    m_ui->totalLabel->setFont(big);
    m_ui->totalLabel->setObjectName(QStringLiteral("displayTotal"));
    QFont mid = font();
    mid.setPointSize(28);
    m_ui->linesList->setFont(mid);
    m_ui->totalCaption->setFont(mid);
    m_ui->changeLabel->setFont(mid);
    m_ui->stationLabel->setFont(mid);
    showQuote({});
}

CustomerDisplay::~CustomerDisplay() = default;

void CustomerDisplay::showQuote(const Quote& quote)
{
    m_quote = quote;
    m_ui->linesList->clear();
    for (const auto& l : quote.lines)
        m_ui->linesList->addItem(QStringLiteral("%1  × %2 %3   %4")
                                     .arg(QString::fromStdString(l.product.nameZh))
                                     .arg(l.quantity)
                                     .arg(unitName(l.product.unit), money(l.amount)));
    if (quote.fee.isPositive())
        m_ui->linesList->addItem(tr("Service fee   %1").arg(money(quote.fee)));
    m_ui->totalLabel->setText(money(quote.total));
    m_ui->changeLabel->clear();
}

void CustomerDisplay::showChange(Money total, Money received)
{
    m_ui->totalLabel->setText(money(total));
    m_ui->changeLabel->setText(tr("Received %1 — change %2").arg(money(received), money(received - total)));
}

void CustomerDisplay::present()
{
    const auto screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        setGeometry(screens.at(1)->geometry());
        showFullScreen();
    } else {
        resize(800, 600);
        show();
    }
    raise();
}

void CustomerDisplay::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showQuote(m_quote);
    }
    QWidget::changeEvent(e);
}

}  // namespace cz::gui
