// SPDX-License-Identifier: GPL-3.0-or-later
// docs/cli.md and `--help` cannot drift apart (issue 20, item 7): every command and long option
// the program's help lists is in the reference, and every command the reference names exists.
#include "clirunner.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Cli;
using wgll::test::Run;

namespace {

QString cliDoc()
{
    const QByteArray bytes = wgll::test::readAll(wgll::test::sourceDir() + u"/docs/cli.md"_s);
    REQUIRE(!bytes.isEmpty());
    return QString::fromUtf8(bytes);
}

/// The lines of a help text's section (`Commands:`, `Options:`) up to the next blank line.
QStringList helpSection(const QString &help, const QString &title)
{
    const QStringList lines = help.split(u'\n');
    const qsizetype start = lines.indexOf(title);
    REQUIRE(start >= 0);
    QStringList section;
    for (qsizetype i = start + 1; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
        section.append(lines.at(i));
    return section;
}

/// The long options an Options: section lists, "--help" included: names at the start of a line,
/// not ones mentioned in a description.
QStringList longOptions(const QString &help)
{
    static const QRegularExpression option(u"^\\s+(?:-[A-Za-z], )?--([a-z][a-z0-9-]*)"_s);
    QStringList names;
    for (const QString &line : helpSection(help, u"Options:"_s)) {
        if (const QRegularExpressionMatch m = option.match(line); m.hasMatch())
            names.append(u"--"_s + m.captured(1));
    }
    return names;
}

/// The commands `wgll --help` lists, each with its own `--help`.
struct Help
{
    QString overview;
    QMap<QString, QString> commands;
    Help()
    {
        Cli wgll;
        const Run top = wgll({u"--help"_s});
        REQUIRE(top.exitCode == 0);
        overview = top.out;
        static const QRegularExpression entry(u"^  (\\S+(?: \\S+)*?)  +\\S"_s);
        for (const QString &line : helpSection(top.out, u"Commands:"_s)) {
            const QRegularExpressionMatch m = entry.match(line);
            REQUIRE(m.hasMatch());
            const Run help = wgll(m.captured(1).split(u' ') + QStringList{u"--help"_s});
            INFO(m.captured(1).toStdString());
            REQUIRE(help.exitCode == 0);
            commands.insert(m.captured(1), help.out);
        }
        REQUIRE(commands.size() >= 18);
    }
};

/// A heading of the reference and the text under it, up to the next heading.
struct Section
{
    QString heading;
    QString text;
};

QList<Section> sections(const QString &doc)
{
    QList<Section> all;
    bool inCode = false;
    for (const QString &line : doc.split(u'\n')) {
        if (line.startsWith(u"```"))
            inCode = !inCode;
        if (!inCode && line.startsWith(u'#'))
            all.append({line, QString()});
        else if (!all.isEmpty())
            all.last().text += line + u'\n';
    }
    return all;
}

/// Whether `text` names `word` as a whole option (`--format` but not `--formats`).
bool mentions(const QString &text, const QString &word)
{
    return text.contains(QRegularExpression(QRegularExpression::escape(word) + u"(?![A-Za-z0-9-])"_s));
}

/// Whether `conventions` defines `option` for every command: a list item or table row that starts
/// with it (`- \`--quiet\`: …`), not a passing mention such as "an unknown `--format`".
bool definesGlobally(const QString &conventions, const QString &option)
{
    return conventions.contains(QRegularExpression(u"^\\s*(?:[-*]|\\|)\\s*`"_s + QRegularExpression::escape(option) +
                                                       u"(?![A-Za-z0-9-])"_s,
                                                   QRegularExpression::MultilineOption));
}

/// Whether `heading` is the reference's section for `command`: a `wgll COMMAND …` in backquotes.
bool documents(const QString &heading, const QString &command)
{
    return heading.contains(QRegularExpression(u"`wgll "_s + QRegularExpression::escape(command) + u"[ `]"_s));
}

/// The part of the reference that applies to every command: its Conventions, subsections included.
QString conventions(const QList<Section> &all)
{
    QString text;
    bool in = false;
    for (const Section &s : all) {
        if (s.heading.startsWith(u"## "))
            in = s.heading == u"## Conventions";
        if (in)
            text += s.heading + u'\n' + s.text;
    }
    REQUIRE(!text.isEmpty());
    return text;
}

} // namespace

TEST_CASE("docs/cli.md documents every command and every option that wgll --help lists", "[cli][docs]")
{
    const Help help;
    const QString doc = cliDoc();
    const QList<Section> all = sections(doc);
    const QString general = conventions(all);
    for (const QString &option : longOptions(help.overview)) {
        INFO("wgll " << option.toStdString() << " is not in docs/cli.md");
        CHECK(mentions(doc, option));
    }
    for (auto c = help.commands.cbegin(); c != help.commands.cend(); ++c) {
        QString documented;
        for (const Section &s : all) {
            if (documents(s.heading, c.key()))
                documented += s.heading + u'\n' + s.text;
        }
        {
            INFO("docs/cli.md has no section whose heading is `wgll " << c.key().toStdString() << " …`");
            CHECK(!documented.isEmpty());
        }
        const QStringList options = longOptions(c.value());
        CHECK(options.contains(u"--help"_s)); // the parser really was read
        for (const QString &option : options) {
            // --help is promised for every command at the top of the reference.
            if (option == u"--help")
                continue;
            INFO("`wgll " << c.key().toStdString() << "` has " << option.toStdString()
                          << ", which is neither in its section of docs/cli.md nor defined in Conventions");
            CHECK((mentions(documented, option) || definesGlobally(general, option)));
        }
    }
}

TEST_CASE("every wgll command in docs/cli.md exists, with the options its heading shows", "[cli][docs]")
{
    const Help help;
    const QString doc = cliDoc();
    // `wgll COMMAND` in backquotes or after a shell prompt; a second word only when it is a word,
    // not a file name ("wgll gaps trust.wgll").
    static const QRegularExpression named(u"(?:`|\\$ )wgll ([a-z][a-z0-9-]*)(?: ([a-z][a-z0-9-]*)(?=[\\s`]|$))?"_s,
                                          QRegularExpression::MultilineOption);
    int seen = 0;
    for (QRegularExpressionMatchIterator i = named.globalMatch(doc); i.hasNext();) {
        const QRegularExpressionMatch m = i.next();
        const QString two = m.captured(1) + u' ' + m.captured(2);
        const bool exists = (!m.captured(2).isEmpty() && help.commands.contains(two)) ||
                            help.commands.contains(m.captured(1));
        INFO("docs/cli.md names `" << m.captured(0).toStdString() << "`, which wgll --help does not list");
        CHECK(exists);
        ++seen;
    }
    CHECK(seen >= 18);

    // The options in a heading's `wgll COMMAND [--option …]` are that command's.
    static const QRegularExpression span(u"`(wgll [^`]*)`"_s);
    static const QRegularExpression option(u"--[a-z][a-z0-9-]*"_s);
    for (const Section &s : sections(doc)) {
        for (QRegularExpressionMatchIterator i = span.globalMatch(s.heading); i.hasNext();) {
            const QString usage = i.next().captured(1);
            QString command;
            for (auto c = help.commands.cbegin(); c != help.commands.cend(); ++c) {
                if (QString(usage + u' ').startsWith(u"wgll "_s + c.key() + u' ') && c.key().size() > command.size())
                    command = c.key();
            }
            INFO(usage.toStdString());
            REQUIRE(!command.isEmpty());
            const QStringList options = longOptions(help.commands.value(command));
            for (QRegularExpressionMatchIterator o = option.globalMatch(usage); o.hasNext();) {
                const QString name = o.next().captured(0);
                INFO("docs/cli.md shows " << name.toStdString() << ", which `wgll " << command.toStdString()
                                          << " --help` does not list");
                CHECK(options.contains(name));
            }
        }
    }
}
