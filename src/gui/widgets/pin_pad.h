#pragma once
// A touch-friendly 0–9 keypad with Clear and Backspace.

#include <QWidget>

#include <memory>

namespace Ui {
class PinPad;
}

namespace cz::gui {

class PinPad final : public QWidget {
    Q_OBJECT
public:
    explicit PinPad(QWidget* parent = nullptr);
    ~PinPad() override;

Q_SIGNALS:
    void digitPressed(QChar digit);
    void clearPressed();
    void backspacePressed();

protected:
    void changeEvent(QEvent* e) override;

private:
    std::unique_ptr<Ui::PinPad> m_ui;
};

}  // namespace cz::gui
