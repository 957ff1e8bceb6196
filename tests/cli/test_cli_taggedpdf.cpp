// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 17, item 1: the board report's PDF is tagged and accessible, checked with the tools a
// reviewer uses: pdfinfo (Tagged: yes), qpdf --json (the catalog's /Lang, /MarkInfo and XMP
// metadata, the structure tree's headings, tables with header cells, figures with alternative
// text, links; the outline), pdffonts (every font embedded).
#include "demopair.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>

using wgll::test::Run;

namespace {

Run tool(const QString &program, const QStringList &args)
{
    const QString found = QStandardPaths::findExecutable(program);
    INFO(program.toStdString() << " is not installed: scripts/install-deps.sh installs it");
    REQUIRE_FALSE(found.isEmpty());
    QTemporaryDir home;
    return wgll::test::runProgram(found, args, home.path());
}

/// The demo's two years, with a note holding a web address, as a report of them.
struct TaggedDemo : wgll::test::DemoPair
{
    QString pdf = path(QStringLiteral("board.pdf"));

    TaggedDemo()
    {
        ok({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("1.1"), QStringLiteral("--note"),
            QStringLiteral("--title"), QStringLiteral("Board minutes"),
            QStringLiteral("Minutes at https://northshire.example.nhs.uk/board/2026-05 record it.")});
        // A cover field whose web address ends a sentence: the full stop is not part of the link.
        ok({QStringLiteral("details"), file, QStringLiteral("--set"),
            QStringLiteral("executive-summary=The paper is at https://northshire.example.nhs.uk/papers/wgll-2026.")});
        ok({QStringLiteral("report"), file, QStringLiteral("--baseline"), baseline, QStringLiteral("-o"), pdf});
    }
};

/// qpdf's JSON (version 2) of a PDF: its objects by "N 0 R", and its outline.
struct PdfJson
{
    QMap<QString, QJsonObject> objects;
    QJsonObject trailer;
    QJsonArray outlines;

    explicit PdfJson(const QString &pdf)
    {
        const Run json = tool(QStringLiteral("qpdf"), {QStringLiteral("--json=2"), pdf});
        REQUIRE(json.exitCode == 0);
        const QJsonObject all = QJsonDocument::fromJson(json.out.toUtf8()).object();
        outlines = all[u"outlines"].toArray();
        const QJsonObject items = all[u"qpdf"].toArray().at(1).toObject();
        for (auto it = items.begin(); it != items.end(); ++it) {
            const QJsonObject value = it.value().toObject()[u"value"].toObject();
            if (it.key() == u"trailer")
                trailer = value;
            else if (it.key().startsWith(u"obj:"))
                objects.insert(it.key().mid(4), value);
        }
    }
    QJsonObject deref(const QJsonValue &v) const
    {
        return v.isString() ? objects.value(v.toString()) : v.toObject();
    }
    /// The structure elements of type `type` (a name such as "/TH").
    QList<QJsonObject> elements(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &o : objects)
            if (o[u"/S"].toString() == type && o.contains(u"/P"))
                out.append(o);
        return out;
    }
};

QStringList titles(const QJsonArray &outline)
{
    QStringList out;
    for (const auto &item : outline) {
        out.append(item[u"title"].toString());
        out.append(titles(item[u"kids"].toArray()));
    }
    return out;
}

} // namespace

