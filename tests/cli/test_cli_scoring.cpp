// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll summary | gaps | export | compare | rollup` and `new --baseline` end to end.
#include "clirunner.h"
#include "io/csvreader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

using wgll::test::Run;

namespace {

struct Cli : wgll::test::Cli
{
    /// Creates NAME.wgll of `framework` and imports `rows` (CSV lines after the header).
    QString assessment(const QString &name, const QString &rows,
                       const QString &framework = QStringLiteral("wgll-org"),
                       const QString &organisation = QStringLiteral("Northshire Hospitals NHS FT"))
    {
        const QString file = path(name + u".wgll");
        REQUIRE((*this)({QStringLiteral("new"), file, QStringLiteral("--framework"), framework,
                         QStringLiteral("--organisation"), organisation, QStringLiteral("--period"),
                         QStringLiteral("2026/27")})
                    .exitCode == 0);
        wgll::test::writeAll(path(name + u".csv"), (u"indicator,score,target,weight,note\n" + rows).toUtf8());
        const Run imported = (*this)({QStringLiteral("import"), file, path(name + u".csv")});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        return file;
    }
    QJsonObject json(const QStringList &args)
    {
        const Run r = (*this)(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        INFO(error.errorString().toStdString());
        REQUIRE(doc.isObject());
        return doc.object();
    }
};

// Responses worked by hand (default target 4):
//   Well led: 1.1 = 3 (w2), 1.2 N/A, 1.3 = 2 → (6 + 2) / 3 = 2.667
//   Smart foundations: 2.1 = 1 (target 5, w3), 2.2 = 4 → (3 + 4) / 4 = 1.75
//   Safe practice: 3.1 = 5, 3.2 = 2 (target 3) → 3.5
//   Overall = (2.667 + 1.75 + 3.5) / 3 = 2.639
// Gaps: 2.1 gap 4 × w3 = 12 (rank 1); 1.1 gap 1 × 2 = 2 and 1.3 gap 2 × 1 = 2 (Well led, framework
// order: 1.1 then 1.3); 3.2 gap 1 × 1 = 1 (rank 4).
const QString Responses = QStringLiteral("1.1,3,,2,Board papers reviewed\n"
                                         "1.2,NA,,,Merged with 1.1\n"
                                         "1.3,2,,,\n"
                                         "2.1,1,5,3,\"=cmd|' /C calc'!A0\"\n"
                                         "2.2,4,,,\n"
                                         "3.1,5,,,\n"
                                         "3.2,2,3,,\n");

bool hasKeys(const QJsonObject &o, const QStringList &keys)
{
    for (const QString &k : keys) {
        if (!o.contains(k)) {
            UNSCOPED_INFO("missing key " << k.toStdString());
            return false;
        }
    }
    return true;
}

} // namespace

TEST_CASE("export --format json gives the PRODUCT.md figures, every field present", "[cli][scoring]")
{
    Cli wgll;
    const QString file = wgll.assessment(QStringLiteral("trust"), Responses);
    const QJsonObject o = wgll.json({QStringLiteral("export"), file, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(hasKeys(o, {QStringLiteral("framework"), QStringLiteral("assessment"), QStringLiteral("overall"),
                      QStringLiteral("measures"), QStringLiteral("indicators")}));
    CHECK(o[QStringLiteral("framework")][QStringLiteral("id")].toString() == u"wgll-org");
    CHECK(o[QStringLiteral("framework")][QStringLiteral("version")].toString() == u"2021-10-04");
    CHECK(o[QStringLiteral("assessment")][QStringLiteral("organisation")].toString() ==
          u"Northshire Hospitals NHS FT");
    CHECK(o[QStringLiteral("assessment")][QStringLiteral("defaultTarget")] == 4);
    CHECK(o[QStringLiteral("overall")].toDouble() == Approx((8.0 / 3.0 + 1.75 + 3.5) / 3.0));

    const QJsonArray measures = o[QStringLiteral("measures")].toArray();
    REQUIRE(measures.size() == 7);
    for (const QJsonValue &m : measures)
        CHECK(hasKeys(m.toObject(), {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("score"),
                                     QStringLiteral("target"), QStringLiteral("scored"), QStringLiteral("na"),
                                     QStringLiteral("total")}));
    CHECK(measures[0][QStringLiteral("score")].toDouble() == Approx(8.0 / 3.0));
    CHECK(measures[0][QStringLiteral("scored")] == 2);
    CHECK(measures[0][QStringLiteral("na")] == 1);
    CHECK(measures[0][QStringLiteral("total")] == 7);
    CHECK(measures[1][QStringLiteral("score")].toDouble() == Approx(1.75));
    CHECK(measures[3][QStringLiteral("score")].isNull());

    const QJsonArray indicators = o[QStringLiteral("indicators")].toArray();
    REQUIRE(indicators.size() == 49);
    for (const QJsonValue &i : indicators)
        CHECK(hasKeys(i.toObject(), {QStringLiteral("id"), QStringLiteral("measure"), QStringLiteral("text"),
                                     QStringLiteral("score"), QStringLiteral("na"), QStringLiteral("target"),
                                     QStringLiteral("weight"), QStringLiteral("gap"),
                                     QStringLiteral("priority"), QStringLiteral("rank")}));
    auto indicator = [&](const QString &id) {
        for (const QJsonValue &i : indicators) {
            if (i[QStringLiteral("id")] == id)
                return i.toObject();
        }
        FAIL("no indicator " << id.toStdString());
        return QJsonObject();
    };
    CHECK(indicator(QStringLiteral("2.1"))[QStringLiteral("rank")] == 1);
    CHECK(indicator(QStringLiteral("2.1"))[QStringLiteral("priority")] == 12);
    CHECK(indicator(QStringLiteral("1.1"))[QStringLiteral("rank")] == 2);
    CHECK(indicator(QStringLiteral("1.3"))[QStringLiteral("rank")] == 3);
    CHECK(indicator(QStringLiteral("3.2"))[QStringLiteral("rank")] == 4);
    CHECK(indicator(QStringLiteral("1.2"))[QStringLiteral("na")] == true);
    CHECK(indicator(QStringLiteral("1.2"))[QStringLiteral("score")].isNull());
    CHECK(indicator(QStringLiteral("1.2"))[QStringLiteral("gap")].isNull());
    CHECK(indicator(QStringLiteral("3.1"))[QStringLiteral("gap")] == 0);
    CHECK(indicator(QStringLiteral("3.1"))[QStringLiteral("rank")].isNull());
    CHECK(indicator(QStringLiteral("4.1"))[QStringLiteral("score")].isNull());

    // `gaps` ranks exactly as the export does.
    const QJsonArray gaps = wgll.json({QStringLiteral("gaps"), file, QStringLiteral("--format"),
                                       QStringLiteral("json")})[QStringLiteral("gaps")]
                                .toArray();
    QStringList order;
    for (const QJsonValue &g : gaps)
        order.append(g[QStringLiteral("id")].toString());
    CHECK(order == QStringList{QStringLiteral("2.1"), QStringLiteral("1.1"), QStringLiteral("1.3"),
                               QStringLiteral("3.2")});
}

TEST_CASE("summary and gaps print readable tables", "[cli][scoring]")
{
    Cli wgll;
    const QString file = wgll.assessment(QStringLiteral("trust"), Responses);
    const Run summary = wgll({QStringLiteral("summary"), file, QStringLiteral("--explain"),
                              QStringLiteral("--what-if"), QStringLiteral("1")});
    REQUIRE(summary.exitCode == 0);
    CHECK(summary.out.contains(u"Overall 2.6; 6 of 48 applicable statements scored; 4 gaps"));
    CHECK(summary.out.contains(u"1 Well led                    2.7     4.0       2    1         4"));
    CHECK(summary.out.contains(u"If the top gap (2.1) were closed to target: overall 2.6 → 3.6"));
    // Explanations are wrapped to the width (80 here: not a terminal, no COLUMNS).
    CHECK(QString(summary.out).replace(QStringLiteral("\n  "), QStringLiteral(" ")).contains(
        u"Well led 2.7 = weighted mean of 2 scored statements: (1.1: 3×2 + 1.3: 2×1) ÷ 3; 1 N/A"));
    const Run top = wgll({QStringLiteral("gaps"), file, QStringLiteral("--top"), QStringLiteral("2")});
    REQUIRE(top.exitCode == 0);
    const QStringList lines = top.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.at(2).startsWith(u"Rank  Statement  Score  Target  Gap  Weight  Priority  Text"));
    CHECK(lines.at(3).startsWith(u"   1  2.1            1       5    4       3        12  invest in"));
    // Two gaps; statement text wraps inside its column, so a row may take several lines.
    CHECK(lines.filter(QRegularExpression(QStringLiteral("^ +\\d+  \\d"))).size() == 2);
    CHECK(top.out.contains(QRegularExpression(QStringLiteral("\n   2  1.1  "))));
    CHECK(wgll({QStringLiteral("gaps"), file, QStringLiteral("--top"), QStringLiteral("0")}).exitCode == 64);
    CHECK(
        wgll({QStringLiteral("summary"), file, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode ==
        64);
}

TEST_CASE("export --format csv is RFC 4180 UTF-8 that a CSV reader reads back", "[cli][scoring][export]")
{
    Cli wgll;
    const QString file = wgll.assessment(QStringLiteral("trust"), Responses);
    const QString out = wgll.path(QStringLiteral("out.csv"));
    REQUIRE(wgll({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("-o"), out})
                .exitCode == 0);
    wgll::CsvReader reader;
    const auto rows = reader.parse(wgll::test::readAll(out), out);
    REQUIRE(rows);
    REQUIRE(rows->size() == 50);
    CHECK(rows->at(0).fields.join(u',') ==
          u"measure,measure_title,indicator,text,score,na,target,weight,gap,priority,rank");
    const QStringList r21 = rows->at(8).fields; // 7 Well led rows, then 2.1
    CHECK(r21.at(2) == u"2.1");
    CHECK(r21.at(3).contains(u"clinical, operational")); // a quoted comma survives
    CHECK(r21.mid(4) == QStringList{QStringLiteral("1"), QStringLiteral("no"), QStringLiteral("5"),
                                    QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("12"),
                                    QStringLiteral("1")});
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty()); // scripts/install-deps.sh installs it for this check
    const Run py = wgll::test::runProgram(
        python,
        {QStringLiteral("-c"),
         QStringLiteral("import csv,sys; r=list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')));"
                        "print(len(r), len(set(map(len, r))), r[9][2], r[9][10])"),
         out},
        wgll.home.path());
    INFO(py.err.toStdString());
    REQUIRE(py.exitCode == 0);
    CHECK(py.out == u"50 1 2.2 \n"); // 50 records, all 11 fields; 2.2 is at target: no rank
}

TEST_CASE("exports never let a spreadsheet run user text as a formula", "[cli][scoring][export]")
{
    // Text a user controls reaches the exports through a user framework's measure titles (CSV and
    // XLSX) and the organisation name (XLSX). Each starts with a character that makes a
    // spreadsheet treat a CSV field as a formula: = + - @, and tab or carriage return before one.
    Cli wgll;
    const QStringList hostile{QStringLiteral("=1+2 Well led"), QStringLiteral("+1+2 Smart foundations"),
                              QStringLiteral("-1+2 Safe practice"),
                              QStringLiteral("@SUM(1,2) Support people")};
    const QByteArray wgllOrg = wgll::test::readAll(wgll::test::sourceDir() + u"/frameworks/wgll-org.json");
    const auto frameworkWithTitles = [&](const QString &id, const QStringList &titles) {
        QJsonObject framework = QJsonDocument::fromJson(wgllOrg).object();
        REQUIRE(framework.size() > 0);
        framework[QStringLiteral("id")] = id;
        QJsonArray measures = framework[QStringLiteral("measures")].toArray();
        REQUIRE(measures.size() > titles.size());
        for (qsizetype i = 0; i < titles.size(); ++i) {
            QJsonObject m = measures[i].toObject();
            m[QStringLiteral("title")] = titles[i];
            measures[i] = m;
        }
        framework[QStringLiteral("measures")] = measures;
        return QJsonDocument(framework).toJson();
    };
    // The user framework folder under the test home's XDG_DATA_HOME (see runProgram).
    const QString folder = wgll.path(QStringLiteral("data/WGLL Workbench/wgll-workbench/frameworks"));
    REQUIRE(QDir().mkpath(folder));
    wgll::test::writeAll(folder + u"/hostile.json",
                         frameworkWithTitles(QStringLiteral("hostile-org"), hostile));

    // Tab and carriage return cannot start framework text at all: such a framework is refused
    // (reported and skipped), so it never reaches an export.
    for (const QString &prefix : {QStringLiteral("\t"), QStringLiteral("\r")}) {
        const QString json = wgll.path(QStringLiteral("control.json"));
        wgll::test::writeAll(json,
                             frameworkWithTitles(QStringLiteral("control-org"), {prefix + u"=1+2 Well led"}));
        const Run validate = wgll({QStringLiteral("framework"), QStringLiteral("validate"), json});
        CHECK(validate.exitCode == 65);
        CHECK(validate.err.contains(u"measures[0].title: contains a control character"));
    }

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty()); // scripts/install-deps.sh installs it for these checks

    // CSV: every such field is read back, by Python's csv module, with an apostrophe in front.
    const QString file = wgll.assessment(QStringLiteral("hostile"), QStringLiteral("1.1,3,,,\n"),
                                         QStringLiteral("hostile-org"));
    const QString csv = wgll.path(QStringLiteral("hostile.csv"));
    const Run exported = wgll({QStringLiteral("export"), file, QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("-o"), csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString readCsv = QStringLiteral(R"PY(
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
titles = []
for r in rows[1:]:
    if r[1] not in titles:
        titles.append(r[1])
print(json.dumps(titles))
)PY");
    const Run titles = wgll::test::runProgram(python, {QStringLiteral("-c"), readCsv, csv}, wgll.home.path());
    INFO(titles.err.toStdString());
    REQUIRE(titles.exitCode == 0);
    const QJsonArray csvTitles = QJsonDocument::fromJson(titles.out.toUtf8()).array();
    REQUIRE(csvTitles.size() == 7);
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        CAPTURE(i);
        CHECK(csvTitles[i].toString() == u'\'' + hostile[i]);
    }
    CHECK(csvTitles[4].toString() == u"Empower citizens"); // ordinary text is untouched

    // XLSX: the same titles, and an organisation name starting with each character, are text
    // cells holding exactly the text (an apostrophe would show in the cell), and no cell anywhere
    // is a formula. The name is trimmed, so a tab or CR before "=" leaves it starting with "=".
    const QList<std::pair<QString, QString>> organisations{
        {QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")"),
         QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")")},
        {QStringLiteral("+1+2 Trust"), QStringLiteral("+1+2 Trust")},
        {QStringLiteral("-1+2 Trust"), QStringLiteral("-1+2 Trust")},
        {QStringLiteral("@SUM(1,2) Trust"), QStringLiteral("@SUM(1,2) Trust")},
        {QStringLiteral("\t=1+2 Trust"), QStringLiteral("=1+2 Trust")},
        {QStringLiteral("\r=1+2 Trust"), QStringLiteral("=1+2 Trust")},
    };
    QStringList books;
    for (qsizetype i = 0; i < organisations.size(); ++i) {
        const QString name = u"org" + QString::number(i);
        const QString one = wgll.assessment(name, QStringLiteral("1.1,3,,,\n"), QStringLiteral("hostile-org"),
                                            organisations[i].first);
        books.append(wgll.path(name + u".xlsx"));
        const Run r = wgll({QStringLiteral("export"), one, QStringLiteral("--format"), QStringLiteral("xlsx"),
                            QStringLiteral("-o"), books.last()});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    const QString readXlsx = QStringLiteral(R"PY(
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
m = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
def unescape(t):
    return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda g: chr(int(g.group(1), 16)), t)
out = []
for name in sys.argv[1:]:
    z = zipfile.ZipFile(name)
    shared = [unescape(''.join(t.text or '' for t in si.iter(m + 't')))
              for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(m + 'si')]
    formulas, cells = 0, {}
    for sheet in sorted(n for n in z.namelist() if n.startswith('xl/worksheets/sheet')):
        for c in ET.fromstring(z.read(sheet)).iter(m + 'c'):
            if c.find(m + 'f') is not None or c.get('t') in ('str', 'e'):
                formulas += 1
            if c.get('t') == 's':
                cells[sheet[len('xl/worksheets/'):-4] + '!' + c.get('r')] = shared[int(c.find(m + 'v').text)]
    out.append({'formulas': formulas, 'cells': cells})
print(json.dumps(out))
)PY");
    const Run py =
        wgll::test::runProgram(python, QStringList{QStringLiteral("-c"), readXlsx} + books, wgll.home.path());
    INFO(py.err.toStdString());
    REQUIRE(py.exitCode == 0);
    const QJsonArray read = QJsonDocument::fromJson(py.out.toUtf8()).array();
    REQUIRE(read.size() == books.size());
    for (qsizetype b = 0; b < books.size(); ++b) {
        CAPTURE(b);
        const QJsonObject cells = read[b][QStringLiteral("cells")].toObject();
        CHECK(read[b][QStringLiteral("formulas")].toInt() == 0);
        CHECK(cells[QStringLiteral("sheet1!B1")].toString() ==
              organisations[b].second); // Summary: Organisation
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            CAPTURE(i);
            // The Summary's measure table starts on row 9; Statements row 2 is the first statement.
            CHECK(cells[u"sheet1!B" + QString::number(9 + i)].toString() == hostile[i]);
        }
        CHECK(cells[QStringLiteral("sheet2!B2")].toString() == hostile[0]);
    }
}

