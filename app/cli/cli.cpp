// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "command.h"
#include "qtmessages.h"
#include "textlayout.h"

#include <QCoreApplication>

namespace wgll::cli {

namespace {

QList<Command> allCommands()
{
    QList<Command> commands;
    commands += frameworkCommands();
    commands += documentCommands();
    commands += scoringCommands();
    commands += reportCommands();
    commands += workshopCommands();
    commands += workshopHostCommands();
    commands += actionCommands();
    commands += recoverCommands();
    commands += boardPaperCommands();
    commands += benchmarkCommands();
    return commands;
}

QString overview(const QList<Command> &commands)
{
    QString s = QStringLiteral("Usage: wgll COMMAND [ARGS] [--help]\n\n"
                               "WGLL Workbench command line: What Good Looks Like digital maturity assessments.\n\n"
                               "Commands:\n");
    TextTable table({QString(), QString()});
    for (const Command &c : commands)
        table.addRow({u"  " + c.name, c.summary});
    // Drop the table's empty header line.
    s += table.toString().section(u'\n', 1);
    s += QStringLiteral("\nOptions:\n  -h, --help     Show this help.\n  -v, --version  Show the version.\n"
                        "  --quiet        No warnings (errors are still printed); with any command.\n"
                        "  --verbose      Also show the Qt library's own warnings; with any command.\n\n"
                        "Exit codes: 0 ok, 64 usage, 65 bad input data, 66 input missing, 73 cannot create "
                        "output,\n74 I/O error, 75 in use or changed on disk, 77 not permitted.\n");
    return s;
}

/// The options every command takes, wherever they stand on the line (before a `--`).
struct GlobalOptions
{
    bool quiet = false;
    bool verbose = false;
    bool json = false;
    QStringList rest; ///< the arguments without --quiet and --verbose
};

GlobalOptions globalOptions(const QStringList &args)
{
    GlobalOptions g;
    bool options = true;
    bool toFile = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (options && a == u"--") {
            options = false;
        } else if (options && (a == u"--quiet" || a == u"--verbose")) {
            (a == u"--quiet" ? g.quiet : g.verbose) = true;
            continue;
        } else if (options && (a == u"--format" || a == u"-format") && i + 1 < args.size()) {
            g.json = g.json || args.at(i + 1) == u"json";
        } else if (options && (a == u"--format=json" || a == u"-format=json")) {
            g.json = true;
        } else if (options && (a == u"-o" || a == u"--output") && i + 1 < args.size()) {
            toFile = args.at(i + 1) != u"-";
        } else if (options && (a.startsWith(u"-o=") || a.startsWith(u"--output="))) {
            toFile = a.section(u'=', 1) != u"-";
        }
        g.rest.append(a);
    }
    // JSON on standard output, JSON errors: the script reads one format. A JSON file written
    // with -o is a document like any other, and its errors stay the usual text line.
    g.json = g.json && !toFile;
    return g;
}

} // namespace

bool wantsVerbose(const QStringList &arguments)
{
    return globalOptions(arguments.mid(1)).verbose;
}

int run(const QStringList &arguments)
{
    Console console;
    const QList<Command> commands = allCommands();
    const GlobalOptions global = globalOptions(arguments.mid(1));
    console.setQuiet(global.quiet);
    // A script that asked for JSON reads its errors as JSON too; usage errors included.
    console.setJsonErrors(global.json);
    setQtMessagesVerbose(global.verbose);
    const QStringList &args = global.rest;
    if (args.isEmpty())
        return console.usage(QStringLiteral("no command given"));
    const QString first = args.constFirst();
    if (first == u"-h" || first == u"--help" || first == u"help") {
        console.out() << overview(commands);
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        console.out() << "wgll " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    // Match the longest command name: "framework show" before a bare "framework".
    const Command *best = nullptr;
    qsizetype bestWords = 0;
    for (const Command &c : commands) {
        const QStringList words = c.name.split(u' ');
        if (words.size() <= args.size() && args.mid(0, words.size()) == words && words.size() > bestWords) {
            best = &c;
            bestWords = words.size();
        }
    }
    if (!best) {
        QStringList group;
        for (const Command &c : commands) {
            if (c.name.startsWith(first + u' '))
                group.append(c.name.section(u' ', 1, 1));
        }
        if (!group.isEmpty())
            return console.usage(u"'" + first + u"' needs one of: " + group.join(u", "));
        return console.usage(u"unknown command '" + first + u'\'');
    }
    return best->run(args.mid(bestWords), console);
}

} // namespace wgll::cli
