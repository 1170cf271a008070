#include "cli/ctl.h"

#include "cli/commands.h"

#include <QCommandLineParser>
#include <QStringList>

#include <ostream>

namespace cz::cli {

namespace {

void usage(std::ostream& out)
{
    out << "usage: cunzhan-ctl <command> --db PATH [options]\n\ncommands:\n";
    for (const auto& c : commands())
        out << "  " << c.name << std::string(c.name.size() < 16 ? 16 - c.name.size() : 1, ' ') << c.summary << "\n";
    out << "\n'cunzhan-ctl <command> --help' shows a command's options.\n";
}

}  // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err)
{
    if (args.size() < 2 || args[1] == "--help" || args[1] == "-h" || args[1] == "help") {
        usage(args.size() < 2 ? err : out);
        return args.size() < 2 ? 2 : 0;
    }
    const Command* cmd = nullptr;
    for (const auto& c : commands())
        if (c.name == args[1])
            cmd = &c;
    if (!cmd) {
        err << "cunzhan-ctl: unknown command '" << args[1] << "'\n";
        usage(err);
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromStdString(cmd->summary));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addOption(QCommandLineOption(QStringLiteral("db"), QStringLiteral("Station database file."), QStringLiteral("PATH")));
    for (const auto& o : cmd->options) {
        if (o.valueName.empty())
            parser.addOption(QCommandLineOption(QString::fromStdString(o.name), QString::fromStdString(o.help)));
        else
            parser.addOption(QCommandLineOption(QString::fromStdString(o.name), QString::fromStdString(o.help),
                                                QString::fromStdString(o.valueName)));
    }
    for (const auto& p : cmd->positionals)
        parser.addPositionalArgument(QString::fromStdString(p), QString());

    QStringList qargs;
    qargs << QStringLiteral("cunzhan-ctl");
    for (std::size_t i = 2; i < args.size(); ++i)
        qargs << QString::fromStdString(args[i]);
    if (!parser.parse(qargs)) {
        err << "cunzhan-ctl " << cmd->name << ": " << parser.errorText().toStdString() << "\n";
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("cunzhan-ctl"), QStringLiteral("cunzhan-ctl ") + QString::fromStdString(cmd->name)).toStdString();
        return 0;
    }
    Invocation inv{in, out, err, {}, {}, {}};
    inv.db = parser.value(QStringLiteral("db")).toStdString();
    if (inv.db.empty()) {
        err << "cunzhan-ctl " << cmd->name << ": --db PATH is required\n";
        return 2;
    }
    for (const auto& o : cmd->options) {
        if (parser.isSet(QString::fromStdString(o.name)))
            inv.options[o.name] = o.valueName.empty() ? std::string("1") : parser.value(QString::fromStdString(o.name)).toStdString();
    }
    for (const auto& p : parser.positionalArguments())
        inv.positionals.push_back(p.toStdString());
    if (inv.positionals.size() != cmd->positionals.size()) {
        err << "cunzhan-ctl " << cmd->name << ": expected " << cmd->positionals.size() << " argument(s)";
        for (const auto& p : cmd->positionals)
            err << " " << p;
        err << "\n";
        return 2;
    }
    return cmd->handler(inv);
}

}  // namespace cz::cli
