// Cross-check: the hledger export of a simulated ledger, fed to hledger itself, gives the same
// balances as `cunzhan-ctl balance`.

#include "cli/ctl.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

using namespace cz;

namespace {

std::string runCtl(std::vector<std::string> args)
{
    // Not args.insert(begin): g++ 12 -O2 reports a false -Wnull-dereference in its reallocation.
    std::vector<std::string> argv(args.size() + 1);
    argv[0] = "cunzhan-ctl";
    std::move(args.begin(), args.end(), argv.begin() + 1);
    args = std::move(argv);
    std::istringstream in;
    std::ostringstream out, err;
    EXPECT_EQ(cli::run(args, in, out, err), 0) << err.str();
    return out.str();
}

std::string shell(const std::string& cmd)
{
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p)
        return out;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;)
        out.append(buf, n);
    EXPECT_EQ(::pclose(p), 0) << cmd;
    return out;
}

std::string unquote(std::string s)
{
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.substr(1, s.size() - 2);
    return s;
}

TEST(HledgerCrossCheck, SameBalancesAsCunzhan)
{
    test::TempDir dir;
    const std::string db = dir.file("s.db");
    const std::string journal = dir.file("journal.hledger");
    runCtl({"simulate", "--db", db, "--days", "40", "--entries-per-day", "25", "--seed", "11", "--fast"});
    runCtl({"export-journal", "--db", db, "--format", "hledger", "--output", journal});

    std::map<std::string, std::string> ours;
    std::istringstream bal(runCtl({"balance", "--db", db}));
    for (std::string line; std::getline(bal, line);) {
        const auto t1 = line.find('\t'), t2 = line.rfind('\t');
        const std::string amount = line.substr(t2 + 1);
        if (amount != "0.00")
            ours[line.substr(0, t1)] = amount;
    }
    ASSERT_GE(ours.size(), 3u);

    std::map<std::string, std::string> theirs;
    std::istringstream csv(shell("hledger -f '" + journal + "' balance --flat -O csv"));
    for (std::string line; std::getline(csv, line);) {
        const auto comma = line.find(',');
        const std::string account = unquote(line.substr(0, comma));
        std::string amount = unquote(line.substr(comma + 1));
        if (account == "account" || account == "total")
            continue;
        ASSERT_EQ(amount.rfind("CNY ", 0), 0u) << line;
        amount = amount.substr(4);
        amount.erase(std::remove(amount.begin(), amount.end(), ','), amount.end());
        theirs[account] = amount;
    }
    EXPECT_EQ(ours, theirs);
}

}  // namespace
