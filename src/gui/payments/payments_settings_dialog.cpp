#include "gui/payments/payments_settings_dialog.h"

#include "gui/gui_text.h"
#include "gui/payments/payments_text.h"
#include "ui_payments_settings_dialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace cz::gui {

namespace {

// Rates are typed as a percentage with up to two decimals: "1.25" % = 125 basis points, which is
// exactly how the money parser reads "1.25" in fen.
QString rateText(BasisPoints bp) { return QString::fromStdString(formatPlain(Money::fromFen(bp.value))); }

}  // namespace

PaymentsSettingsDialog::PaymentsSettingsDialog(PaymentsContext& ctx, Session supervisor, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PaymentsSettingsDialog>()), m_ctx(ctx), m_supervisor(std::move(supervisor))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("paymentsSettingsDialog"));
    m_ui->feesTable->verticalHeader()->hide();
    m_ui->servicesTable->verticalHeader()->hide();
    connect(m_ui->feesTable, &QTableWidget::itemSelectionChanged, this, &PaymentsSettingsDialog::feeSelected);
    connect(m_ui->servicesTable, &QTableWidget::itemSelectionChanged, this, &PaymentsSettingsDialog::serviceSelected);
    connect(m_ui->saveFeeButton, &QPushButton::clicked, this, &PaymentsSettingsDialog::saveFee);
    connect(m_ui->saveServiceButton, &QPushButton::clicked, this, &PaymentsSettingsDialog::saveService);
    connect(m_ui->newServiceButton, &QPushButton::clicked, this, [this] {
        m_ui->servicesTable->clearSelection();
        for (auto* edit : {m_ui->codeEdit, m_ui->nameZhEdit, m_ui->nameEnEdit, m_ui->unitEdit, m_ui->priceEdit})
            edit->clear();
        m_ui->codeEdit->setEnabled(true);
        m_ui->activeCheck->setChecked(true);
        m_ui->codeEdit->setFocus();
    });
    connect(m_ui->saveThresholdButton, &QPushButton::clicked, this, &PaymentsSettingsDialog::saveThreshold);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->thresholdEdit->setText(QString::fromStdString(formatPlain(m_ctx.wallet.lowThreshold())));
    loadFees();
    loadServices();
}

PaymentsSettingsDialog::~PaymentsSettingsDialog() = default;

void PaymentsSettingsDialog::message(const QString& text, bool error) { showStatus(m_ui->messageLabel, text, error); }

void PaymentsSettingsDialog::loadFees()
{
    const int row = m_ui->feesTable->currentRow();
    m_scopes.clear();
    for (const auto& b : m_ctx.payments.billers())
        m_scopes.push_back({b.isCarrier() ? topUpFeeScope(b.billerId) : billFeeScope(b.billerId),
                            b.isCarrier() ? tr("%1 top-up").arg(localName(b.nameZh, b.nameEn)) : localName(b.nameZh, b.nameEn)});
    m_scopes.push_back({kTicketFeeScope, tr("Train tickets")});
    m_ui->feesTable->clear();
    m_ui->feesTable->setColumnCount(5);
    m_ui->feesTable->setHorizontalHeaderLabels({tr("For"), tr("Fixed"), tr("Rate %"), tr("At least"), tr("At most")});
    m_ui->feesTable->setRowCount(static_cast<int>(m_scopes.size()));
    for (int i = 0; i < static_cast<int>(m_scopes.size()); ++i) {
        const auto& s = m_scopes[static_cast<std::size_t>(i)];
        const FeeRule r = m_ctx.gui.svc.fees().rule(s.scope);
        const QString cells[] = {s.label, money(r.fixed), rateText(r.rate), money(r.minimum),
                                 r.maximum ? money(*r.maximum) : tr("no limit")};
        for (int c = 0; c < 5; ++c)
            m_ui->feesTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_ui->feesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->feesTable->selectRow(row >= 0 && row < m_ui->feesTable->rowCount() ? row : 0);
    feeSelected();
}

void PaymentsSettingsDialog::feeSelected()
{
    const int row = m_ui->feesTable->currentRow();
    m_ui->saveFeeButton->setEnabled(row >= 0 && row < static_cast<int>(m_scopes.size()));
    if (row < 0 || row >= static_cast<int>(m_scopes.size()))
        return;
    const FeeRule r = m_ctx.gui.svc.fees().rule(m_scopes[static_cast<std::size_t>(row)].scope);
    m_ui->fixedEdit->setText(QString::fromStdString(formatPlain(r.fixed)));
    m_ui->rateEdit->setText(rateText(r.rate));
    m_ui->minEdit->setText(QString::fromStdString(formatPlain(r.minimum)));
    m_ui->maxEdit->setText(r.maximum ? QString::fromStdString(formatPlain(*r.maximum)) : QString());
}

void PaymentsSettingsDialog::saveFee()
{
    const int row = m_ui->feesTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_scopes.size()))
        return;
    QString why;
    FeeRule rule;
    const auto fixed = parseMoneyText(m_ui->fixedEdit->text(), &why);
    const auto rate = fixed ? parseMoneyText(m_ui->rateEdit->text(), &why) : std::nullopt;
    const auto minimum = rate ? parseMoneyText(m_ui->minEdit->text(), &why) : std::nullopt;
    if (!fixed || !rate || !minimum) {
        message(why, true);
        return;
    }
    if (rate->fen() > 10'000) {
        message(tr("A rate is at most 100 %."), true);
        return;
    }
    rule.fixed = *fixed;
    rule.rate = BasisPoints{static_cast<std::int32_t>(rate->fen())};
    rule.minimum = *minimum;
    if (!m_ui->maxEdit->text().trimmed().isEmpty()) {
        const auto maximum = parseMoneyText(m_ui->maxEdit->text(), &why);
        if (!maximum) {
            message(why, true);
            return;
        }
        rule.maximum = *maximum;
    }
    const auto& s = m_scopes[static_cast<std::size_t>(row)];
    auto r = m_ctx.gui.svc.fees().setRule(m_supervisor, s.scope, s.label.toStdString(), rule);
    if (!r) {
        message(errorText(r.error(), *m_ctx.gui.svc.context().zone()), true);
        return;
    }
    message(tr("Fee for %1 saved.").arg(s.label), false);
    loadFees();
}

