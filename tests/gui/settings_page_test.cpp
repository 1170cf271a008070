#include "gui_fixture.h"

#include "gui/settings_page.h"

#include <QComboBox>
#include <QLabel>
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

TEST_F(SettingsGui, ASupervisorSetsTheFloatToKeepBadTextChangesNothing)
{
    loginWithPad(QStringLiteral("王站长"), QStringLiteral("2580"));
    m_window->showSettings();
    settle();
    auto* page = m_window->findChild<gui::SettingsPage*>();
    ASSERT_NE(page, nullptr);
    auto* keep = child<QLineEdit>(QStringLiteral("floatEdit"));
    ASSERT_TRUE(keep->isEnabled());
    EXPECT_EQ(keep->text(), QStringLiteral("500.00"));
    for (const char* bad : {"abc", "-5", "100001"}) {
        keep->setText(QString::fromLatin1(bad));
        QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        settle();
        EXPECT_EQ(m_svc->settings().floatTarget(), Money::fromYuan(500)) << bad;
        const QString shown = page->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
        EXPECT_TRUE(shown.startsWith(QStringLiteral("留存备用金"))) << bad << ": " << shown.toStdString();
    }
    keep->setText(QStringLiteral("800"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    settle();
    EXPECT_EQ(m_svc->settings().floatTarget(), Money::fromYuan(800));
    EXPECT_EQ(keep->text(), QStringLiteral("800.00"));
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
