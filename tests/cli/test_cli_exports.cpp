// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll export` carries every record (issue 16, item 7): one CSV table per file with --table, one
// XLSX sheet per kind, and the formula guard on user text that really reaches each of them.
#include "clirunner.h"

#include "framework/frameworkcatalog.h"
#include "io/csvreader.h"
#include "storage/document.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Run;
using namespace wgll;

namespace {

/// An assessment whose user text in every new table begins like a formula.
struct Hostile : wgll::test::Cli
{
    QString file = path(u"hostile.wgll"_s);
    Hostile()
    {
        const FrameworkCatalog catalog = FrameworkCatalog::load({});
        Error error;
        auto doc = wgll::take(storage::Document::create(file, catalog.find(u"wgll-org"_s)->framework,
                                             AssessmentInfo{u"Northshire"_s, u"2026/27"_s, u"draft"_s, 4, {}, {}},
                                             path(u"work"_s)), error);
        REQUIRE(doc);
        REQUIRE(doc->setAnswer(Answer{u"1.1"_s, 3, false, {}, {}, 1, {}, u"=1+2 note"_s}, u"@author"_s));
        REQUIRE(wgll::take(doc->addAction(Action{0, u"1.1"_s, u"=HYPERLINK(\"http://x.invalid\",\"click\")"_s, u"+44 CIO"_s,
                                      QDate(2027, 1, 31), u"open"_s}), error));
        REQUIRE(wgll::take(doc->addEvidenceNote(u"-note body"_s, u"@SUM(1,2) minutes"_s, {u"1.1"_s}), error));
        const auto p = wgll::take(doc->addParticipant({0, u"=cmd|' /C calc'!A0"_s, u"-role"_s, u"+org"_s}), error);
        REQUIRE(p);
        const auto s = wgll::take(doc->startSession({0, u"=session"_s, QDate(2026, 10, 14), u"@facilitator"_s, {{*p, u"present"_s}}}), error);
        REQUIRE(s);
        REQUIRE(doc->setVotes(*s, u"1.1"_s, {{*p, 3}}));
        REQUIRE(wgll::take(doc->recordDecision({0, *s, u"1.1"_s, u"-2+3 agreed"_s, u"\t=rationale"_s, u"@dissent"_s, {}}), error));
        REQUIRE(doc->save());
        doc->close();
    }
    Run csv(const QString &table) const
    {
        return (*this)({u"export"_s, file, u"--format"_s, u"csv"_s, u"--table"_s, table, u"-o"_s, u"-"_s});
    }
};

} // namespace

TEST_CASE("export --table gives each kind of record as CSV, user text that looks like a formula neutralised",
          "[cli][export][csv]")
{
    Hostile w;
    // Each table, and the guarded cells the user's text must reach it as.
    const QList<std::pair<QString, QStringList>> expected{
        {u"answers"_s, {u"'=1+2 note"_s}},
        {u"actions"_s, {u"'=HYPERLINK(\"http://x.invalid\",\"click\")"_s, u"'+44 CIO"_s}},
        {u"evidence"_s, {u"'@SUM(1,2) minutes"_s, u"'-note body"_s}},
        {u"participants"_s, {u"'=cmd|' /C calc'!A0"_s, u"'-role"_s, u"'+org"_s}},
        {u"sessions"_s, {u"'=session"_s, u"'@facilitator"_s}},
        {u"attendance"_s, {u"'=cmd|' /C calc'!A0"_s}},
        {u"votes"_s, {u"'=cmd|' /C calc'!A0"_s}},
        {u"decisions"_s, {u"'-2+3 agreed"_s, u"'\t=rationale"_s, u"'@dissent"_s}},
        {u"history"_s, {u"'=1+2 note"_s, u"'@author"_s}},
    };
    for (const auto &[table, cells] : expected) {
        CAPTURE(table);
        const Run r = w.csv(table);
        INFO(r.err.toStdString() << "\n" << r.out.toStdString());
        REQUIRE(r.exitCode == 0);
        CsvReader reader;
        const auto records = reader.parse(r.out.toUtf8(), table);
        REQUIRE(records);
        REQUIRE(records->size() >= 2); // the header and at least one row
        QStringList fields;
        for (const CsvReader::Record &record : records->mid(1))
            fields += record.fields;
        for (const QString &c : cells) {
            CAPTURE(c);
            CHECK(fields.contains(c));
        }
    }
    // The default table is the statements, as before; the header names the columns.
    const Run statements =
        w({u"export"_s, w.file, u"--format"_s, u"csv"_s, u"-o"_s, u"-"_s});
    CHECK(statements.out.startsWith(u"measure,measure_title,indicator,text,score,na,target,weight,gap,priority,rank\r\n"));
    CHECK(w.csv(u"actions"_s).out.startsWith(u"id,statement,text,owner,due,status\r\n"));
    CHECK(w.csv(u"cover"_s).out.startsWith(u"field,value\r\nmeeting,\r\n"));
    CHECK(w.csv(u"signoffs"_s).out ==
          u"revision,by,at,meeting,content_sha256,reopened_by,reopened_at,in_force\r\n"_s);

    const Run unknown = w.csv(u"nonsense"_s);
    CHECK(unknown.exitCode == 64);
    CHECK(unknown.err.contains(u"unknown table 'nonsense'"));
    const Run notCsv = w({u"export"_s, w.file, u"--format"_s, u"json"_s, u"--table"_s, u"actions"_s, u"-o"_s, u"-"_s});
    CHECK(notCsv.exitCode == 64);
}