TEST_CASE("export --format xlsx opens with the Summary, Statements and Gaps sheets, with numeric cells", "[cli][scoring][export]")
{
    Cli wgll;
    const QString file = wgll.assessment(QStringLiteral("trust"), Responses);
    const QString out = wgll.path(QStringLiteral("board.xlsx"));
    const Run r = wgll({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("xlsx"),
                        QStringLiteral("-o"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(wgll::test::readAll(out).startsWith("PK"));
    CHECK(QDir(wgll.home.path())
              .entryList(QDir::Files | QDir::Hidden)
              .filter(QStringLiteral(".tmp"))
              .isEmpty());
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    REQUIRE_FALSE(python.isEmpty()); // scripts/install-deps.sh installs it for this check
    // Read the workbook as a spreadsheet program would: sheet names, and the overall score and
    // the rank-1 gap as numeric cells (<c><v>…</v></c>, no t="s"), not text.
    const QString script = QStringLiteral(R"PY(
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
book = z.read('xl/workbook.xml').decode()
print(','.join(re.findall(r'<sheet name="([^"]+)"', book)))
def cell(sheet, ref):
    xml = z.read('xl/worksheets/sheet%d.xml' % sheet).decode()
    m = re.search(r'<c r="%s"([^>]*)>(?:<f>[^<]*</f>)?<v>([^<]*)</v>' % ref, xml)
    return ('text' if m and 't="s"' in m.group(1) else 'number', m.group(2) if m else None)
print(cell(1, 'B6'), cell(3, 'A2'), cell(3, 'H2'), cell(2, 'E9'))
)PY");
    const Run py = wgll::test::runProgram(python, {QStringLiteral("-c"), script, out}, wgll.home.path());
    INFO(py.err.toStdString());
    INFO(py.out.toStdString());
    REQUIRE(py.exitCode == 0);
    const QStringList lines = py.out.split(u'\n', Qt::SkipEmptyParts);
    // The record sheets follow (test_cli_exports.cpp).
    CHECK(lines.at(0).startsWith(u"Summary,Statements,Gaps,"));
    CHECK(lines.at(1).startsWith(u"('number', '2.63888888888888"));
    CHECK(lines.at(1).endsWith(u"('number', '1') ('number', '12') ('number', '1')"));
}

TEST_CASE("a failing export leaves no output and says why", "[cli][scoring][errors]")
{
    Cli wgll;
    const QString file = wgll.assessment(QStringLiteral("trust"), Responses);
    const Run noFolder =
        wgll({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("json"),
              QStringLiteral("-o"), wgll.path(QStringLiteral("missing/out.json"))});
    CHECK(noFolder.exitCode == 73);
    CHECK(noFolder.err.contains(u"the folder does not exist"));
    wgll::test::writeAll(wgll.path(QStringLiteral("junk.wgll")), "not a database at all");
    const Run junk = wgll({QStringLiteral("summary"), wgll.path(QStringLiteral("junk.wgll"))});
    CHECK(junk.exitCode == 65);
    CHECK(junk.out.isEmpty());
    CHECK(junk.err.contains(u"not a WGLL assessment"));
    CHECK(wgll({QStringLiteral("gaps"), wgll.path(QStringLiteral("nope.wgll"))}).exitCode == 66);
    CHECK(wgll({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("xlsx"),
                QStringLiteral("-o"), QStringLiteral("-")})
              .exitCode == 64);
}

TEST_CASE("compare gives before, after and delta, and refuses different frameworks",
          "[cli][scoring][compare]")
{
    Cli wgll;
    const QString older = wgll.assessment(QStringLiteral("older"), QStringLiteral("1.1,2,,,\n3.5,1,,,\n"),
                                          QStringLiteral("wgll-org@2021-08-31"));
    const QString newer = wgll.assessment(QStringLiteral("newer"), QStringLiteral("1.1,4,,,\n3.5,3,,,\n"));
    const QJsonObject c = wgll.json(
        {QStringLiteral("compare"), older, newer, QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray measures = c[QStringLiteral("measures")].toArray();
    CHECK(hasKeys(measures[0].toObject(), {QStringLiteral("id"), QStringLiteral("before"),
                                           QStringLiteral("after"), QStringLiteral("delta")}));
    CHECK(measures[0][QStringLiteral("delta")].toDouble() == Approx(2.0));
    const QJsonArray indicators = c[QStringLiteral("indicators")].toArray();
    for (const QJsonValue &i : indicators) {
        CHECK(hasKeys(i.toObject(), {QStringLiteral("id"), QStringLiteral("before"), QStringLiteral("after"),
                                     QStringLiteral("delta"), QStringLiteral("comparable")}));
        if (i[QStringLiteral("id")].toString() == u"3.5") {
            CHECK(i[QStringLiteral("comparable")] == false);
            CHECK(i[QStringLiteral("delta")].isNull());
        }
        if (i[QStringLiteral("id")].toString() == u"1.1")
            CHECK(i[QStringLiteral("delta")] == 2);
    }
    const Run text = wgll({QStringLiteral("compare"), older, newer});
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\n1 Well led +2\\.0 +4\\.0 +\\+2\\.0\n"))));
    CHECK(text.out.contains(u"Not comparable (wording differs between revisions, or only in one): 3.5"));

    const QString ics =
        wgll.assessment(QStringLiteral("ics"), QStringLiteral("1.1,3,,,\n"), QStringLiteral("wgll-ics"));
    const Run refused = wgll({QStringLiteral("compare"), older, ics});
    CHECK(refused.exitCode == 65);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(u"different frameworks"));
}

TEST_CASE("rollup gives per-measure and per-statement statistics, and mixing frameworks is refused",
          "[cli][scoring][rollup]")
{
    Cli wgll;
    const QString a = wgll.assessment(QStringLiteral("a"), QStringLiteral("1.1,2,,,\n2.1,4,,,\n"),
                                      QStringLiteral("wgll-org"), QStringLiteral("Alpha"));
    const QString b = wgll.assessment(QStringLiteral("b"), QStringLiteral("1.1,5,,,\n"),
                                      QStringLiteral("wgll-org"), QStringLiteral("Beta"));
    const QString c = wgll.assessment(QStringLiteral("c"), QStringLiteral("1.1,3,,,\n2.1,NA,,,not ours\n"),
                                      QStringLiteral("wgll-org@2021-08-31"), QStringLiteral("Gamma"));
    const QJsonObject r =
        wgll.json({QStringLiteral("rollup"), a, b, c, QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray orgs = r[QStringLiteral("organisations")].toArray();
    REQUIRE(orgs.size() == 3);
    CHECK(hasKeys(orgs[0].toObject(), {QStringLiteral("file"), QStringLiteral("organisation"),
                                       QStringLiteral("period"), QStringLiteral("overall")}));
    CHECK(orgs[1][QStringLiteral("organisation")].toString() == u"Beta");
    CHECK(orgs[1][QStringLiteral("overall")].toDouble() == Approx(5.0));
    const QJsonObject m1 = r[QStringLiteral("measures")].toArray()[0].toObject();
    CHECK(hasKeys(m1, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("value"),
                       QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("n")}));
    CHECK(r[QStringLiteral("method")].toString() == u"mean");
    CHECK(m1[QStringLiteral("value")].toDouble() == Approx(10.0 / 3.0));
    CHECK(m1[QStringLiteral("min")] == 2);
    CHECK(m1[QStringLiteral("max")] == 5);
    CHECK(m1[QStringLiteral("n")] == 3);
    const QJsonArray indicators = r[QStringLiteral("indicators")].toArray();
    for (const QJsonValue &i : indicators) {
        if (i[QStringLiteral("id")].toString() == u"2.1") {
            CHECK(i[QStringLiteral("n")] == 1);
            CHECK(i[QStringLiteral("value")] == 4);
        }
    }
    // CSV to a file: the long table, the roll-up's own rows after the organisations'.
    const QString csv = wgll.path(QStringLiteral("rollup.csv"));
    REQUIRE(wgll({QStringLiteral("rollup"), a, b, c, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("-o"), csv})
                .exitCode == 0);
    CHECK(wgll::test::readAll(csv).contains(
        "\r\nrollup,measure,,,wgll-org,2021-08-31 + 2021-10-04,mean,1,,3.33333333333333,,,,,3,2,5\r\n"));

    const QString ics =
        wgll.assessment(QStringLiteral("ics"), QStringLiteral("1.1,3,,,\n"), QStringLiteral("wgll-ics"));
    const QString out = wgll.path(QStringLiteral("mixed.json"));
    const Run mixed = wgll({QStringLiteral("rollup"), a, ics, QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("-o"), out});
    CHECK(mixed.exitCode == 65);
    CHECK(mixed.err.contains(u"same framework"));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("new --baseline carries targets, weights and actions over, not scores", "[cli][scoring][baseline]")
{
    Cli wgll;
    const QString older = wgll.assessment(QStringLiteral("older"), QStringLiteral("1.1,3,5,2,\n2.1,2,,3,\n"),
                                          QStringLiteral("wgll-org@2021-08-31"));
    const QString newer = wgll.path(QStringLiteral("newer.wgll"));
    const Run created = wgll({QStringLiteral("new"), newer, QStringLiteral("--baseline"), older,
                              QStringLiteral("--period"), QStringLiteral("2027/28")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(u"wgll-org 2021-10-04")); // the newest revision of the same framework
    const QJsonObject o = wgll.json({QStringLiteral("export"), newer, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("-o"), QStringLiteral("-")});
    CHECK(o[QStringLiteral("assessment")][QStringLiteral("organisation")].toString() ==
          u"Northshire Hospitals NHS FT");
    CHECK(o[QStringLiteral("assessment")][QStringLiteral("period")].toString() == u"2027/28");
    CHECK(o[QStringLiteral("overall")].isNull());
    const QJsonArray indicators = o[QStringLiteral("indicators")].toArray();
    CHECK(indicators[0][QStringLiteral("target")] == 5);
    CHECK(indicators[0][QStringLiteral("weight")] == 2);
    CHECK(indicators[0][QStringLiteral("score")].isNull());
    CHECK(indicators[7][QStringLiteral("weight")] == 3);
    CHECK(o[QStringLiteral("baseline")].toString() ==
          u"Northshire Hospitals NHS FT, 2026/27 (framework 2021-08-31)");
    CHECK(o[QStringLiteral("reassessed")].toArray().isEmpty());
    // Re-assessing two statements is recorded.
    wgll::test::writeAll(wgll.path(QStringLiteral("again.csv")),
                         "indicator,score,target,weight,note\n1.1,4,5,2,\n3.1,NA,,,Not ours now\n");
    REQUIRE(wgll({QStringLiteral("import"), newer, wgll.path(QStringLiteral("again.csv"))}).exitCode == 0);
    const Run summary = wgll({QStringLiteral("summary"), newer});
    // The line wraps at 80 columns (no COLUMNS, not a terminal) with a hanging indent.
    CHECK(QString(summary.out).replace(QStringLiteral("\n  "), QStringLiteral(" ")).contains(
        u"Started from Northshire Hospitals NHS FT, 2026/27 (framework 2021-08-31); 2 "
        u"of 49 statements re-assessed since"));
    const QJsonArray reassessed = wgll.json({QStringLiteral("summary"), newer, QStringLiteral("--format"),
                                             QStringLiteral("json")})[QStringLiteral("reassessed")]
                                      .toArray();
    CHECK(reassessed == QJsonArray{QStringLiteral("1.1"), QStringLiteral("3.1")});
    const Run ics =
        wgll({QStringLiteral("new"), wgll.path(QStringLiteral("x.wgll")), QStringLiteral("--framework"),
              QStringLiteral("wgll-ics"), QStringLiteral("--baseline"), older});
    CHECK(ics.exitCode == 65);
    CHECK_FALSE(QFile::exists(wgll.path(QStringLiteral("x.wgll"))));
}
