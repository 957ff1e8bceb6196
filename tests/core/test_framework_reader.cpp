// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "framework/frameworkreader.h"
#include "framework/frameworkwriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace wgll;
using wgll::test::readAll;
using wgll::test::sourceDir;

namespace {

QString shipped(const QString &name)
{
    return sourceDir() + u"/frameworks/" + name;
}

Framework load(const QString &name)
{
    FrameworkReader reader;
    const auto f = reader.readFile(shipped(name));
    INFO((reader.errors().isEmpty() ? QString() : reader.errors().first().toString()).toStdString());
    REQUIRE(f.has_value());
    return *f;
}

QStringList messages(const FrameworkReader &reader)
{
    QStringList all;
    for (const Error &e : reader.errors())
        all.append(e.message);
    return all;
}

// Edits one value inside a JSON tree given as a path of keys and indexes.
QJsonValue edited(const QJsonValue &node, QStringList path, const std::function<QJsonValue(QJsonValue)> &edit)
{
    if (path.isEmpty())
        return edit(node);
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int i = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        a[i] = edited(a.at(i), path, edit);
        return a;
    }
    QJsonObject o = node.toObject();
    o[step] = edited(o.value(step), path, edit);
    return o;
}

QJsonObject orgJson()
{
    return QJsonDocument::fromJson(readAll(shipped(QStringLiteral("wgll-org.json")))).object();
}

QByteArray with(const QString &path, const QJsonValue &value)
{
    return QJsonDocument(edited(orgJson(), path.split(u'/'), [&](const QJsonValue &) { return value; }).toObject())
        .toJson();
}

QByteArray without(const QString &path)
{
    QStringList steps = path.split(u'/');
    const QString last = steps.takeLast();
    const QJsonValue root = edited(orgJson(), steps, [&](QJsonValue v) {
        QJsonObject o = v.toObject();
        o.remove(last);
        return QJsonValue(o);
    });
    return QJsonDocument(root.toObject()).toJson();
}

} // namespace

TEST_CASE("every shipped framework loads with its published counts", "[framework]")
{
    struct Expect
    {
        const char *file;
        const char *id;
        const char *version;
        qsizetype statements;
        QList<qsizetype> perMeasure;
    };
    const Expect expect = GENERATE(
        Expect{"wgll-ics.json", "wgll-ics", "2021-10-04", 45, {6, 7, 9, 5, 7, 5, 6}},
        Expect{"wgll-ics-2021-08-31.json", "wgll-ics", "2021-08-31", 45, {6, 7, 9, 5, 7, 5, 6}},
        Expect{"wgll-org.json", "wgll-org", "2021-10-04", 49, {7, 11, 9, 6, 6, 5, 5}},
        Expect{"wgll-org-2021-08-31.json", "wgll-org", "2021-08-31", 49, {7, 11, 9, 6, 6, 5, 5}});
    const Framework f = load(QString::fromLatin1(expect.file));
    CHECK(f.id == QLatin1String(expect.id));
    CHECK(f.version == QLatin1String(expect.version));
    CHECK(f.indicatorCount() == expect.statements);
    REQUIRE(f.measures.size() == 7);
    const QStringList titles{QStringLiteral("Well led"),        QStringLiteral("Ensure smart foundations"),
                             QStringLiteral("Safe practice"),   QStringLiteral("Support people"),
                             QStringLiteral("Empower citizens"), QStringLiteral("Improve care"),
                             QStringLiteral("Healthy populations")};
    for (qsizetype m = 0; m < 7; ++m) {
        CHECK(f.measures.at(m).id == QString::number(m + 1));
        CHECK(f.measures.at(m).title == titles.at(m));
        CHECK(f.measures.at(m).indicators.size() == expect.perMeasure.at(m));
        for (qsizetype i = 0; i < f.measures.at(m).indicators.size(); ++i)
            CHECK(f.measures.at(m).indicators.at(i).id == QStringLiteral("%1.%2").arg(m + 1).arg(i + 1));
    }
    CHECK(f.scale.min == 1);
    CHECK(f.scale.max == 5);
    CHECK(f.scale.levels.size() == 5);
    CHECK(f.licence == u"Open Government Licence v3.0");
}

TEST_CASE("the two revisions differ only in the SIRO wording of measure 3", "[framework]")
{
    for (const QString &id : {QStringLiteral("wgll-ics"), QStringLiteral("wgll-org")}) {
        const Framework current = load(id + u".json");
        const Framework original = load(id + u"-2021-08-31.json");
        CHECK(original.version < current.version);
        CHECK(current.supersedes == original.version);
        QStringList changed;
        for (const Measure &m : current.measures) {
            for (const Indicator &i : m.indicators) {
                const Indicator *old = original.indicator(i.id);
                REQUIRE(old);
                if (old->text != i.text) {
                    changed.append(i.id);
                    CHECK(old->text.contains(u"senior information responsible officer (SIRO)"));
                    CHECK(i.text.contains(u"senior information risk owner"));
                }
            }
        }
        CHECK(changed == QStringList{id == u"wgll-ics" ? QStringLiteral("3.3") : QStringLiteral("3.5")});
    }
}

