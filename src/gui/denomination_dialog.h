#pragma once
// Counting cash by denomination (open and close of the day): one row per note and coin, the live
// total, an optional expected figure, and a note. OK hands the count to a submit function; an
// error keeps the dialog open with the reason, nothing changed.

#include "core/denominations.h"

#include <QDialog>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QSpinBox;
class QLabel;

namespace Ui {
class DenominationDialog;
}

namespace cz::gui {

class DenominationDialog final : public QDialog {
    Q_OBJECT
public:
    struct Input {
        DenominationCount count;
        Money total;
        QString note;
    };
    /// Returns an empty string on success (the dialog closes) or the error to show.
    using Submit = std::function<QString(const Input&)>;

    DenominationDialog(const QString& title, const QString& intro, std::optional<Money> expected, Submit submit,
                       QWidget* parent);
    ~DenominationDialog() override;

    /// Replaces the submit function (when it needs the dialog itself).
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    void setCount(const DenominationCount& count);
    void setNote(const QString& note);
    [[nodiscard]] Money total() const;

private:
    void updateTotal();
    void submit();

    std::unique_ptr<Ui::DenominationDialog> m_ui;
    Submit m_submit;
    std::optional<Money> m_expected;
    std::map<std::int64_t, QSpinBox*> m_spins;
    std::map<std::int64_t, QLabel*> m_subtotals;
};

/// "¥100", "¥5", "5角" … for a denomination in fen.
QString denominationLabel(std::int64_t fen);

}  // namespace cz::gui
