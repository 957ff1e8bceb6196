// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll framework …` end to end: the real program, its output and its exit codes.
#include "testsupport.h"

#include <QDirIterator>

#include "framework/frameworkreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wgll;
using wgll::test::Run;

namespace {

Run wgllRun(const QStringList &args, const QProcessEnvironment &extra = {})
{
    static QTemporaryDir home;
    REQUIRE(home.isValid());
    return wgll::test::runProgram(QStringLiteral(WGLL_CLI), args, home.path(), extra);
}

QJsonDocument json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

} // namespace

TEST_CASE("wgll --version and --help", "[cli]")
{
    const Run version = wgllRun({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == u"wgll " WGLL_VERSION "\n");
    const Run help = wgllRun({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"framework show"));
    CHECK(help.out.contains(u"framework validate"));
    const Run commandHelp = wgllRun({QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(u"Usage: wgll framework show"));
}

TEST_CASE("wgll usage errors exit 64 with a message on stderr", "[cli]")
{
    const QList<QStringList> cases{
        {},
        {QStringLiteral("frobnicate")},
        {QStringLiteral("framework")},
        {QStringLiteral("framework"), QStringLiteral("show")},
        {QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("wgll-org"), QStringLiteral("--format"),
         QStringLiteral("xml")},
        {QStringLiteral("framework"), QStringLiteral("list"), QStringLiteral("--colour")},
    };
    for (const QStringList &args : cases) {
        INFO(args.join(u' ').toStdString());
        const Run r = wgllRun(args);
        CHECK(r.exitCode == 64);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(u"wgll: "));
    }
}

TEST_CASE("wgll framework list shows the four built-in revisions", "[cli]")
{
    const Run r = wgllRun({QStringLiteral("framework"), QStringLiteral("list")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QStringList lines = r.out.trimmed().split(u'\n');
    // Titles wrap inside their column at 80 (no COLUMNS, not a terminal).
    REQUIRE(lines.filter(QStringLiteral("built-in")).size() == 4);
    CHECK(lines.at(0).startsWith(u"ID"));
    CHECK(r.out.contains(u"\nwgll-ics  2021-10-04          45"));
    CHECK(r.out.contains(u"\nwgll-org  2021-10-04          49"));

    const Run j = wgllRun({QStringLiteral("framework"), QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("json")});
    CHECK(j.exitCode == 0);
    const QJsonArray items = json(j.out).array();
    REQUIRE(items.size() == 4);
    CHECK(items.at(2).toObject().value(QStringLiteral("statementCount")).toInt() == 49);
}

TEST_CASE("wgll framework show prints the verbatim framework as JSON", "[cli]")
{
    for (const QString &id : {QStringLiteral("wgll-org"), QStringLiteral("wgll-ics"),
                              QStringLiteral("wgll-org@2021-08-31"), QStringLiteral("wgll-ics@2021-08-31")}) {
        INFO(id.toStdString());
        const Run r = wgllRun({QStringLiteral("framework"), QStringLiteral("show"), id, QStringLiteral("--format"),
                               QStringLiteral("json")});
        REQUIRE(r.exitCode == 0);
        // The output is itself a valid framework, equal to the shipped file.
        FrameworkReader reader;
        const auto shown = reader.parse(r.out.toUtf8(), QStringLiteral("stdout"));
        REQUIRE(shown.has_value());
        const QString file = id.contains(u'@') ? QString(id).replace(u'@', u'-') : id;
        const auto shippedFramework =
            reader.readFile(wgll::test::sourceDir() + u"/frameworks/" + file + u".json");
        REQUIRE(shippedFramework.has_value());
        CHECK(*shown == *shippedFramework);
        const QJsonObject o = json(r.out).object();
        for (const char *key : {"id", "version", "title", "scale", "measures"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(QStringLiteral("measures")).toArray().at(0).toObject().contains(QStringLiteral("summary")));
    }
}

TEST_CASE("wgll framework show prints readable text and finds revisions", "[cli]")
{
    const Run r = wgllRun({QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("wgll-ics@2021-08-31")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(u"What Good Looks Like: Integrated Care Systems\nwgll-ics 2021-08-31\n"));
    CHECK(r.out.simplified().contains(u"senior information responsible officer (SIRO)"));
    CHECK(r.out.contains(u"   3.3   have an adequately resourced ICS-level cyber security function"));

    const Run missing = wgllRun({QStringLiteral("framework"), QStringLiteral("show"), QStringLiteral("wgll-org@1999-01-01")});
    CHECK(missing.exitCode == 66);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err == u"wgll: wgll-org@1999-01-01: no such framework (see 'wgll framework list')\n");
}

TEST_CASE("wgll framework validate: 0 for a good file, 65 with the JSON path for a bad one, 66 for none", "[cli]")
{
    const Run good = wgllRun({QStringLiteral("framework"), QStringLiteral("validate"),
                              wgll::test::sourceDir() + u"/frameworks/wgll-org.json"});
    CHECK(good.exitCode == 0);
    CHECK(good.out == u"ok: wgll-org 2021-10-04, 7 measures, 49 statements\n");

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QByteArray bytes = wgll::test::readAll(wgll::test::sourceDir() + u"/frameworks/wgll-org.json");
    bytes.replace("\"id\": \"3.6\"", "\"id\": \"3.5\"");
    wgll::test::writeAll(bad, bytes);
    const Run r = wgllRun({QStringLiteral("framework"), QStringLiteral("validate"), bad});
    CHECK(r.exitCode == 65);
    CHECK(r.out.isEmpty());
    CHECK(r.err == u"wgll: " + bad + u": measures[2].indicators[5].id: duplicate id \"3.5\"\n");

    const QString notJson = dir.filePath(QStringLiteral("notes.json"));
    wgll::test::writeAll(notJson, "{\n  \"id\": \"x\",\n  oops\n}\n");
    const Run n = wgllRun({QStringLiteral("framework"), QStringLiteral("validate"), notJson});
    CHECK(n.exitCode == 65);
    CHECK(n.err.startsWith(u"wgll: " + notJson + u":3: not valid JSON"));

    const Run none = wgllRun({QStringLiteral("framework"), QStringLiteral("validate"), dir.filePath(QStringLiteral("nope.json"))});
    CHECK(none.exitCode == 66);
    CHECK(none.err.contains(u"cannot read"));

    const Run folder = wgllRun({QStringLiteral("framework"), QStringLiteral("validate"), dir.path()});
    CHECK(folder.exitCode == 66);
}

TEST_CASE("wgll framework list includes user frameworks and warns about broken ones", "[cli]")
{
    QTemporaryDir dir;
    QByteArray bytes = wgll::test::readAll(wgll::test::sourceDir() + u"/frameworks/wgll-org.json");
    bytes.replace("\"id\": \"wgll-org\"", "\"id\": \"local-org\"");
    wgll::test::writeAll(dir.filePath(QStringLiteral("local.json")), bytes);
    wgll::test::writeAll(dir.filePath(QStringLiteral("broken.json")), "[]");
    QProcessEnvironment env;
    env.insert(QStringLiteral("WGLL_FRAMEWORK_PATH"), dir.path());
    // Wide enough for the temporary folder's path in a table row (narrower, rows become records).
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("200"));
    const Run r = wgllRun({QStringLiteral("framework"), QStringLiteral("list")}, env);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"local-org  2021-10-04          49"));
    CHECK(r.out.contains(dir.filePath(QStringLiteral("local.json"))));
    CHECK(r.err == u"wgll: warning: " + dir.filePath(QStringLiteral("broken.json")) +
                       u": not a framework: the top level must be a JSON object\n");
}

TEST_CASE("wgll-workbench --screenshot renders the window with a file offscreen, changing nothing", "[cli][gui]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.wgll"));
    REQUIRE(wgll::test::runProgram(QStringLiteral(WGLL_CLI),
                                   {QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org")},
                                   dir.path())
                .exitCode == 0);
    const QByteArray before = wgll::test::readAll(file);
    const QString png = dir.filePath(QStringLiteral("window.png"));
    const Run r = wgll::test::runProgram(QStringLiteral(WGLL_WORKBENCH), {QStringLiteral("--screenshot"), png, file},
                                         dir.path());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QByteArray bytes = wgll::test::readAll(png);
    REQUIRE(bytes.startsWith("\x89PNG"));
    // Width and height from the IHDR chunk: the fixed documentation size.
    auto be32 = [&](int at) {
        return (static_cast<quint32>(static_cast<uchar>(bytes.at(at))) << 24) |
               (static_cast<quint32>(static_cast<uchar>(bytes.at(at + 1))) << 16) |
               (static_cast<quint32>(static_cast<uchar>(bytes.at(at + 2))) << 8) |
               static_cast<quint32>(static_cast<uchar>(bytes.at(at + 3)));
    };
    CHECK(be32(16) == 1440);
    CHECK(be32(20) == 900);
    CHECK(wgll::test::readAll(file) == before);
    // No working copy is left behind by a screenshot.
    QDirIterator it(dir.path(), {QStringLiteral("document.wgll")}, QDir::Files, QDirIterator::Subdirectories);
    CHECK_FALSE(it.hasNext());

    wgll::test::writeAll(dir.filePath(QStringLiteral("junk.wgll")), "junk");
    const Run bad = wgll::test::runProgram(QStringLiteral(WGLL_WORKBENCH),
                                           {QStringLiteral("--screenshot"), png, dir.filePath(QStringLiteral("junk.wgll"))},
                                           dir.path());
    CHECK(bad.exitCode == 65);
    CHECK(bad.err.contains(u"junk.wgll"));
}