TEST_CASE("shipped framework text is verbatim from the published framework", "[framework][seed]")
{
    // The published page, kept in the repository (Crown copyright, OGL v3.0; see its README).
    const QString source = sourceDir() + u"/frameworks/source/what-good-looks-like-framework.txt";
    INFO(source.toStdString());
    REQUIRE(QFileInfo::exists(source));
    const QString text = QString::fromUtf8(readAll(source));
    // Each variant is its own half of the page: ICS first, organisation second.
    const qsizetype orgStart = text.indexOf(u"What does good look like for your organisation?");
    REQUIRE(orgStart > 0);
    // The first-published revision differs by the one change the page's History records.
    const QString newWords = QStringLiteral("senior information risk owner");
    const QString oldWords = QStringLiteral("senior information responsible officer (SIRO)");
    REQUIRE(text.contains(u"\n4 October 2021: Under success measure 3, replaced \"" + oldWords + u"\" with \"" +
                          newWords + u"\"."));
    int statements = 0;
    int original = 0;
    for (const QString &name : {QStringLiteral("wgll-ics.json"), QStringLiteral("wgll-org.json"),
                                QStringLiteral("wgll-ics-2021-08-31.json"),
                                QStringLiteral("wgll-org-2021-08-31.json")}) {
        INFO(name.toStdString());
        const Framework f = load(name);
        const bool first = f.version == u"2021-08-31";
        REQUIRE((first || f.version == u"2021-10-04"));
        const QString half = f.variant == u"ics" ? text.left(orgStart) : text.mid(orgStart);
        CHECK(half.contains(u'\n' + f.lead + u'\n'));
        for (const Measure &m : f.measures) {
            INFO(m.title.toStdString());
            CHECK(half.contains(u"Success measure " + m.id + u" - " + m.title + u'\n'));
            for (const QString &para : m.summary.split(QStringLiteral("\n\n")))
                CHECK(half.contains(u'\n' + para + u'\n'));
            for (const Indicator &i : m.indicators) {
                INFO(i.id.toStdString());
                QString published = i.text;
                if (first && published.contains(oldWords)) {
                    ++original;
                    published.replace(oldWords, newWords);
                }
                CHECK(half.contains(u"  • " + published + u'\n'));
                ++statements;
            }
        }
    }
    CHECK(statements == 2 * (45 + 49));
    CHECK(original == 2); // ICS 3.3 and organisation 3.5
}

TEST_CASE("writing and reading a framework gives the same framework", "[framework]")
{
    const Framework f = load(QStringLiteral("wgll-org.json"));
    FrameworkReader reader;
    const auto again = reader.parse(FrameworkWriter::toBytes(f), QStringLiteral("round-trip"));
    REQUIRE(again.has_value());
    CHECK(*again == f);
}

