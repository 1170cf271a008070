#include "cli/pin_prompt.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>

namespace cz::cli {

std::optional<std::string> readPin(std::istream& in, std::ostream& err, const std::string& prompt)
{
    const bool tty = &in == &std::cin && ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (tty) {
        err << prompt << std::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    const bool got = static_cast<bool>(std::getline(in, line));
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << "\n";
    }
    if (!got)
        return std::nullopt;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
        line.pop_back();
    return line;
}

}  // namespace cz::cli
