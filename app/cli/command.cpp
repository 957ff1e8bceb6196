// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "io/csvimport.h"

namespace wgll::cli {

ParsedArgs parseArgs(QCommandLineParser &parser, const QString &name, const QStringList &args, Console &console,
                     qsizetype minPositional, qsizetype maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show help for this command."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // QCommandLineParser treats the first element as the program name.
    QStringList full = args;
    full.prepend(u"wgll " + name);
    if (!parser.parse(full))
        return {console.usage(parser.errorText(), name)};
    if (parser.isSet(help)) {
        // helpText() names the program by argv[0]; show the command the user typed instead.
        QString text = parser.helpText();
        const qsizetype programEnd = text.indexOf(u' ', 7); // after "Usage: <program>"
        if (text.startsWith(u"Usage: ") && programEnd > 0)
            text.replace(7, programEnd - 7, u"wgll " + name);
        console.out() << text;
        console.out().flush();
        return {ExitOk};
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional)
        return {console.usage(QStringLiteral("missing arguments"), name)};
    if (n > maxPositional)
        return {console.usage(u"unexpected argument '" + parser.positionalArguments().at(maxPositional) + u'\'',
                              name)};
    return {};
}

std::optional<QString> formatOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                    const QStringList &allowed, const QString &command, Console &console,
                                    int &exitCode)
{
    const QString value = parser.isSet(option) ? parser.value(option) : allowed.first();
    if (!allowed.contains(value)) {
        exitCode = console.usage(u"unknown format '" + value + u"' (choose " + allowed.join(u", ") + u')', command);
        return std::nullopt;
    }
    return value;
}

std::optional<QList<CsvReader::Record>> readCsvWithHeader(const QString &csvName, const QStringList &header,
                                                          Console &console, int &code)
{
    CsvReader reader;
    auto records = reader.readFile(csvName);
    if (!records) {
        code = console.fail(reader.error());
        return std::nullopt;
    }
    if (const std::optional<Error> problem = csvimport::problemWithHeader(*records, header, csvName)) {
        code = console.fail(*problem);
        return std::nullopt;
    }
    return records;
}

} // namespace wgll::cli
