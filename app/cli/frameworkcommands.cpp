// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll framework list | show | validate`: what frameworks exist and whether a file is one.
#include "command.h"
#include "textlayout.h"

#include "framework/frameworkcatalog.h"
#include "framework/frameworkreader.h"
#include "framework/frameworkwriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace wgll::cli {

namespace {

void reportCatalogProblems(const FrameworkCatalog &catalog, Console &console)
{
    // A broken file in the user's folder is worth a warning, not a failed command.
    for (const Error &e : catalog.problems())
        console.warn(e);
}

int list(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the frameworks available to assess against."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("framework list"), args, console, 0, 0); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")},
                                  QStringLiteral("framework list"), console, code);
    if (!fmt)
        return code;

    const FrameworkCatalog catalog = FrameworkCatalog::load();
    reportCatalogProblems(catalog, console);
    if (*fmt == u"json") {
        QJsonArray items;
        for (const FrameworkCatalog::Entry &e : catalog.entries()) {
            items.append(QJsonObject{{QStringLiteral("id"), e.framework.id},
                                     {QStringLiteral("version"), e.framework.version},
                                     {QStringLiteral("title"), e.framework.title},
                                     {QStringLiteral("variant"), e.framework.variant},
                                     {QStringLiteral("measureCount"), e.framework.measures.size()},
                                     {QStringLiteral("statementCount"), e.framework.indicatorCount()},
                                     {QStringLiteral("builtIn"), e.builtIn},
                                     {QStringLiteral("file"), e.builtIn ? QJsonValue() : e.fileName}});
        }
        console.out() << QJsonDocument(items).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("VERSION"), QStringLiteral("STATEMENTS"),
                     QStringLiteral("TITLE"), QStringLiteral("FROM")},
                    // A file name is copied whole, like an id: only the title wraps.
                    {false, false, true, false, false}, {false, false, false, true, false});
    for (const FrameworkCatalog::Entry &e : catalog.entries()) {
        table.addRow({e.framework.id, e.framework.version, QString::number(e.framework.indicatorCount()),
                      e.framework.title, e.builtIn ? QStringLiteral("built-in") : e.fileName});
    }
    console.print(table.toString());
    return ExitOk;
}

// A user's framework file is text from a file like any other: one-line fields are escaped
// whole (Console::safe) and then wrapped like the paragraphs (wrap() escapes nothing twice).
QString asText(const Framework &f, qsizetype width)
{
    const auto safe = [](const QString &text) { return Console::safe(text); };
    // `prefix` then `text` wrapped under the column where the text starts.
    const auto line = [width](const QString &prefix, const QString &text, qsizetype indent) -> QString {
        return prefix + wrap(text, width, indent, prefix.size()) + u'\n';
    };
    QString s;
    s += line(QString(), safe(f.title), 0);
    s += line(QString(), safe(f.id) + u' ' + safe(f.version) +
                             (f.supersedes.isEmpty() ? QString() : u" (supersedes " + safe(f.supersedes) + u')'),
              0);
    s += line(QStringLiteral("Publisher: "), safe(f.publisher), 11);
    s += line(QStringLiteral("Licence:   "), safe(f.licence), 11);
    s += line(QStringLiteral("Source:    "), safe(f.source), 11) + u'\n';
    s += QStringLiteral("Maturity scale %1 to %2\n").arg(f.scale.min).arg(f.scale.max);
    for (const ScaleLevel &l : f.scale.levels)
        s += line(QStringLiteral("  %1  ").arg(l.value), safe(l.label) + u": " + l.description, 6);
    for (const Measure &m : f.measures) {
        s += u'\n' + line(safe(m.id) + u"  ", safe(m.title), 3);
        for (const QString &para : m.summary.split(QStringLiteral("\n\n")))
            s += line(QStringLiteral("   "), para, 3);
        if (!f.lead.isEmpty())
            s += line(QStringLiteral("   "), safe(f.lead), 3);
        for (const Indicator &i : m.indicators) {
            const QString prefix = u"   " + safe(i.id).leftJustified(5) + u' ';
            s += line(prefix, i.text, prefix.size());
        }
    }
    if (!f.changes.isEmpty()) {
        s += QStringLiteral("\nChanges\n");
        for (const QString &c : f.changes)
            s += line(QStringLiteral("   "), c, 3);
    }
    if (!f.attribution.isEmpty())
        s += u'\n' + line(QString(), f.attribution, 0);
    return s;
}

int show(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show a framework: its scale, success measures and statements.\n"
                       "ID is a framework id (newest revision) or ID@VERSION, e.g. wgll-org@2021-08-31."));
    parser.addPositionalArgument(QStringLiteral("ID[@VERSION]"), QStringLiteral("The framework to show."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(format);
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("framework show"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    int code = ExitOk;
    const auto fmt = formatOption(parser, format, {QStringLiteral("text"), QStringLiteral("json")},
                                  QStringLiteral("framework show"), console, code);
    if (!fmt)
        return code;

    const QString wanted = parser.positionalArguments().constFirst();
    const FrameworkCatalog catalog = FrameworkCatalog::load();
    reportCatalogProblems(catalog, console);
    const FrameworkCatalog::Entry *entry = catalog.find(wanted);
    if (!entry) {
        return console.fail(Error{ErrorKind::NotFound, wanted, 0,
                                  QStringLiteral("no such framework (see 'wgll framework list')")});
    }
    if (*fmt == u"json")
        console.out() << FrameworkWriter::toBytes(entry->framework);
    else
        console.print(asText(entry->framework, terminalWidth()));
    return ExitOk;
}

int validate(const QStringList &args, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a framework definition file against the format (frameworks/framework.schema.json).\n"
        "Prints every fault with its JSON path; exit 65 when the file is not a valid framework."));
    parser.addPositionalArgument(QStringLiteral("FILE.json"), QStringLiteral("The framework file to check."));
    if (const ParsedArgs p = parseArgs(parser, QStringLiteral("framework validate"), args, console, 1, 1); !p.ok())
        return *p.exitCode;
    const QString fileName = parser.positionalArguments().constFirst();
    if (QFileInfo(fileName).isDir())
        return console.fail(Error{ErrorKind::NotFound, fileName, 0, QStringLiteral("is a folder, not a file")});
    FrameworkReader reader;
    const auto f = reader.readFile(fileName);
    if (!f)
        return console.fail(reader.errors());
    console.print(QStringLiteral("ok: %1 %2, %3 measures, %4 statements\n")
                      .arg(Console::safe(f->id), Console::safe(f->version))
                      .arg(f->measures.size())
                      .arg(f->indicatorCount()));
    return ExitOk;
}

} // namespace

QList<Command> frameworkCommands()
{
    return {
        {QStringLiteral("framework list"), QStringLiteral("List the built-in and user frameworks."), list},
        {QStringLiteral("framework show"), QStringLiteral("Show a framework's measures and statements."), show},
        {QStringLiteral("framework validate"), QStringLiteral("Check a framework definition file."), validate},
    };
}

} // namespace wgll::cli
