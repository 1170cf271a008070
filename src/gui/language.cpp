#include "gui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace cz::gui {

void Language::apply(const QString& language)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_current = language == QStringLiteral("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    // Source strings are English; the en catalogue only carries plural forms.
    if (m_app.load(QStringLiteral(":/i18n/cunzhan_%1.qm").arg(m_current)))
        QCoreApplication::installTranslator(&m_app);
    if (m_current != QStringLiteral("en") &&
        m_qt.load(QStringLiteral("qtbase_%1").arg(m_current), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(m_current));
}

}  // namespace cz::gui
