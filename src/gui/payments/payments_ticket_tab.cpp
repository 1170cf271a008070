#include "gui/payments/payments_ticket_tab.h"

#include "core/uuid.h"
#include "gui/gui_text.h"
#include "gui/online_call.h"
#include "gui/payments/payments_cash_dialog.h"
#include "gui/payments/payments_text.h"
#include "services/payments/payment_rules.h"
#include "ui_payments_ticket_tab.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QShortcut>
#include <QTimeZone>

namespace cz::gui {

namespace {

// Timetables are in Beijing time, whatever zone the station's PC uses.
QString beijingTime(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(8 * 3600)).toString(QStringLiteral("HH:mm"));
}

QString seatText(const sync::SeatOfferInfo& s)
{
    return QCoreApplication::translate("cz::gui::PaymentsTicketTab", "%1 %2 (%n left)", nullptr, static_cast<int>(s.available))
        .arg(localName(s.nameZh, s.nameEn), money(s.price));
}

}  // namespace

PaymentsTicketTab::PaymentsTicketTab(PaymentsContext& ctx, QWidget* parent)
    : PaymentsTab(parent), m_ui(std::make_unique<Ui::PaymentsTicketTab>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    m_ui->totalLabel->setObjectName(QStringLiteral("bigAmount"));
    m_ui->trainsTable->setColumnCount(5);
    m_ui->trainsTable->verticalHeader()->hide();
    m_ui->trainsTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    const auto today = QDate::fromString(QString::fromStdString(m_ctx.gui.svc.context().today().toString()), Qt::ISODate);
    m_ui->dateEdit->setMinimumDate(today);
    m_ui->dateEdit->setDate(today.addDays(1));
    connect(m_ui->searchButton, &QPushButton::clicked, this, &PaymentsTicketTab::search);
    connect(m_ui->trainsTable, &QTableWidget::itemSelectionChanged, this, &PaymentsTicketTab::trainChosen);
    connect(m_ui->seatCombo, &QComboBox::currentIndexChanged, this, &PaymentsTicketTab::updateQuote);
    connect(m_ui->passengerNameEdit, &QLineEdit::textChanged, this, &PaymentsTicketTab::updateQuote);
    connect(m_ui->idNumberEdit, &QLineEdit::textChanged, this, &PaymentsTicketTab::updateQuote);
    connect(m_ui->bookButton, &QPushButton::clicked, this, &PaymentsTicketTab::book);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, &PaymentsTicketTab::search);
    auto* f10 = new QShortcut(QKeySequence(Qt::Key_F10), this);
    connect(f10, &QShortcut::activated, this, [this] {
        if (m_ui->bookButton->isEnabled())
            book();
    });
    fillTrains();
}

PaymentsTicketTab::~PaymentsTicketTab() = default;

void PaymentsTicketTab::status(const QString& text, bool error) { showStatus(m_ui->statusLabel, text, error); }

void PaymentsTicketTab::refresh()
{
    fillCities();
    if (m_ui->fromCombo->count() == 0 && !m_fetchedOnce) {
        m_fetchedOnce = true;
        refreshCities();
    }
    updateQuote();
}

void PaymentsTicketTab::fillCities()
{
    const auto cities = m_ctx.payments.cities();
    for (auto* combo : {m_ui->fromCombo, m_ui->toCombo}) {
        const QString selected = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        for (const auto& c : cities)
            combo->addItem(localName(c.nameZh, c.nameEn), QString::fromStdString(c.cityId));
        const int index = combo->findData(selected);
        combo->setCurrentIndex(index >= 0 ? index : (combo == m_ui->toCombo && combo->count() > 1 ? 1 : 0));
    }
}

void PaymentsTicketTab::refreshCities()
{
    ++m_busy;
    runOnline<OnlineResult<std::vector<sync::CityInfo>>>(
        this, [cfg = m_ctx.gui.svc.sync().httpConfig()] { return PaymentsOnline(cfg).cities(); },
        [this](const OnlineResult<std::vector<sync::CityInfo>>& r) {
            --m_busy;
            if (!r) {
                status(onlineErrorText(r.error()), true);
                return;
            }
            if (auto stored = m_ctx.payments.storeCities(*r); !stored) {
                status(paymentErrorText(m_ctx, stored.error()), true);
                return;
            }
            fillCities();
        });
}

