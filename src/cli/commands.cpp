#include "cli/commands.h"

namespace cz::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> table{
        {"init", "Create a new station database; the first supervisor's PIN is read from standard input.",
         {{"station", "Station name.", "NAME"}, {"supervisor", "First supervisor's name (default 站长).", "NAME"}},
         {},
         cmdInit},
        {"demo", "Create a demo station with history (supervisor 王芳 PIN 2580, agent 李强 PIN 1234) unless one exists.",
         {{"days", "Days of history (default 14).", "N"}},
         {},
         cmdDemo},
        {"user", "Manage users: 'user list', 'user add --name N --role agent|supervisor --by SUPERVISOR', "
                 "'user unlock --name N --by SUPERVISOR'. PINs are read from standard input, supervisor's first.",
         {{"name", "User name.", "NAME"}, {"role", "agent or supervisor.", "ROLE"}, {"by", "Approving supervisor.", "NAME"}},
         {"action"},
         cmdUser},
        {"verify", "Check integrity: SQLite, balanced entries, hash chain, running balances, never-negative accounts.",
         {},
         {},
         cmdVerify},
        {"balance", "One line per account: code, name, amount (debit positive).",
         {{"as-of", "Balances at the end of this business day (YYYY-MM-DD).", "DATE"}},
         {},
         cmdBalance},
        {"export-journal", "Write the journal for another tool to re-check.",
         {{"format", "Output format: hledger.", "FORMAT"}, {"output", "File to write (default standard output).", "FILE"}},
         {},
         cmdExportJournal},
        {"backup", "Consistent online copy of the database (works while the app runs).", {}, {"DEST"}, cmdBackup},
        {"simulate", "Write a realistic ledger through the services (tests and benchmarks).",
         {{"days", "Days to simulate.", "N"},
          {"entries-per-day", "Journal entries per day.", "M"},
          {"seed", "Random seed.", "S"},
          {"start", "First day (YYYY-MM-DD).", "DATE"},
          {"fast", "synchronous=OFF while simulating: only for throwaway benchmark databases.", ""}},
         {},
         cmdSimulate},
        {"audit", "Show the audit log, newest first.", {{"limit", "How many records (default 50).", "N"}}, {}, cmdAudit},
        {"sync", "One full sync with the marketplace: push the outbox, pull events and the catalog.",
         {{"no-catalog", "Skip the catalog feed.", ""}},
         {},
         cmdSync},
        {"sync-config", "Set the marketplace connection (supervisor): the token is read from standard input after "
                        "the supervisor's PIN. --show prints it (exit 1 when none is set).",
         {{"show", "Only print the current connection.", ""},
          {"url", "Marketplace base URL (https://…, or http://127.0.0.1:PORT).", "URL"},
          {"ca-file", "Extra CA certificate file for a private marketplace.", "FILE"},
          {"by", "Approving supervisor.", "NAME"}},
         {},
         cmdSyncConfig},
        {"outbox", "List ops for the marketplace, newest first.",
         {{"state", "Only this state: queued, sent, accepted, needs_attention.", "STATE"},
          {"limit", "How many (default 50).", "N"}},
         {},
         cmdOutbox},
    };
    return table;
}

}  // namespace cz::cli
