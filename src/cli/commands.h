#pragma once
// The table of cunzhan-ctl commands and what each handler receives.

#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cz::cli {

struct Invocation {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    std::string db;
    std::map<std::string, std::string> options;  ///< set options; flags have the value "1"
    std::vector<std::string> positionals;

    [[nodiscard]] std::optional<std::string> opt(const std::string& name) const
    {
        auto it = options.find(name);
        return it == options.end() ? std::nullopt : std::optional(it->second);
    }
};

struct OptionSpec {
    std::string name;
    std::string help;
    std::string valueName;  ///< empty for a flag
};

struct Command {
    std::string name;
    std::string summary;
    std::vector<OptionSpec> options;
    std::vector<std::string> positionals;
    std::function<int(Invocation&)> handler;
};

const std::vector<Command>& commands();

// Handlers, grouped by file.
int cmdInit(Invocation& inv);
int cmdDemo(Invocation& inv);
int cmdUser(Invocation& inv);
int cmdVerify(Invocation& inv);
int cmdBalance(Invocation& inv);
int cmdExportJournal(Invocation& inv);
int cmdBackup(Invocation& inv);
int cmdSimulate(Invocation& inv);
int cmdAudit(Invocation& inv);
int cmdSync(Invocation& inv);
int cmdSyncConfig(Invocation& inv);
int cmdOutbox(Invocation& inv);

}  // namespace cz::cli
