#include "gui/orders/customer_dialog.h"

#include "gui/gui_text.h"
#include "services/order_service.h"
#include "ui_customer_dialog.h"

namespace cz::gui {

CustomerDialog::CustomerDialog(GuiContext& ctx, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CustomerDialog>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Who is it for?"));
    m_ui->messageLabel->setProperty("error", true);
    connect(m_ui->customerSearchEdit, &QLineEdit::textChanged, this, &CustomerDialog::search);
    connect(m_ui->customerSearchEdit, &QLineEdit::returnPressed, this, &CustomerDialog::choose);
    connect(m_ui->resultsList, &QListWidget::itemActivated, this, &CustomerDialog::choose);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &CustomerDialog::choose);
    connect(m_ui->addCustomerButton, &QPushButton::clicked, this, &CustomerDialog::addNew);
    connect(m_ui->anonymousButton, &QPushButton::clicked, this, [this] {
        Q_EMIT chosen(std::nullopt);
        accept();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->customerSearchEdit->setFocus();
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::search()
{
    m_ui->resultsList->clear();
    m_found.clear();
    const QString q = m_ui->customerSearchEdit->text().trimmed();
    if (q.isEmpty())
        return;
    auto r = m_ctx.svc.customers().find(q.toStdString(), 20);
    if (!r) {
        showStatus(m_ui->messageLabel, errorText(r.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    m_found = std::move(r).value();
    for (const auto& c : m_found)
        m_ui->resultsList->addItem(QString::fromStdString(c.name + "  " + maskPhone(c.phone) + "  " + c.villageGroup));
    if (!m_found.empty())
        m_ui->resultsList->setCurrentRow(0);
    showStatus(m_ui->messageLabel, m_found.empty() ? tr("Nobody found. Add the villager below.") : QString(), true);
}

void CustomerDialog::choose()
{
    const int row = m_ui->resultsList->currentRow();
    if (row < 0 || row >= static_cast<int>(m_found.size())) {
        showStatus(m_ui->messageLabel, tr("Choose a villager from the list, add one, or serve anonymously."), true);
        return;
    }
    Q_EMIT chosen(m_found[static_cast<std::size_t>(row)]);
    accept();
}

void CustomerDialog::addNew()
{
    if (!m_ctx.session)
        return;
    const auto name = m_ui->nameEdit->text().trimmed().toStdString();
    const auto phone = m_ui->phoneEdit->text().trimmed().toStdString();
    if (auto why = CustomerService::invalidReason(name, phone)) {
        showStatus(m_ui->messageLabel, name.empty() ? tr("Enter the villager's name.") : tr("A phone number has 5 to 20 digits."), true);
        return;
    }
    auto id = m_ctx.svc.customers().add(*m_ctx.session, name, phone, m_ui->groupEdit->text().trimmed().toStdString());
    if (!id) {
        showStatus(m_ui->messageLabel, errorText(id.error(), *m_ctx.svc.context().zone()), true);
        return;
    }
    Q_EMIT chosen(m_ctx.svc.customers().byId(*id));
    accept();
}

}  // namespace cz::gui
