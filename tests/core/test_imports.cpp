// SPDX-License-Identifier: GPL-3.0-or-later
// The core CSV imports (core/io) and the one-call edits (Document::changeAnswer, ::changeInfo):
// all or nothing, and an edit that changes nothing writes nothing.
#include "testsupport.h"

#include "framework/frameworkcatalog.h"
#include "io/csvimport.h"
#include "storage/document.h"

using namespace wgll;
using storage::Document;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("a.wgll"));
    QString work = dir.filePath(QStringLiteral("work"));

    /// A saved assessment with 1.1 scored 2, reopened for the import.
    std::unique_ptr<Document> saved()
    {
        static const FrameworkCatalog catalog = FrameworkCatalog::load({});
        Error error;
        auto doc = wgll::take(Document::create(file, catalog.find(QStringLiteral("wgll-org"))->framework,
                                               AssessmentInfo{}, work),
                              error);
        REQUIRE(doc);
        Answer a;
        a.indicator = QStringLiteral("1.1");
        a.score = 2;
        REQUIRE(doc->setAnswer(a));
        REQUIRE(doc->save());
        return doc;
    }
};

QList<CsvReader::Record> records(const QByteArray &csv)
{
    CsvReader reader;
    const auto r = reader.parse(csv, QStringLiteral("in.csv"));
    REQUIRE(r);
    return *r;
}

} // namespace

TEST_CASE("a scores import with a bad row writes nothing: the document and its file are unchanged",
          "[core][io][import]")
{
    Fixture f;
    auto doc = f.saved();
    const QByteArray before = test::readAll(f.file);
    const qint64 generation = doc->generation();
    const Assessment was = doc->assessment();

    // Rows 2 and 3 are good; row 4 is out of the scale. None may be written.
    const auto rows = records("indicator,score,target,weight,note\n1.1,4,,,\n1.2,3,,,\n1.3,9,,,\n");
    const Result<qsizetype> imported = csvimport::importResponses(*doc, rows, QStringLiteral("in.csv"), {});
    REQUIRE_FALSE(imported);
    CHECK(imported.error().line == 4);
    CHECK(imported.error().message.contains(u"outside the scale"));
    CHECK(doc->generation() == generation);
    CHECK_FALSE(doc->isModified());
    CHECK(doc->assessment().answers == was.answers);
    doc->close();
    CHECK(test::readAll(f.file) == before);

    // The same rows without the bad one go in, all together, as one edit.
    Error error;
    auto again = wgll::take(Document::open(f.file, Document::Recovery::Refuse, f.work), error);
    REQUIRE(again);
    const qint64 g = again->generation();
    const auto good = records("indicator,score,target,weight,note\n1.1,4,,,\n1.2,3,,,\n");
    const Result<qsizetype> ok = csvimport::importResponses(*again, good, QStringLiteral("in.csv"), {});
    REQUIRE(ok);
    CHECK(*ok == 2);
    CHECK(again->generation() == g + 1);
    CHECK(again->answer(QStringLiteral("1.2"))->score == 3);
    again->close();
}

TEST_CASE("a votes import with a bad row writes nothing: no session, no participant, the file unchanged",
          "[core][io][import]")
{
    Fixture f;
    auto doc = f.saved();
    const QByteArray before = test::readAll(f.file);
    const qint64 generation = doc->generation();
    WorkshopSession session;
    session.title = QStringLiteral("Board workshop");
    session.date = QDate(2026, 11, 3);

    const auto rows = records("participant,indicator,score\nAsha,1.1,3\nBen,1.1,4\nCara,9.9,2\n");
    const Result<csvimport::ImportedVotes> imported =
        csvimport::importVotes(*doc, session, rows, QStringLiteral("in.csv"));
    REQUIRE_FALSE(imported);
    CHECK(imported.error().line == 4);
    CHECK(doc->generation() == generation);
    CHECK(doc->workshop().participants.isEmpty());
    CHECK(doc->workshop().sessions.isEmpty());
    doc->close();
    CHECK(test::readAll(f.file) == before);
}

TEST_CASE("changeAnswer and changeInfo say whether they changed anything, and a no-op writes nothing",
          "[core][document][edit]")
{
    Fixture f;
    auto doc = f.saved();
    const qint64 generation = doc->generation();
    Answer a = *doc->answer(QStringLiteral("1.1"));
    const Result<Edit> same = doc->changeAnswer(a);
    REQUIRE(same);
    CHECK(*same == Edit::Unchanged);
    CHECK(doc->generation() == generation);
    CHECK_FALSE(doc->isModified());

    a.score = 9;
    const Result<Edit> refused = doc->changeAnswer(a);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::BadData);
    CHECK(doc->generation() == generation);

    a.score = 3;
    const Result<Edit> changed = doc->changeAnswer(a);
    REQUIRE(changed);
    CHECK(*changed == Edit::Changed);
    CHECK(doc->generation() == generation + 1);

    AssessmentInfo info = doc->info();
    CHECK(*doc->changeInfo(info) == Edit::Unchanged);
    CHECK(doc->generation() == generation + 1);
    info.period = QStringLiteral("2027/28");
    CHECK(*doc->changeInfo(info) == Edit::Changed);
    CHECK(doc->generation() == generation + 2);
    doc->close();
}