TEST_CASE("wgll-workbench --compare, --trend and --rollup screenshot the Analyse view, or exit 65 naming the file",
          "[cli][gui][analysis]")
{
    QTemporaryDir dir;
    const auto made = [&](const QString &name, const QString &organisation, const QString &period) {
        const QString file = dir.filePath(name);
        const Run r = wgll::test::runProgram(QStringLiteral(WGLL_CLI),
                                             {QStringLiteral("new"), file, QStringLiteral("--framework"),
                                              QStringLiteral("wgll-org"), QStringLiteral("--organisation"), organisation,
                                              QStringLiteral("--period"), period},
                                             dir.path());
        REQUIRE(r.exitCode == 0);
        return file;
    };
    const QString a = made(QStringLiteral("a.wgll"), QStringLiteral("Northshire"), QStringLiteral("2023/24"));
    const QString b = made(QStringLiteral("b.wgll"), QStringLiteral("Northshire"), QStringLiteral("2024/25"));
    const QString c = made(QStringLiteral("c.wgll"), QStringLiteral("Northshire"), QStringLiteral("2025/26"));
    const QString south = made(QStringLiteral("south.wgll"), QStringLiteral("Southshire"), QStringLiteral("2025/26"));
    const QString png = dir.filePath(QStringLiteral("view.png"));
    // Width and height from the PNG's IHDR chunk (no Qt GUI here): the window's documentation size.
    const auto size = [&] {
        const QByteArray bytes = wgll::test::readAll(png);
        REQUIRE(bytes.startsWith("\x89PNG"));
        const auto be32 = [&](int at) {
            return (static_cast<quint32>(static_cast<uchar>(bytes.at(at))) << 24) |
                   (static_cast<quint32>(static_cast<uchar>(bytes.at(at + 1))) << 16) |
                   (static_cast<quint32>(static_cast<uchar>(bytes.at(at + 2))) << 8) |
                   static_cast<quint32>(static_cast<uchar>(bytes.at(at + 3)));
        };
        return std::pair{be32(16), be32(20)};
    };
    const std::pair<quint32, quint32> window{1440, 900};
    const auto shot = [&](const QStringList &args) {
        QFile::remove(png);
        const Run r = wgll::test::runProgram(QStringLiteral(WGLL_WORKBENCH),
                                             QStringList{QStringLiteral("--screenshot"), png} + args, dir.path());
        INFO(r.err.toStdString());
        return r;
    };
    CHECK(shot({c, QStringLiteral("--compare"), b}).exitCode == 0);
    CHECK(size() == window);
    CHECK(shot({c, QStringLiteral("--trend"), a, QStringLiteral("--trend"), b}).exitCode == 0);
    CHECK(size() == window);
    CHECK(shot({QStringLiteral("--rollup"), c, QStringLiteral("--rollup"), south}).exitCode == 0);
    CHECK(size() == window);

    const Run refused = shot({c, QStringLiteral("--trend"), a, QStringLiteral("--trend"), south});
    CHECK(refused.exitCode == 65);
    CHECK(refused.err.contains(south));
    CHECK_FALSE(QFile::exists(png));
}
