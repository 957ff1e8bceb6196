// SPDX-License-Identifier: GPL-3.0-or-later
// `wgll evidence add --note` and `wgll evidence list` as their help says (issue 20, item 5).
#include "clirunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using wgll::test::Cli;
using wgll::test::Run;

namespace {

struct Evidence : Cli
{
    QString file = path(u"t.wgll"_s);
    Evidence() { REQUIRE((*this)({u"new"_s, file, u"--framework"_s, u"wgll-org"_s}).exitCode == 0); }
    Run add(const QString &statements, const QString &what, const QStringList &options = {}) const
    {
        return (*this)(QStringList{u"evidence"_s, u"add"_s, file, statements, what} + options);
    }
    Run list(const QString &format) const
    {
        return (*this)({u"evidence"_s, u"list"_s, file, u"--format"_s, format});
    }
    QJsonArray json() const
    {
        const Run r = list(u"json"_s);
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"evidence"_s).toArray();
    }
};

} // namespace

TEST_CASE("wgll evidence add --note without --title takes the note's first line as the title",
          "[cli][evidence]")
{
    Evidence wgll;
    const Run added = wgll.add(u"2.5"_s, u"\n  Board minutes, 12 March: digital strategy approved\t \nItem 4.2 ..."_s,
                               {u"--note"_s});
    CHECK(added.exitCode == 0);
    CHECK(added.err.isEmpty());
    CHECK(added.out == u"added evidence 1\n");

    // A first line longer than a title may be is cut at a word, and says so.
    QString words;
    for (int i = 0; words.size() < 400; ++i)
        words += u"word" + QString::number(i) + u' ';
    REQUIRE(wgll.add(u"2.5"_s, words, {u"--note"_s}).exitCode == 0);
    // A given title is kept.
    REQUIRE(wgll.add(u"2.5"_s, u"text"_s, {u"--note"_s, u"--title"_s, u"Given"_s}).exitCode == 0);

    const QJsonArray items = wgll.json();
    REQUIRE(items.size() == 3);
    CHECK(items.at(0)[u"title"_s].toString() == u"Board minutes, 12 March: digital strategy approved");
    const QString cut = items.at(1)[u"title"_s].toString();
    CHECK(cut.size() <= 300);
    CHECK(cut.size() > 280);
    REQUIRE(cut.endsWith(u'…'));
    CHECK(words.startsWith(cut.chopped(1) + u' '));
    CHECK(items.at(2)[u"title"_s].toString() == u"Given");

    // A note with no text is still refused.
    const Run blank = wgll.add(u"2.5"_s, u"  \n "_s, {u"--note"_s});
    CHECK(blank.exitCode == 65);
    CHECK(wgll({u"check"_s, wgll.file}).exitCode == 0);
}

TEST_CASE("wgll evidence list --format json gives each item's id, kind, title, statements, size, hash and date",
          "[cli][evidence]")
{
    Evidence wgll;
    QByteArray payload;
    for (int i = 0; i < 70000; ++i)
        payload.append(static_cast<char>(i % 251));
    wgll::test::writeAll(wgll.path(u"dspt.pdf"_s), payload);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    REQUIRE(wgll.add(u"3.1,3.2"_s, wgll.path(u"dspt.pdf"_s), {u"--title"_s, u"DSPT 2026"_s}).exitCode == 0);
    REQUIRE(wgll.add(u"5.2"_s, u"https://www.nhs.uk/nhs-app/"_s, {u"--link"_s}).exitCode == 0);
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(1);

    const QJsonArray items = wgll.json();
    REQUIRE(items.size() == 2);
    const QJsonObject file = items.at(0).toObject();
    CHECK(file.keys() == QStringList{u"added"_s, u"id"_s, u"indicators"_s, u"kind"_s, u"sha256"_s, u"size"_s,
                                     u"title"_s});
    CHECK(file[u"id"_s].toInteger() == 1);
    CHECK(file[u"kind"_s].toString() == u"file");
    CHECK(file[u"title"_s].toString() == u"DSPT 2026");
    CHECK(file[u"indicators"_s].toArray() == QJsonArray{u"3.1"_s, u"3.2"_s});
    CHECK(file[u"size"_s].toInteger() == payload.size());
    CHECK(file[u"sha256"_s].toString() ==
          QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex()));
    const QDateTime added = QDateTime::fromString(file[u"added"_s].toString(), Qt::ISODateWithMs);
    CHECK(file[u"added"_s].toString().endsWith(u'Z'));
    CHECK(added >= start);
    CHECK(added <= end);
    const QJsonObject link = items.at(1).toObject();
    CHECK(link[u"kind"_s].toString() == u"link");
    CHECK(link[u"size"_s].isNull());
    CHECK(link[u"sha256"_s].isNull());
    CHECK(link[u"added"_s].isString());

    const Run bad = wgll.list(u"xml"_s);
    CHECK(bad.exitCode == 64);
    CHECK(bad.out.isEmpty());
}