void PaymentsTicketTab::setDate(const QDate& date)
{
    if (date < m_ui->dateEdit->minimumDate())
        m_ui->dateEdit->setMinimumDate(date);
    m_ui->dateEdit->setDate(date);
}

void PaymentsTicketTab::setRoute(const QString& from, const QString& to)
{
    m_ui->fromCombo->setCurrentIndex(m_ui->fromCombo->findData(from));
    m_ui->toCombo->setCurrentIndex(m_ui->toCombo->findData(to));
}

void PaymentsTicketTab::search()
{
    if (busy())
        return;
    const QString from = m_ui->fromCombo->currentData().toString();
    const QString to = m_ui->toCombo->currentData().toString();
    if (from.isEmpty() || to.isEmpty() || from == to) {
        status(tr("Choose two different stations."), true);
        return;
    }
    ++m_busy;
    m_ui->searchButton->setEnabled(false);
    status(tr("Searching…"), false);
    const std::string date = m_ui->dateEdit->date().toString(Qt::ISODate).toStdString();
    runOnline<OnlineResult<sync::TrainSearch>>(
        this,
        [cfg = m_ctx.gui.svc.sync().httpConfig(), f = from.toStdString(), t = to.toStdString(), date] {
            return PaymentsOnline(cfg).trains(f, t, date);
        },
        [this](const OnlineResult<sync::TrainSearch>& r) {
            --m_busy;
            m_ui->searchButton->setEnabled(true);
            m_search.reset();
            if (r)
                m_search = *r;
            fillTrains();
            if (!r)
                status(onlineErrorText(r.error()), true);
            else if (r->trains.empty())
                status(tr("No direct train still to leave on that day."), false);
            else
                status(tr("Choose a train and a seat class."), false);
        });
}

void PaymentsTicketTab::fillTrains()
{
    m_ui->trainsTable->clear();
    m_ui->trainsTable->setHorizontalHeaderLabels({tr("Train"), tr("Departs"), tr("Arrives"), tr("Duration"), tr("Seats and fares")});
    const int rows = m_search ? static_cast<int>(m_search->trains.size()) : 0;
    m_ui->trainsTable->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const auto& t = m_search->trains[static_cast<std::size_t>(i)];
        QStringList seats;
        for (const auto& s : t.seats)
            seats << seatText(s);
        const QString cells[] = {QString::fromStdString(t.trainNo), beijingTime(t.departAtMs), beijingTime(t.arriveAtMs),
                                 tr("%1 h %2 min").arg(t.durationMin / 60).arg(t.durationMin % 60, 2, 10, QLatin1Char('0')),
                                 seats.join(QStringLiteral(" · "))};
        for (int c = 0; c < 5; ++c)
            m_ui->trainsTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_ui->trainsTable->resizeColumnsToContents();
    trainChosen();
}

const sync::TrainInfo* PaymentsTicketTab::currentTrain() const
{
    const int row = m_ui->trainsTable->currentRow();
    if (!m_search || row < 0 || row >= static_cast<int>(m_search->trains.size()) || m_ui->trainsTable->selectedItems().isEmpty())
        return nullptr;
    return &m_search->trains[static_cast<std::size_t>(row)];
}

const sync::SeatOfferInfo* PaymentsTicketTab::currentSeat() const
{
    const auto* t = currentTrain();
    if (!t || m_ui->seatCombo->currentIndex() < 0)
        return nullptr;
    const auto cls = m_ui->seatCombo->currentData().toString().toStdString();
    for (const auto& s : t->seats)
        if (s.seatClass == cls)
            return &s;
    return nullptr;
}

void PaymentsTicketTab::trainChosen()
{
    const QSignalBlocker block(m_ui->seatCombo);
    m_ui->seatCombo->clear();
    if (const auto* t = currentTrain())
        for (const auto& s : t->seats)
            if (s.available > 0)
                m_ui->seatCombo->addItem(seatText(s), QString::fromStdString(s.seatClass));
    updateQuote();
}

