#pragma once
// cunzhan-ctl: the command line over the services. run() is the whole program, with its streams
// injected so tests can drive it.

#include <iosfwd>
#include <string>
#include <vector>

namespace cz::cli {

/// Runs one cunzhan-ctl command line (args[0] is the program name). Returns the exit status:
/// 0 success, 1 the command failed (or verify found problems), 2 usage error.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace cz::cli
