#include "gui/widgets/pin_pad.h"

#include "ui_pin_pad.h"

#include <QEvent>

namespace cz::gui {

PinPad::PinPad(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::PinPad>())
{
    m_ui->setupUi(this);
    const QList<QPushButton*> keys{m_ui->key0, m_ui->key1, m_ui->key2, m_ui->key3, m_ui->key4,
                                   m_ui->key5, m_ui->key6, m_ui->key7, m_ui->key8, m_ui->key9};
    for (int d = 0; d < keys.size(); ++d) {
        keys[d]->setFocusPolicy(Qt::NoFocus);  // typing stays in the PIN field
        keys[d]->setMinimumSize(88, 64);
        connect(keys[d], &QPushButton::clicked, this, [this, d] { Q_EMIT digitPressed(QChar(u'0' + d)); });
    }
    for (auto* b : {m_ui->clearKey, m_ui->backKey}) {
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumSize(88, 64);
    }
    connect(m_ui->clearKey, &QPushButton::clicked, this, &PinPad::clearPressed);
    connect(m_ui->backKey, &QPushButton::clicked, this, &PinPad::backspacePressed);
}

PinPad::~PinPad() = default;

void PinPad::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(e);
}

}  // namespace cz::gui