TEST_CASE("wgll evidence list --format csv is RFC 4180 and never a formula", "[cli][evidence]")
{
    Evidence wgll;
    REQUIRE(wgll.add(u"1.1,1.2"_s, u"a note"_s, {u"--note"_s, u"--title"_s, u"=HYPERLINK(\"http://x\",\"y\")"_s})
                .exitCode == 0);
    REQUIRE(wgll.add(u"1.1"_s, u"@SUM(A1)\nmore"_s, {u"--note"_s}).exitCode == 0);
    wgll::test::writeAll(wgll.path(u"a.txt"_s), "abc");
    REQUIRE(wgll.add(u"1.1"_s, wgll.path(u"a.txt"_s), {u"--title"_s, u"-1 minus, \"quoted\""_s}).exitCode == 0);
    const Run r = wgll.list(u"csv"_s);
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(u"\r\n"_s);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(4).isEmpty()); // every record ends in CRLF, and there is no bare LF
    CHECK(!r.out.contains(QRegularExpression(u"[^\r]\n"_s)));
    CHECK(lines.at(0) == u"id,kind,title,statements,size,sha256,added");
    CHECK(lines.at(1).startsWith(u"1,note,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"1.1,1.2\",,,20"));
    CHECK(lines.at(2).startsWith(u"2,note,'@SUM(A1),1.1,,,20"));
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash("abc", QCryptographicHash::Sha256).toHex());
    CHECK(lines.at(3).startsWith(u"3,file,\"'-1 minus, \"\"quoted\"\"\",1.1,3," + digest + u",20"));
}

TEST_CASE("wgll evidence list text fits 80 columns with the short hash and the date added and the title wrapped", "[cli][evidence]")
{
    Evidence wgll;
    wgll::test::writeAll(wgll.path(u"a.txt"_s), "abc");
    const QString longTitle = u"Digital and data strategy 2026 to 2031, as approved by the board "
                              u"and the integrated care partnership, with appendices"_s;
    REQUIRE(wgll.add(u"1.1,1.2,1.3,1.4,1.5,1.6,2.1,2.2,2.3"_s, wgll.path(u"a.txt"_s), {u"--title"_s, longTitle})
                .exitCode == 0);
    REQUIRE(wgll.add(u"5.2"_s, u"https://www.nhs.uk/nhs-app/"_s, {u"--link"_s}).exitCode == 0);
    const Run r = wgll.list(u"text"_s);
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 3);
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(line.size() <= 80);
    }
    CHECK(lines.at(0).startsWith(u"ID  KIND  STATEMENTS"));
    CHECK(lines.at(0).contains(u"ADDED"));
    CHECK(lines.at(0).contains(u"SHA-256"));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    // Whole statement ids and how many more, never a cut id.
    CHECK(lines.at(1).contains(u" 1  file  1.1, 1.2 (+7)  "));
    CHECK(lines.at(1).contains(u"  " + today + u"  ba7816bf"));
    // The long title is wrapped inside its column, every word of it kept.
    QStringList words;
    for (const QString &line : lines.mid(1))
        words += line.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : longTitle.split(u' '))
        CHECK(words.contains(word));
    CHECK(lines.last().contains(u" 2  link  5.2"));
    CHECK((r.out.contains(u"ba7816bf8f01") == false)); // the full digest is for json and csv
}
