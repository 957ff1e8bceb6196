// SPDX-License-Identifier: GPL-3.0-or-later
// Text output fits the terminal (issue 20): every read command laid out for COLUMNS, the terminal's
// own width, or 80; statement text wraps inside its column; no number or id is ever cut.
#include "clirunner.h"

#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>

using wgll::test::Run;

namespace {

/// 72 characters, the longest trust name the issue measured (`rollup` was 90 columns wide).
const QString LongName =
    QStringLiteral("Northshire, Southmoor and Eastwick Community and Mental Health NHS Trust");

/// The demo's two years (one under the long name), with evidence: a file for several statements
/// and a note with a long title holding a long web address.
struct Demo : wgll::test::Cli
{
    QString file = path(QStringLiteral("2026.wgll"));
    QString baseline = path(QStringLiteral("2025.wgll"));

    Demo()
    {
        REQUIRE(LongName.size() == 72);
        const QString demo = wgll::test::sourceDir() + u"/resources/demo/";
        make(baseline, demo + u"northshire-2025-responses.csv", QStringLiteral("2025/26"), LongName, {});
        make(file, demo + u"northshire-responses.csv", QStringLiteral("2026/27"),
             QStringLiteral("Northshire Hospitals NHS FT"), baseline);
        REQUIRE(run({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("1.1,1.2,2.1,3.5,4.1"),
                     demo + u"clinical-safety-case.txt", QStringLiteral("--title"),
                     QStringLiteral("Clinical safety case for the electronic patient record, DCB0129 and "
                                    "DCB0160, signed off by the clinical safety officer")})
                    .exitCode == 0);
        REQUIRE(run({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("2.2"),
                     QStringLiteral("--note"), QStringLiteral("--title"),
                     // A web address longer than the narrowest title column: split, as nothing else fits.
                     QStringLiteral("Board minutes 14 March 2026, item 7: digital strategy approved, "
                                    "https://www.england.nhs.uk/digitaltechnology/what-good-looks-like/"),
                     QStringLiteral("Minutes")})
                    .exitCode == 0);
    }
    void make(const QString &name, const QString &csv, const QString &period, const QString &organisation,
              const QString &from)
    {
        QStringList args{QStringLiteral("new"), name, QStringLiteral("--organisation"), organisation,
                         QStringLiteral("--period"), period};
        args << (from.isEmpty() ? QStringList{QStringLiteral("--framework"), QStringLiteral("wgll-org")}
                                : QStringList{QStringLiteral("--baseline"), from});
        REQUIRE(run(args).exitCode == 0);
        REQUIRE(run({QStringLiteral("import"), name, csv}).exitCode == 0);
    }
    Run run(const QStringList &args, const QProcessEnvironment &env = {}) const
    {
        const Run r = wgll::test::runProgram(program(), args, home.path(), env);
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r;
    }
    /// Every read command's text output.
    QList<QStringList> commands() const
    {
        return {
            {QStringLiteral("summary"), file},
            {QStringLiteral("summary"), file, QStringLiteral("--explain"), QStringLiteral("--what-if"),
             QStringLiteral("3")},
            {QStringLiteral("gaps"), file},
            {QStringLiteral("compare"), baseline, file},
            {QStringLiteral("rollup"), baseline, file, QStringLiteral("--latest")},
            {QStringLiteral("framework"), QStringLiteral("list")},
            {QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("wgll-org")},
            {QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("wgll-ics@2021-08-31")},
            {QStringLiteral("evidence"), QStringLiteral("list"), file},
            {QStringLiteral("check"), file},
        };
    }
};

QProcessEnvironment columns(const QString &value)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("COLUMNS"), value);
    return env;
}

qsizetype widest(const QString &text)
{
    qsizetype w = 0;
    for (const QString &line : text.split(u'\n'))
        w = std::max(w, line.size());
    return w;
}

/// How often each number (a score, a count, an id such as 2.1, a date's parts) occurs. A number
/// cut across two lines counts as two other numbers, so it shows as one fewer of its own.
QMap<QString, int> numbers(const QString &text)
{
    QMap<QString, int> found;
    static const QRegularExpression number(QStringLiteral("\\d+(?:\\.\\d+)*"));
    for (auto it = number.globalMatch(text); it.hasNext();)
        ++found[it.next().captured()];
    return found;
}

} // namespace

