#pragma once
// Reading a PIN from standard input: a prompt without echo when it is a terminal, a plain line when
// it is a pipe (scripts and tests).

#include <iosfwd>
#include <optional>
#include <string>

namespace cz::cli {

std::optional<std::string> readPin(std::istream& in, std::ostream& err, const std::string& prompt);

}  // namespace cz::cli
