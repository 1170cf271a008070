#include "gui/denomination_dialog.h"

#include "gui/gui_text.h"
#include "ui_denomination_dialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace cz::gui {

QString denominationLabel(std::int64_t fen)
{
    if (fen >= 100)
        return QStringLiteral("¥%1").arg(fen / 100);
    return QCoreApplication::translate("cz::gui::DenominationDialog", "%1 jiao (¥0.%1)").arg(fen / 10);
}

DenominationDialog::DenominationDialog(const QString& title, const QString& intro, std::optional<Money> expected,
                                       Submit submit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DenominationDialog>()), m_submit(std::move(submit)), m_expected(expected)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->introLabel->setText(intro);
    int row = 0;
    for (auto fen : kDenominations) {
        auto* label = new QLabel(denominationLabel(fen), m_ui->countArea);
        auto* spin = new QSpinBox(m_ui->countArea);
        spin->setObjectName(QStringLiteral("count_%1").arg(fen));
        spin->setRange(0, 99999);
        spin->setMinimumWidth(140);
        auto* sub = new QLabel(money(Money()), m_ui->countArea);
        sub->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        sub->setMinimumWidth(160);
        m_ui->countGrid->addWidget(label, row % 4, (row / 4) * 3);
        m_ui->countGrid->addWidget(spin, row % 4, (row / 4) * 3 + 1);
        m_ui->countGrid->addWidget(sub, row % 4, (row / 4) * 3 + 2);
        m_spins[fen] = spin;
        m_subtotals[fen] = sub;
        connect(spin, &QSpinBox::valueChanged, this, &DenominationDialog::updateTotal);
        ++row;
    }
    m_ui->totalLabel->setObjectName(QStringLiteral("bigAmount"));
    m_ui->messageLabel->setProperty("error", true);
    if (m_expected)
        m_ui->expectedLabel->setText(tr("Drawer should hold: %1").arg(money(*m_expected)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DenominationDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTotal();
}

DenominationDialog::~DenominationDialog() = default;

void DenominationDialog::setCount(const DenominationCount& count)
{
    for (auto& [fen, spin] : m_spins) {
        auto it = count.find(fen);
        spin->setValue(it == count.end() ? 0 : static_cast<int>(it->second));
    }
}

void DenominationDialog::setNote(const QString& note) { m_ui->noteEdit->setText(note); }

Money DenominationDialog::total() const
{
    DenominationCount c;
    for (const auto& [fen, spin] : m_spins)
        c[fen] = spin->value();
    auto t = countTotal(c);
    return t ? t.value() : Money();
}

void DenominationDialog::updateTotal()
{
    for (const auto& [fen, spin] : m_spins)
        m_subtotals[fen]->setText(money(Money::fromFen(fen) * spin->value()));
    const Money t = total();
    m_ui->totalLabel->setText(money(t));
    if (m_expected) {
        const Money diff = t - *m_expected;
        if (diff.isZero())
            m_ui->expectedLabel->setText(tr("Drawer should hold: %1 — matches").arg(money(*m_expected)));
        else
            m_ui->expectedLabel->setText(tr("Drawer should hold: %1 — difference %2").arg(money(*m_expected), money(diff)));
    }
}

void DenominationDialog::submit()
{
    Input in;
    for (const auto& [fen, spin] : m_spins)
        if (spin->value() > 0)
            in.count[fen] = spin->value();
    in.total = total();
    in.note = m_ui->noteEdit->text().trimmed();
    const QString error = m_submit(in);
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(error);
}

}  // namespace cz::gui