TEST_CASE("every read command's text fits COLUMNS and keeps every number whole", "[cli][width]")
{
    Demo demo;
    for (const QStringList &args : demo.commands()) {
        const Run wide = demo.run(args, columns(QStringLiteral("200")));
        const QMap<QString, int> all = numbers(wide.out);
        for (const int width : {80, 60, 40}) {
            const Run narrow = demo.run(args, columns(QString::number(width)));
            INFO(args.join(u' ').toStdString() << " at COLUMNS=" << width << ":\n" << narrow.out.toStdString());
            CHECK(widest(narrow.out) <= width);
            const QMap<QString, int> kept = numbers(narrow.out);
            for (auto it = all.cbegin(); it != all.cend(); ++it) {
                INFO("the number " << it.key().toStdString());
                CHECK(kept.value(it.key()) >= it.value());
            }
        }
    }
}

TEST_CASE("text output wraps statement text instead of widening or cutting it", "[cli][width]")
{
    Demo demo;
    // At 200 columns the gap list is one line per gap with the whole statement; at 80 the same
    // words are all there, the text wrapped inside its column under its own heading.
    const Run wide = demo.run({QStringLiteral("gaps"), demo.file}, columns(QStringLiteral("200")));
    const Run narrow = demo.run({QStringLiteral("gaps"), demo.file}, columns(QStringLiteral("80")));
    CHECK(widest(wide.out) > 80); // the test means something: the list does not fit 80 by itself
    const QStringList lines = narrow.out.split(u'\n');
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^Rank  Statement .*  Text$")));
    REQUIRE(header >= 0);
    const qsizetype textColumn = lines.at(header).indexOf(u"Text");
    bool continued = false;
    for (qsizetype i = header + 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QString(textColumn, u' ')) && lines.at(i).size() > textColumn)
            continued = true;
    }
    CHECK(continued);
    const auto words = [](const QString &text) {
        return QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "))
            .split(u' ', Qt::SkipEmptyParts)
            .size();
    };
    CHECK(words(narrow.out) == words(wide.out));
    // The 72-character name wraps in the roll-up's organisation column, every word kept.
    const Run rollup = demo.run({QStringLiteral("rollup"), demo.baseline, demo.file, QStringLiteral("--latest")}, columns(QStringLiteral("80")));
    CHECK(widest(rollup.out) <= 80);
    CHECK_FALSE(rollup.out.contains(LongName));
    for (const QString &word : LongName.split(u' '))
        CHECK(rollup.out.contains(word));
}

TEST_CASE("text output is 80 columns without COLUMNS, and a terminal's own width on a terminal", "[cli][width]")
{
    Demo demo;
    const QStringList gaps{QStringLiteral("gaps"), demo.file};
    // Not a terminal (a pipe), COLUMNS unset, empty, not a number or out of range: 80.
    const Run eighty = demo.run(gaps, columns(QStringLiteral("80")));
    CHECK(demo.run(gaps).out == eighty.out);
    for (const QString &bad : {QString(), QStringLiteral("wide"), QStringLiteral("5"), QStringLiteral("-60"),
                               QStringLiteral("99999")}) {
        INFO("COLUMNS=" << bad.toStdString());
        CHECK(demo.run(gaps, columns(bad)).out == eighty.out);
    }
    // On a terminal (a pseudo-terminal 50 columns wide, COLUMNS unset), its width (TIOCGWINSZ).
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty()); // scripts/install-deps.sh installs it
    const QString onTerminal = QStringLiteral(R"PY(
import fcntl, os, struct, subprocess, sys, termios
master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 50, 0, 0))
env = dict(os.environ)
env.pop('COLUMNS', None)
child = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE, env=env)
os.close(slave)
out = b''
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO: the child has closed the terminal
        break
    if not chunk:
        break
    out += chunk
err = child.stderr.read()
sys.stderr.buffer.write(err)
sys.stdout.buffer.write(out.replace(b'\r\n', b'\n'))
sys.exit(child.wait())
)PY");
    const Run terminal = wgll::test::runProgram(
        python, QStringList{QStringLiteral("-c"), onTerminal, wgll::test::Cli::program()} + gaps, demo.home.path());
    INFO(terminal.err.toStdString() << terminal.out.toStdString());
    REQUIRE(terminal.exitCode == 0);
    CHECK(terminal.out == demo.run(gaps, columns(QStringLiteral("50"))).out);
    CHECK(widest(terminal.out) <= 50);
}
