#pragma once
// Test support: reads an ESC/POS job back into text lines (with the style each was printed in) and
// the commands between them. It knows exactly the commands the renderer may send; anything else
// is reported as an error, so an unexpected byte in the stream fails the test.

#include <QByteArray>
#include <QString>

#include <string>
#include <vector>

namespace cz::test {

struct PrintedLine {
    QByteArray bytes;  ///< GB18030 text as sent
    QString text;      ///< decoded
    int align = 0;     ///< ESC a
    bool bold = false; ///< ESC E
    int gsSize = 0;    ///< GS !
    int fsSize = 0;    ///< FS !
    bool chineseMode = false;
};

struct EscPosCommand {
    QByteArray bytes;  ///< the whole command, prefix included
    std::size_t offset = 0;
};

struct ParsedJob {
    std::vector<PrintedLine> lines;
    std::vector<EscPosCommand> commands;
    std::string error;  ///< empty when the stream parsed completely
    bool decodeError = false;

    /// The lines joined with '\n' (each line's text, then a newline).
    [[nodiscard]] QString text() const;
    /// Commands starting with `prefix`.
    [[nodiscard]] std::vector<EscPosCommand> find(const QByteArray& prefix) const;
};

ParsedJob parseEscPos(const QByteArray& job);

}  // namespace cz::test
