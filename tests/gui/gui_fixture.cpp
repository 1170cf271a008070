#include "gui_fixture.h"

#include "gui/login_page.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace cz::test {

void settleEvents()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

void loginWithPad(gui::MainWindow& w, const QString& name, const QString& pin)
{
    auto* users = w.findChild<QListWidget*>(QStringLiteral("userList"));
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
        auto* key = w.findChild<QPushButton*>(QStringLiteral("key%1").arg(c));
        ASSERT_NE(key, nullptr);
        QTest::mouseClick(key, Qt::LeftButton);
    }
    QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("loginButton")), Qt::LeftButton);
    settleEvents();
}

QString loginMessage(gui::MainWindow& w)
{
    return w.loginPage()->findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
}

QDialog* openDialog(gui::MainWindow& w, const QString& objectName)
{
    auto* d = w.findChild<QDialog*>(objectName);
    return d && d->isVisible() ? d : nullptr;
}

void clickOk(QDialog* d)
{
    QTest::mouseClick(d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    settleEvents();
}

}  // namespace cz::test
