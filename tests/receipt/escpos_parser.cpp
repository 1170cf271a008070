#include "escpos_parser.h"

#include <QStringDecoder>

namespace cz::test {

QString ParsedJob::text() const
{
    QString out;
    for (const auto& l : lines)
        out += l.text + QLatin1Char('\n');
    return out;
}

std::vector<EscPosCommand> ParsedJob::find(const QByteArray& prefix) const
{
    std::vector<EscPosCommand> out;
    for (const auto& c : commands)
        if (c.bytes.startsWith(prefix))
            out.push_back(c);
    return out;
}

ParsedJob parseEscPos(const QByteArray& job)
{
    ParsedJob out;
    PrintedLine current;
    QByteArray text;
    const auto n = static_cast<std::size_t>(job.size());
    auto at = [&](std::size_t i) { return static_cast<unsigned char>(job[static_cast<qsizetype>(i)]); };
    auto command = [&](std::size_t start, std::size_t len) -> bool {
        if (start + len > n) {
            out.error = "truncated command at offset " + std::to_string(start);
            return false;
        }
        out.commands.push_back({job.mid(static_cast<qsizetype>(start), static_cast<qsizetype>(len)), start});
        return true;
    };
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = at(i);
        if (b == 0x0A) {
            QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
            current.bytes = text;
            current.text = decoder.decode(text);
            if (decoder.hasError())
                out.decodeError = true;
            out.lines.push_back(current);
            text.clear();
            ++i;
            continue;
        }
        if (b >= 0x20) {
            text.append(static_cast<char>(b));
            ++i;
            continue;
        }
        if (!text.isEmpty()) {
            out.error = "a command in the middle of a line at offset " + std::to_string(i);
            return out;
        }
        if (i + 1 >= n) {
            out.error = "dangling control byte";
            return out;
        }
        const unsigned char c = at(i + 1);
        std::size_t len = 0;
        if (b == 0x1B && c == '@') {
            len = 2;
            current = PrintedLine{};
        } else if (b == 0x1B && (c == 'a' || c == 'E' || c == 'd' || c == 'J')) {
            len = 3;
            if (i + 2 < n) {
                if (c == 'a')
                    current.align = at(i + 2);
                if (c == 'E')
                    current.bold = at(i + 2) != 0;
            }
        } else if (b == 0x1D && c == '!') {
            len = 3;
            if (i + 2 < n)
                current.gsSize = at(i + 2);
        } else if (b == 0x1C && c == '!') {
            len = 3;
            if (i + 2 < n)
                current.fsSize = at(i + 2);
        } else if (b == 0x1C && c == '&') {
            len = 2;
            current.chineseMode = true;
        } else if (b == 0x1D && c == '(' && i + 4 < n && at(i + 2) == 'k') {
            len = 5 + at(i + 3) + 256u * at(i + 4);
        } else if (b == 0x1D && c == 'v' && i + 7 < n && at(i + 2) == '0') {
            const std::size_t rowBytes = at(i + 4) + 256u * at(i + 5);
            const std::size_t rows = at(i + 6) + 256u * at(i + 7);
            len = 8 + rowBytes * rows;
        } else if (b == 0x1D && c == 'V') {
            len = (i + 2 < n && (at(i + 2) == 65 || at(i + 2) == 66)) ? 4 : 3;
        } else {
            out.error = "unknown command " + std::to_string(b) + " " + std::to_string(c) + " at offset " +
                        std::to_string(i);
            return out;
        }
        if (!command(i, len))
            return out;
        i += len;
    }
    if (!text.isEmpty())
        out.error = "text after the last line feed";
    return out;
}

}  // namespace cz::test
