#pragma once
// The home screen: one big tile per job that works, and log out.

#include "gui/gui_context.h"

#include <QWidget>

#include <memory>
#include <vector>

class QToolButton;

namespace Ui {
class HomePage;
}

namespace cz::gui {

class HomePage final : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(GuiContext& ctx, QWidget* parent = nullptr);
    ~HomePage() override;

    /// Adds a tile (big button with an F-key). Tiles are added only for working features. Title
    /// and subtitle are untranslated source texts in the "cz::gui::HomePage" context (mark them
    /// with QT_TRANSLATE_NOOP), so the tile follows a language change.
    QToolButton* addTile(const QString& objectName, const char* title, const char* subtitle, const QKeySequence& key,
                         const QString& icon);
    void refresh();

Q_SIGNALS:
    void tileActivated(const QString& objectName);
    void logoutRequested();

protected:
    void changeEvent(QEvent* e) override;

private:
    struct Tile {
        QToolButton* button;
        const char* title;
        const char* subtitle;
        QKeySequence key;
        QString icon;
    };
    void retitle(const Tile& t);

    std::unique_ptr<Ui::HomePage> m_ui;
    std::vector<Tile> m_tileList;
    GuiContext& m_ctx;
    int m_tiles = 0;
};

}  // namespace cz::gui
