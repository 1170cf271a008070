#include "gui_fixture.h"

#include "gui/settings_page.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cz;
using namespace cz::test;

namespace {

class SettingsGui : public test::GuiFixture {};

TEST_F(SettingsGui, LanguageSwitchRetranslatesEveryScreen)
{
    loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));
    m_window->showSettings();
    auto* combo = child<QComboBox>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_svc->settings().language(), "en");
    EXPECT_EQ(child<QPushButton>(QStringLiteral("saveButton"))->text(), QStringLiteral("Save settings"));
    EXPECT_EQ(child<QPushButton>(QStringLiteral("openDayButton"))->text(), QStringLiteral("Open day (F5)"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    settle();
    EXPECT_EQ(child<QPushButton>(QStringLiteral("openDayButton"))->text(), QStringLiteral("开账 (F5)"));
}

TEST_F(SettingsGui, AgentsCannotChangeTheTimeZoneButCanUnlockWithASupervisor)
{
    auto other = m_svc->auth().addUser(m_supervisor, "赵店员", Role::Agent, "5555");
    ASSERT_TRUE(other.ok());
    for (int i = 0; i < 5; ++i)
        (void)m_svc->auth().login(*other, "0000");

    loginWithPad(QStringLiteral("李店员"), QStringLiteral("1234"));
    m_window->showSettings();
    settle();
    EXPECT_FALSE(child<QComboBox>(QStringLiteral("zoneCombo"))->isEnabled());
    auto* table = child<QTableWidget>(QStringLiteral("usersTable"));
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("赵店员"))
            table->selectRow(r);
    QTest::mouseClick(child<QPushButton>(QStringLiteral("unlockButton")), Qt::LeftButton);
    settle();
    QDialog* sup = dialog(QStringLiteral("supervisorDialog"));
    ASSERT_NE(sup, nullptr);
    sup->findChild<QLineEdit*>(QStringLiteral("pinEdit"))->setText(QStringLiteral("2580"));
    clickOk(sup);
    EXPECT_TRUE(m_svc->auth().login(*other, "5555").ok());
}

}  // namespace
