// GoogleTest main for GUI tests: a QApplication on the offscreen platform, Chinese UI by default.
#include <QApplication>
#include <QFont>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC"), 15));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
