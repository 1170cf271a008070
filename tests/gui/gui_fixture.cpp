#include "gui_fixture.h"

#include "gui/login_page.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace cz::test {

void GuiFixture::SetUp()
{
    StationFixture::SetUp();
    m_language.apply(QStringLiteral("zh_CN"));
    buildWindow();
}

void GuiFixture::TearDown()
{
    m_window.reset();
    m_ctx.reset();
    StationFixture::TearDown();
}

void GuiFixture::buildWindow()
{
    m_ctx = std::make_unique<gui::GuiContext>(gui::GuiContext{*m_svc, std::nullopt});
    m_window = std::make_unique<gui::MainWindow>(*m_ctx, m_language);
    m_window->resize(1280, 800);
    m_window->show();
    settle();
}

void GuiFixture::restartApp()
{
    m_window.reset();
    m_ctx.reset();
    reopen();
    buildWindow();
}

void GuiFixture::settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

void GuiFixture::loginWithPad(const QString& name, const QString& pin)
{
    auto* users = child<QListWidget>(QStringLiteral("userList"));
    ASSERT_NE(users, nullptr);
    bool found = false;
    for (int i = 0; i < users->count(); ++i) {
        if (users->item(i)->text().startsWith(name)) {
            users->setCurrentRow(i);
            found = true;
        }
    }
    ASSERT_TRUE(found) << name.toStdString();
    for (QChar c : pin) {
        auto* key = child<QPushButton>(QStringLiteral("key%1").arg(c));
        ASSERT_NE(key, nullptr);
        QTest::mouseClick(key, Qt::LeftButton);
    }
    QTest::mouseClick(child<QPushButton>(QStringLiteral("loginButton")), Qt::LeftButton);
    settle();
}

QString GuiFixture::loginMessage() const
{
    return m_window->loginPage()->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
}

QDialog* GuiFixture::dialog(const QString& objectName) const
{
    auto* d = m_window->findChild<QDialog*>(objectName);
    return d && d->isVisible() ? d : nullptr;
}

void GuiFixture::clickOk(QDialog* d)
{
    QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settle();
}

}  // namespace cz::test