void PaymentsSettingsDialog::loadServices()
{
    m_services = m_ctx.payments.assistedServices(false);
    m_ui->servicesTable->clear();
    m_ui->servicesTable->setColumnCount(5);
    m_ui->servicesTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Per"), tr("Price"), tr("Offered")});
    m_ui->servicesTable->setRowCount(static_cast<int>(m_services.size()));
    for (int i = 0; i < static_cast<int>(m_services.size()); ++i) {
        const auto& s = m_services[static_cast<std::size_t>(i)];
        const QString cells[] = {QString::fromStdString(s.code), localName(s.nameZh, s.nameEn), QString::fromStdString(s.unit),
                                 money(s.price), s.active ? tr("yes") : tr("no")};
        for (int c = 0; c < 5; ++c)
            m_ui->servicesTable->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_ui->servicesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void PaymentsSettingsDialog::serviceSelected()
{
    const int row = m_ui->servicesTable->currentRow();
    if (row < 0 || row >= static_cast<int>(m_services.size()) || m_ui->servicesTable->selectedItems().isEmpty())
        return;
    const auto& s = m_services[static_cast<std::size_t>(row)];
    m_ui->codeEdit->setText(QString::fromStdString(s.code));
    m_ui->codeEdit->setEnabled(false);  // the code identifies the service in past sales
    m_ui->nameZhEdit->setText(QString::fromStdString(s.nameZh));
    m_ui->nameEnEdit->setText(QString::fromStdString(s.nameEn));
    m_ui->unitEdit->setText(QString::fromStdString(s.unit));
    m_ui->priceEdit->setText(QString::fromStdString(formatPlain(s.price)));
    m_ui->activeCheck->setChecked(s.active);
}

void PaymentsSettingsDialog::saveService()
{
    QString why;
    const auto price = parseMoneyText(m_ui->priceEdit->text(), &why);
    if (!price) {
        message(why, true);
        return;
    }
    AssistedServiceRecord s;
    s.code = m_ui->codeEdit->text().trimmed().toStdString();
    s.nameZh = m_ui->nameZhEdit->text().trimmed().toStdString();
    s.nameEn = m_ui->nameEnEdit->text().trimmed().toStdString();
    s.unit = m_ui->unitEdit->text().trimmed().toStdString();
    s.price = *price;
    s.active = m_ui->activeCheck->isChecked();
    auto r = m_ctx.payments.setAssistedService(m_supervisor, s);
    if (!r) {
        message(r.error().code == Errc::InvalidInput
                    ? tr("Check the service: a code of letters and digits, a name, and a price above zero.")
                    : errorText(r.error(), *m_ctx.gui.svc.context().zone()),
                true);
        return;
    }
    message(tr("Service %1 saved.").arg(QString::fromStdString(s.nameZh)), false);
    loadServices();
}

void PaymentsSettingsDialog::saveThreshold()
{
    QString why;
    const auto threshold = parseMoneyText(m_ui->thresholdEdit->text(), &why);
    if (!threshold) {
        message(why, true);
        return;
    }
    auto r = m_ctx.wallet.setLowThreshold(m_supervisor, *threshold);
    if (!r) {
        message(errorText(r.error(), *m_ctx.gui.svc.context().zone()), true);
        return;
    }
    message(tr("The wallet warning is now below %1.").arg(money(*threshold)), false);
}

}  // namespace cz::gui
