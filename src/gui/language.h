#pragma once
// Switches the UI language at run time: the app's own translations (zh_CN default, en) and Qt's.

#include <QString>
#include <QTranslator>

namespace cz::gui {

class Language final {
public:
    /// Installs the translators for "zh_CN" or "en" on the running application. Widgets get a
    /// LanguageChange event and retranslate themselves.
    void apply(const QString& language);
    [[nodiscard]] QString current() const { return m_current; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
};

}  // namespace cz::gui
