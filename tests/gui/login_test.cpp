#include "gui_fixture.h"

#include "gui/home_page.h"
#include "gui/login_page.h"
#include "gui/widgets/status_strip.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace cz;
using namespace cz::test;

namespace {

class LoginGui : public test::GuiFixture {};

TEST_F(LoginGui, CorrectPinOnThePadReachesHome)
{
    loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));
    EXPECT_EQ(m_window->currentPage(), m_window->homePage());
    ASSERT_TRUE(m_ctx->session.has_value());
    EXPECT_EQ(m_ctx->session->userName, "李店员");
    EXPECT_TRUE(m_window->homePage()->findChild<QWidget*>(QStringLiteral("cashTile"))->isVisible());
    EXPECT_TRUE(child<QLabel>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("李店员")));
}

TEST_F(LoginGui, FiveWrongPinsLockAndTheLockSurvivesARestart)
{
    for (int i = 1; i <= 4; ++i) {
        loginWithPad(QStringLiteral("李店员"), QStringLiteral("9999"));
        EXPECT_EQ(m_window->currentPage(), m_window->loginPage());
        EXPECT_TRUE(loginMessage().contains(QStringLiteral("还可以再试 %1 次").arg(5 - i))) << loginMessage().toStdString();
    }
    loginWithPad(QStringLiteral("李店员"), QStringLiteral("9999"));
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("锁定"))) << loginMessage().toStdString();

    restartApp();
    loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));  // the right PIN, but locked
    EXPECT_EQ(m_window->currentPage(), m_window->loginPage());
    EXPECT_FALSE(m_ctx->session.has_value());
    EXPECT_TRUE(loginMessage().contains(QStringLiteral("锁定"))) << loginMessage().toStdString();
    // The supervisor is unaffected.
    loginWithPad(QStringLiteral("王站长"), QStringLiteral("2580"));
    EXPECT_EQ(m_window->currentPage(), m_window->homePage());
}

TEST_F(LoginGui, KeyboardEntryAndShortPins)
{
    auto* pin = child<QLineEdit>(QStringLiteral("pinEdit"));
    pin->setFocus();
    QTest::keyClicks(pin, QStringLiteral("12"));
    QTest::keyClick(pin, Qt::Key_Return);
    EXPECT_EQ(m_window->currentPage(), m_window->loginPage());
    EXPECT_FALSE(loginMessage().isEmpty());
    QTest::keyClicks(pin, QStringLiteral("ab"));  // letters never reach the field
    EXPECT_TRUE(pin->text().isEmpty());
    auto* users = child<QListWidget>(QStringLiteral("userList"));
    for (int i = 0; i < users->count(); ++i)
        if (users->item(i)->text().startsWith(QStringLiteral("王站长")))
            users->setCurrentRow(i);
    QTest::keyClicks(pin, QStringLiteral("2580"));
    QTest::keyClick(pin, Qt::Key_Return);
    EXPECT_EQ(m_window->currentPage(), m_window->homePage());
    QTest::keyClick(m_window.get(), Qt::Key_F12);
    EXPECT_EQ(m_window->currentPage(), m_window->loginPage());
    EXPECT_FALSE(m_ctx->session.has_value());
}

}  // namespace
