#pragma once
// Taking the cash: the amount received on the keypad or the keyboard, the change shown big.
// OK hands the amount to a submit function (which records the sale); an error keeps it open.

#include "core/money.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class TenderDialog;
}

namespace cz::gui {

class TenderDialog final : public QDialog {
    Q_OBJECT
public:
    /// Returns an empty string on success (the dialog closes) or the error to show.
    using Submit = std::function<QString(Money received)>;
    TenderDialog(Money total, Submit submit, QWidget* parent);
    ~TenderDialog() override;

    void setReceivedText(const QString& text);

private:
    void updateChange();
    void submit();

    std::unique_ptr<Ui::TenderDialog> m_ui;
    Money m_total;
    Submit m_submit;
};

}  // namespace cz::gui