TEST_CASE("the PDF report is tagged: language, structure, figures' alternative text, links, outline",
          "[cli][report][pdf]")
{
    TaggedDemo demo;

    const Run info = tool(QStringLiteral("pdfinfo"), {demo.pdf});
    INFO(info.out.toStdString());
    CHECK(info.out.contains(u"Tagged:          yes"));
    CHECK(info.out.contains(u"Title:           Digital maturity self-assessment"));

    const PdfJson pdf(demo.pdf);
    const QJsonObject catalog = pdf.deref(pdf.trailer[u"/Root"]);
    CHECK(catalog[u"/Lang"].toString() == u"u:en-GB");
    CHECK(catalog[u"/MarkInfo"].toObject()[u"/Marked"].toBool());
    CHECK(catalog[u"/ViewerPreferences"].toObject()[u"/DisplayDocTitle"].toBool());
    REQUIRE(catalog.contains(u"/StructTreeRoot"));
    REQUIRE(catalog.contains(u"/Metadata"));
    const Run xmp = tool(QStringLiteral("qpdf"), {QStringLiteral("--show-object=") +
                                                      catalog[u"/Metadata"].toString().section(u' ', 0, 0),
                                                  QStringLiteral("--filtered-stream-data"), demo.pdf});
    CHECK(xmp.out.contains(u"<pdfuaid:part>1</pdfuaid:part>"));
    CHECK(xmp.out.contains(u"<rdf:li xml:lang=\"x-default\">Digital maturity self-assessment"));

    // The structure tree: a heading per section, H2 within, ruled tables with header cells.
    CHECK(pdf.elements(QStringLiteral("/Document")).size() == 1);
    CHECK(pdf.elements(QStringLiteral("/H1")).size() >= 13); // the title and each section
    CHECK(pdf.elements(QStringLiteral("/H2")).size() >= 5);
    CHECK(pdf.elements(QStringLiteral("/Table")).size() >= 13);
    CHECK(pdf.elements(QStringLiteral("/TH")).size() > 40);
    CHECK(pdf.elements(QStringLiteral("/TD")).size() > 300);
    CHECK(pdf.elements(QStringLiteral("/P")).size() > 20);
    CHECK(pdf.elements(QStringLiteral("/LI")).size() >= 5); // the key figures
    CHECK(pdf.elements(QStringLiteral("/Private")).isEmpty()); // page furniture: artifacts

    // Both charts are figures whose alternative text states their figures.
    const QList<QJsonObject> figures = pdf.elements(QStringLiteral("/Figure"));
    REQUIRE(figures.size() == 2);
    for (const QJsonObject &figure : figures) {
        const QString alt = figure[u"/Alt"].toString();
        INFO(alt.toStdString());
        CHECK(alt.startsWith(u"u:"));
        CHECK(QRegularExpression(QStringLiteral("Well led [0-9]\\.[0-9]")).match(alt).hasMatch());
    }

    // Real links: the note's web address, the cover field's, the framework's source in a
    // paragraph of the appendix, and each action to its row of the gap list.
    QStringList uris;
    QStringList internal;
    for (const QJsonObject &o : pdf.objects) {
        if (o[u"/Subtype"].toString() != u"/Link")
            continue;
        const QJsonObject action = pdf.deref(o[u"/A"]);
        if (action.contains(u"/URI"))
            uris.append(action[u"/URI"].toString());
        if (o.contains(u"/Dest"))
            internal.append(o[u"/Dest"].toString());
        else if (action[u"/S"].toString() == u"/GoTo")
            internal.append(action[u"/D"].toString());
    }
    INFO("URIs: " << uris.join(u' ').toStdString());
    CHECK(uris.contains(u"u:https://northshire.example.nhs.uk/board/2026-05"));
    CHECK(uris.contains(u"u:https://northshire.example.nhs.uk/papers/wgll-2026"));
    CHECK(uris.contains(u"u:https://www.gov.uk/government/publications/what-good-looks-like-framework"));
    CHECK(internal.size() >= 10); // the demo's twelve actions, those whose statement is a gap
    CHECK(pdf.elements(QStringLiteral("/Link")).size() == uris.size() + internal.size());
    // The source line is a paragraph: its Link element is a child of a P.
    int inParagraph = 0;
    for (const QJsonObject &link : pdf.elements(QStringLiteral("/Link")))
        inParagraph += pdf.deref(link[u"/P"])[u"/S"].toString() == u"/P" ? 1 : 0;
    CHECK(inParagraph >= 1);
    // Each internal link leads to a destination the catalog names, on a page.
    QMap<QString, QJsonValue> dests;
    const QJsonObject names = pdf.deref(catalog[u"/Names"]);
    const QJsonObject destTree = pdf.deref(names[u"/Dests"]);
    QList<QJsonObject> nodes{destTree};
    while (!nodes.isEmpty()) {
        const QJsonObject node = nodes.takeFirst();
        for (const auto &kid : node[u"/Kids"].toArray())
            nodes.append(pdf.deref(kid));
        const QJsonArray pairs = node[u"/Names"].toArray();
        for (qsizetype i = 0; i + 1 < pairs.size(); i += 2)
            dests.insert(pairs.at(i).toString(), pairs.at(i + 1));
    }
    for (const QString &name : internal) {
        INFO(name.toStdString());
        REQUIRE(dests.contains(name));
        const QJsonValue target = dests.value(name);
        const QJsonArray place = target.isArray() ? target.toArray() : pdf.deref(target)[u"/D"].toArray();
        REQUIRE_FALSE(place.isEmpty());
        CHECK(pdf.deref(place.at(0))[u"/Type"].toString() == u"/Page");
    }

    // Header cells say what they head: a table's header row its columns, the cover sheet's
    // labels their rows (PDF/UA: /Scope in the Table attributes).
    int columns = 0, rows = 0;
    for (const QJsonObject &th : pdf.elements(QStringLiteral("/TH"))) {
        const QJsonObject attributes = pdf.deref(th[u"/A"]);
        INFO(QJsonDocument(th).toJson().toStdString());
        CHECK(attributes[u"/O"].toString() == u"/Table");
        const QString scope = attributes[u"/Scope"].toString();
        columns += scope == u"/Column" ? 1 : 0;
        rows += scope == u"/Row" ? 1 : 0;
        CHECK((scope == u"/Column" || scope == u"/Row"));
    }
    CHECK(columns > 40);
    CHECK(rows >= 5); // the cover sheet's labels

    // The outline: the cover's title, every section, the subheadings under them.
    const QStringList outline = titles(pdf.outlines);
    INFO(outline.join(u" | ").toStdString());
    CHECK(outline.size() >= 19);
    for (const char *section : {"Executive summary", "Prioritised gap list", "Action plan", "Evidence index"})
        CHECK(outline.contains(QString::fromUtf8(section)));

    // The structure tree's small objects are packed into compressed object streams: the
    // demo's file was 360 KB in qpdf's QDF layout, about 110 KB packed.
    CHECK(QFileInfo(demo.pdf).size() < qint64{200} * 1024);

    const Run fonts = tool(QStringLiteral("pdffonts"), {demo.pdf});
    INFO(fonts.out.toStdString());
    CHECK(fonts.out.contains(u"LiberationSans"));
    for (const QString &row : fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QStringList cols = row.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 6);
        CHECK(cols.at(cols.size() - 5) == u"yes");
    }
}