TEST_CASE("export --format xlsx has a sheet per kind of record, user text never a formula", "[cli][export][xlsx]")
{
    Hostile w;
    const QString out = w.path(u"all.xlsx"_s);
    const Run r = w({u"export"_s, w.file, u"--format"_s, u"xlsx"_s, u"-o"_s, out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    REQUIRE_FALSE(python.isEmpty());
    const QString script = uR"PY(
import json, re, sys, zipfile
import xml.etree.ElementTree as ET
m = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
r = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
z = zipfile.ZipFile(sys.argv[1])
def unescape(t):
    return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda g: chr(int(g.group(1), 16)), t)
shared = [unescape(''.join(t.text or '' for t in si.iter(m + 't')))
          for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(m + 'si')]
names = [s.get('name') for s in ET.fromstring(z.read('xl/workbook.xml')).iter(m + 'sheet')]
out = {'sheets': names, 'formulas': 0, 'text': {}}
for i, name in enumerate(names):
    cells = []
    for c in ET.fromstring(z.read('xl/worksheets/sheet%d.xml' % (i + 1))).iter(m + 'c'):
        if c.find(m + 'f') is not None or c.get('t') in ('str', 'e'):
            out['formulas'] += 1
        if c.get('t') == 's':
            cells.append(shared[int(c.find(m + 'v').text)])
    out['text'][name] = cells
print(json.dumps(out))
)PY"_s;
    const Run py = wgll::test::runProgram(python, {u"-c"_s, script, out}, w.home.path());
    INFO(py.err.toStdString());
    REQUIRE(py.exitCode == 0);
    const QJsonObject book = QJsonDocument::fromJson(py.out.toUtf8()).object();
    QStringList sheets;
    for (const QJsonValue &v : book[u"sheets"].toArray())
        sheets.append(v.toString());
    CHECK(sheets == QStringList{u"Summary"_s, u"Statements"_s, u"Gaps"_s, u"Answers"_s, u"Actions"_s, u"Evidence"_s,
                                u"Participants"_s, u"Sessions"_s, u"Attendance"_s, u"Votes"_s, u"Decisions"_s,
                                u"Cover sheet"_s, u"Sign-offs"_s, u"History"_s});
    CHECK(book[u"formulas"].toInt() == 0);
    const QJsonObject text = book[u"text"].toObject();
    auto has = [&](const QString &sheet, const QString &value) {
        return text[sheet].toArray().contains(value);
    };
    CHECK(has(u"Actions"_s, u"'=HYPERLINK(\"http://x.invalid\",\"click\")"_s));
    CHECK(has(u"Actions"_s, u"'+44 CIO"_s));
    CHECK(has(u"Evidence"_s, u"'@SUM(1,2) minutes"_s));
    CHECK(has(u"Decisions"_s, u"'-2+3 agreed"_s));
    CHECK(has(u"Decisions"_s, u"'\t=rationale"_s));
    CHECK(has(u"Participants"_s, u"'=cmd|' /C calc'!A0"_s));
    CHECK(has(u"Answers"_s, u"'=1+2 note"_s));
    CHECK(has(u"Answers"_s, u"1.1"_s));
}

TEST_CASE("export --format json carries actions, evidence, the workshop record and the history",
          "[cli][export][json]")
{
    Hostile w;
    const Run r = w({u"export"_s, w.file, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o[u"actions"][0][u"text"].toString() == u"=HYPERLINK(\"http://x.invalid\",\"click\")"); // JSON is exact
    CHECK(o[u"actions"][0][u"owner"].toString() == u"+44 CIO");
    CHECK(o[u"evidence"][0][u"note"].toString() == u"-note body");
    CHECK(o[u"workshop"][u"decisions"][0][u"dissent"].toString() == u"@dissent");
    CHECK(o[u"workshop"][u"sessions"][0][u"attendance"][0][u"status"].toString() == u"present");
    CHECK(o[u"indicators"][0][u"notes"].toString() == u"=1+2 note");
    CHECK(o[u"revision"].toInt() == 1);
    CHECK(o[u"signOffs"].toArray().isEmpty());
    CHECK(o[u"history"].toArray().size() >= 2);
    // The keys scripts already read are unchanged.
    CHECK(o[u"indicators"][0][u"score"].toInt() == 3);
    CHECK(o[u"gapCount"].toInt() == 1);
}