void PaymentsTicketTab::updateQuote()
{
    const auto* seat = currentSeat();
    m_ui->priceLabel->clear();
    m_ui->totalLabel->clear();
    bool ready = seat && !busy() && !m_ui->passengerNameEdit->text().trimmed().isEmpty() &&
                 m_ui->idNumberEdit->text().trimmed().size() == 18;
    if (seat) {
        const Money fee = m_ctx.payments.ticketFee(seat->price);
        m_ui->priceLabel->setText(tr("%1 + %2").arg(money(seat->price), money(fee)));
        m_ui->totalLabel->setText(money(seat->price + fee));
        const Money available = m_ctx.wallet.status().available;
        if (seat->price > available) {
            ready = false;
            status(tr("The platform wallet has only %1 available — not enough for this fare. Top up the wallet first.")
                       .arg(money(available)),
                   true);
        }
    }
    m_ui->bookButton->setEnabled(ready);
}

void PaymentsTicketTab::book()
{
    const auto* train = currentTrain();
    const auto* seat = currentSeat();
    if (!train || !seat || !m_ctx.gui.session)
        return;
    const std::string name = m_ui->passengerNameEdit->text().trimmed().toStdString();
    const std::string idNo = m_ui->idNumberEdit->text().trimmed().toStdString();
    if (!isResidentIdNumber(idNo)) {
        status(tr("That ID card number is not valid. Check it against the card."), true);
        m_ui->idNumberEdit->setFocus();
        return;
    }
    TicketPurchase req;
    req.opId = newUuid();  // one booking per dialog
    req.bookingId = newUuid();
    req.trainNo = train->trainNo;
    req.date = m_search->date;
    req.from = train->from;
    req.to = train->to;
    req.fromName = m_ui->fromCombo->currentText().toStdString();
    req.toName = m_ui->toCombo->currentText().toStdString();
    req.seatClass = seat->seatClass;
    req.seatName = localName(seat->nameZh, seat->nameEn).toStdString();
    req.departAtMs = train->departAtMs;
    req.arriveAtMs = train->arriveAtMs;
    req.price = seat->price;
    req.fee = m_ctx.payments.ticketFee(seat->price);
    req.passengerName = name;
    req.passengerIdNo = idNo;
    const QString what = tr("%1 %2 → %3, %4 %5, %6, for %7.")
                             .arg(QString::fromStdString(req.trainNo), QString::fromStdString(req.fromName),
                                  QString::fromStdString(req.toName), QString::fromStdString(req.date),
                                  beijingTime(req.departAtMs), QString::fromStdString(req.seatName), QString::fromStdString(name));
    auto taken = std::make_shared<std::optional<PaymentTaken>>();
    auto submit = [this, req, taken](Money tendered) mutable -> QString {
        req.tendered = tendered;
        auto r = m_ctx.payments.bookTicket(*m_ctx.gui.session, req, paymentTexts());
        if (!r)
            return paymentErrorText(m_ctx, r.error());
        *taken = *r;
        return {};
    };
    auto* dlg = new PaymentsCashDialog(tr("Book a train ticket"), what, req.price, req.fee, m_ctx.wallet.status().available,
                                       submit, this);
    dlg->setObjectName(QStringLiteral("ticketBookDialog"));
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, taken] {
        if (!*taken)
            return;
        const auto& t = **taken;
        // The ID number is not kept on screen once the booking is recorded.
        m_ui->idNumberEdit->clear();
        m_ui->passengerNameEdit->clear();
        status(tr("Booked; change %1. The e-ticket number comes with the marketplace's confirmation. %2")
                   .arg(money(t.change), walletChangeText(t)),
               false);
        updateQuote();
        Q_EMIT changed();
        showPaymentReceipt(this, m_ctx.payments, t.receiptNumber);
    });
    dlg->open();
}

void PaymentsTicketTab::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCities();
        fillTrains();
    }
    PaymentsTab::changeEvent(e);
}

}  // namespace cz::gui
