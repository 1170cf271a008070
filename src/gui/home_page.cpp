#include "gui/home_page.h"

#include "ui_home_page.h"

#include <QEvent>
#include <QShortcut>
#include <QToolButton>

namespace cz::gui {

HomePage::HomePage(GuiContext& ctx, QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::HomePage>()), m_ctx(ctx)
{
    m_ui->setupUi(this);
    m_ui->greetingLabel->setObjectName(QStringLiteral("pageTitle"));
    connect(m_ui->logoutButton, &QPushButton::clicked, this, &HomePage::logoutRequested);
    auto* logout = new QShortcut(QKeySequence(Qt::Key_F12), this);
    connect(logout, &QShortcut::activated, this, &HomePage::logoutRequested);
}

HomePage::~HomePage() = default;

QToolButton* HomePage::addTile(const QString& objectName, const char* title, const char* subtitle,
                               const QKeySequence& key, const QString& icon)
{
    auto* b = new QToolButton(m_ui->tileArea);
    b->setObjectName(objectName);
    b->setProperty("tile", true);
    m_tileList.push_back({b, title, subtitle, key, icon});
    retitle(m_tileList.back());
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setMinimumSize(260, 180);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(b, &QToolButton::clicked, this, [this, objectName] { Q_EMIT tileActivated(objectName); });
    auto* sc = new QShortcut(key, this);
    connect(sc, &QShortcut::activated, b, &QToolButton::click);
    m_ui->tileGrid->addWidget(b, m_tiles / 3, m_tiles % 3);
    ++m_tiles;
    return b;
}

void HomePage::retitle(const Tile& t)
{
    t.button->setText(t.icon + QStringLiteral("\n") + tr(t.title) + QStringLiteral("\n") + tr(t.subtitle) +
                      QStringLiteral("  (") + t.key.toString(QKeySequence::NativeText) + QStringLiteral(")"));
}

void HomePage::refresh()
{
    if (m_ctx.session)
        m_ui->greetingLabel->setText(tr("Hello, %1. What are we doing?").arg(QString::fromStdString(m_ctx.session->userName)));
}

void HomePage::changeEvent(QEvent* e)
{
    if (e->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (const auto& t : m_tileList)
            retitle(t);
        refresh();
    }
    QWidget::changeEvent(e);
}

}  // namespace cz::gui