TEST_CASE("broken framework files are rejected with the JSON path of the fault", "[framework][errors]")
{
    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *message;
    };
    const QString dup = QStringLiteral("measures/2/indicators/5/id");
    const auto c = GENERATE_COPY(values<Case>({
        {"missing key", without(QStringLiteral("title")), "title: required key is missing"},
        {"missing nested key", without(QStringLiteral("measures/1/summary")), "measures[1].summary: required key is missing"},
        {"wrong type: array", with(QStringLiteral("measures"), QStringLiteral("seven")), "measures: expected an array, found a string"},
        {"wrong type: number", with(QStringLiteral("scale/min"), QStringLiteral("one")), "scale.min: expected a whole number, found a string"},
        {"wrong type: text", with(QStringLiteral("measures/0/indicators/0/text"), 42), "measures[0].indicators[0].text: expected a string, found a number"},
        {"fractional number", with(QStringLiteral("scale/max"), 5.5), "scale.max: expected a whole number, found a number"},
        {"duplicate indicator id", with(dup, QStringLiteral("3.5")), "measures[2].indicators[5].id: duplicate id \"3.5\""},
        {"duplicate measure id", with(QStringLiteral("measures/3/id"), QStringLiteral("3")), "measures[3].id: duplicate id \"3\""},
        {"indicator outside its measure", with(QStringLiteral("measures/0/indicators/0/id"), QStringLiteral("9.1")), "measures[0].indicators[0].id: \"9.1\" must start with its measure id \"1.\""},
        {"invalid id", with(QStringLiteral("measures/0/id"), QStringLiteral("a b")), "measures[0].id: \"a b\" is not a valid id"},
        {"empty text", with(QStringLiteral("measures/4/indicators/2/text"), QStringLiteral("   ")), "measures[4].indicators[2].text: must not be empty"},
        {"control character", with(QStringLiteral("measures/0/title"), QStringLiteral("Well\x1b[31m led")), "measures[0].title: contains a control character (U+001B)"},
        {"newline in a title", with(QStringLiteral("title"), QStringLiteral("two\nlines")), "title: contains a control character (U+000A)"},
        {"over-long text", with(QStringLiteral("measures/0/summary"), QString(6000, u'x')), "measures[0].summary: is 6000 characters long; at most 5000 allowed"},
        {"unknown key", with(QStringLiteral("titel"), QStringLiteral("typo")), "titel: unknown key"},
        {"unknown nested key", with(QStringLiteral("measures/0/indicators/0/score"), 3), "measures[0].indicators[0].score: unknown key"},
        {"bad date", with(QStringLiteral("version"), QStringLiteral("2021-13-01")), "version: \"2021-13-01\" is not a date in the form YYYY-MM-DD"},
        {"supersedes later", with(QStringLiteral("supersedes"), QStringLiteral("2022-01-01")), "supersedes: \"2022-01-01\" must be earlier than version \"2021-10-04\""},
        {"bad variant", with(QStringLiteral("variant"), QStringLiteral("trust")), "variant: \"trust\" is not one of"},
        {"scale max not above min", with(QStringLiteral("scale/max"), 1), "scale.max: must be greater than min (1)"},
        {"scale level count", with(QStringLiteral("scale/max"), 6), "scale.levels: has 5 levels; a scale from 1 to 6 needs 6"},
        {"scale levels out of order", with(QStringLiteral("scale/levels/1/value"), 3), "scale.levels[1].value: expected 2 (levels run from min to max in order), found 3"},
        {"no measures", with(QStringLiteral("measures"), QJsonArray()), "measures: needs at least 1 item(s), has 0"},
        {"measure not an object", with(QStringLiteral("measures/6"), QStringLiteral("x")), "measures[6]: expected an object, found a string"},
        {"top level not an object", QByteArray("[1, 2, 3]"), "not a framework: the top level must be a JSON object"},
        {"not JSON at all", QByteArray("Well led, Safe practice"), "not valid JSON"},
        {"empty file", QByteArray(), "not valid JSON"},
        {"truncated", QJsonDocument(orgJson()).toJson().left(2000), "not valid JSON"},
        {"invalid UTF-8", QByteArray("{\"id\": \"wgll\xff-org\"}"), "invalid UTF-8 at byte 12"},
        {"overlong UTF-8", QByteArray("{\"id\": \"\xc0\xaf\"}"), "invalid UTF-8 at byte 8"},
        {"UTF-16 surrogate in UTF-8", QByteArray("{\"id\": \"\xed\xa0\x80\"}"), "invalid UTF-8 at byte 8"},
        {"deeply nested", QByteArray(200000, '['), "not valid JSON"},
        {"huge", QByteArray(FrameworkReader::MaxFileSize + 1, ' '), "a framework file may be at most 4194304 bytes"},
    }));
    INFO(c.name);
    FrameworkReader reader;
    const auto f = reader.parse(c.bytes, QStringLiteral("broken.json"));
    CHECK_FALSE(f.has_value());
    REQUIRE_FALSE(reader.errors().isEmpty());
    for (const Error &e : reader.errors()) {
        CHECK(e.file == u"broken.json");
        CHECK(e.kind == ErrorKind::BadData);
    }
    INFO(messages(reader).join(u'\n').toStdString());
    CHECK(messages(reader).join(u'\n').contains(QString::fromUtf8(c.message)));
}

TEST_CASE("a parse error names the line it is on", "[framework][errors]")
{
    FrameworkReader reader;
    CHECK_FALSE(reader.parse("{\n  \"id\": \"x\",\n  \"version\" \"2021-01-01\"\n}", QStringLiteral("f.json")));
    REQUIRE(reader.errors().size() == 1);
    CHECK(reader.errors().first().line == 3);
    CHECK(reader.errors().first().toString().startsWith(u"f.json:3: not valid JSON"));
}

TEST_CASE("every fault in a file is reported, not just the first", "[framework][errors]")
{
    QJsonObject o = orgJson();
    o.remove(QStringLiteral("title"));
    o.insert(QStringLiteral("version"), QStringLiteral("yesterday"));
    FrameworkReader reader;
    CHECK_FALSE(reader.parse(QJsonDocument(o).toJson(), QStringLiteral("f.json")));
    CHECK(reader.errors().size() == 2);
}

TEST_CASE("a UTF-8 byte order mark and x- extension keys are accepted", "[framework]")
{
    QJsonObject o = orgJson();
    o.insert(QStringLiteral("x-local-note"), QStringLiteral("kept by our PMO"));
    FrameworkReader reader;
    const auto f = reader.parse("\xEF\xBB\xBF" + QJsonDocument(o).toJson(), QStringLiteral("f.json"));
    REQUIRE(f.has_value());
    CHECK(f->indicatorCount() == 49);
}

TEST_CASE("a missing file is reported as not found", "[framework][errors]")
{
    FrameworkReader reader;
    CHECK_FALSE(reader.readFile(QStringLiteral("/nonexistent/framework.json")));
    REQUIRE(reader.errors().size() == 1);
    CHECK(reader.errors().first().kind == ErrorKind::NotFound);
    CHECK(reader.errors().first().file == u"/nonexistent/framework.json");
}
