// SPDX-License-Identifier: GPL-3.0-or-later
// The Word report's package: the body (docxbody.cpp) and its parts, or the trust's template with
// its body replaced. Everything the template holds is kept as it was except the parts that say
// what the document is: [Content_Types].xml (a .dotx becomes a .docx), the relationships, the
// document properties and word/document.xml.
#include "docxwriter.h"

#include "docxparts.h"

#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace wgll::report {

using namespace docx;

namespace {

const QString TypesNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
constexpr auto DocumentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

struct Relationship
{
    QString id, type, target, mode;
};

struct Part
{
    QString name;        ///< in the package, e.g. "word/header1.xml"
    QString contentType; ///< an Override's, or empty: the Default for its extension
    QByteArray bytes;
};

/// The package being put together: parts, and the main document's relationships.
struct Assembly
{
    QList<Part> parts;
    QList<Relationship> documentRels;
    QSet<QString> dropped; ///< template parts the report leaves out

    void add(const QString &name, const char *contentType, QByteArray bytes)
    {
        parts.append({name, contentType ? QString::fromLatin1(contentType) : QString(), std::move(bytes)});
    }
};

QString relType(const char *name)
{
    return QString::fromLatin1(RelBase) + QString::fromLatin1(name);
}

QByteArray relationshipsXml(const QList<Relationship> &rels)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startPart(w);
    w.writeDefaultNamespace(RelNs);
    w.writeStartElement(RelNs, QStringLiteral("Relationships"));
    for (const Relationship &r : rels) {
        w.writeEmptyElement(RelNs, QStringLiteral("Relationship"));
        w.writeAttribute(QStringLiteral("Id"), r.id);
        w.writeAttribute(QStringLiteral("Type"), r.type);
        w.writeAttribute(QStringLiteral("Target"), r.target);
        if (!r.mode.isEmpty())
            w.writeAttribute(QStringLiteral("TargetMode"), r.mode);
    }
    w.writeEndDocument();
    return bytes;
}

QList<Relationship> relationshipsOf(const QByteArray &xml)
{
    QList<Relationship> rels;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        rels.append({a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(), a.value(QLatin1String("Target")).toString(),
                     a.value(QLatin1String("TargetMode")).toString()});
    }
    return rels;
}

/// [Content_Types].xml: the template's defaults and overrides (less the parts the report
/// replaces or drops), then the report's own parts.
QByteArray contentTypesXml(const Assembly &a, const WordTemplate *t)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    startPart(w);
    const QString &ns = TypesNs;
    w.writeDefaultNamespace(ns);
    w.writeStartElement(ns, QStringLiteral("Types"));
    QSet<QString> defaults, overridden;
    for (const Part &p : a.parts)
        if (!p.contentType.isEmpty())
            overridden.insert(u'/' + p.name);
    auto writeDefault = [&](const QString &extension, const QString &type) {
        if (defaults.contains(extension.toLower()))
            return;
        defaults.insert(extension.toLower());
        w.writeEmptyElement(ns, QStringLiteral("Default"));
        w.writeAttribute(QStringLiteral("Extension"), extension);
        w.writeAttribute(QStringLiteral("ContentType"), type);
    };
    QList<std::pair<QString, QString>> overrides;
    QXmlStreamReader reader(t ? t->package.entry(QStringLiteral("[Content_Types].xml")) : QByteArray());
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QXmlStreamAttributes at = reader.attributes();
        if (reader.name() == u"Default")
            writeDefault(at.value(QLatin1String("Extension")).toString(), at.value(QLatin1String("ContentType")).toString());
        const QString part = at.value(QLatin1String("PartName")).toString();
        if (reader.name() == u"Override" && !overridden.contains(part) && !a.dropped.contains(part.mid(1)))
            overrides.append({part, at.value(QLatin1String("ContentType")).toString()});
    }
    writeDefault(QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml"));
    writeDefault(QStringLiteral("xml"), QStringLiteral("application/xml"));
    writeDefault(QStringLiteral("png"), QStringLiteral("image/png"));
    for (const Part &p : a.parts)
        if (!p.contentType.isEmpty())
            overrides.append({u'/' + p.name, p.contentType});
    for (const auto &[part, type] : overrides) {
        w.writeEmptyElement(ns, QStringLiteral("Override"));
        w.writeAttribute(QStringLiteral("PartName"), part);
        w.writeAttribute(QStringLiteral("ContentType"), type);
    }
    w.writeEndDocument();
    return bytes;
}

/// The parts that come from the template, or the built-in ones, and the context the body needs.
BodyContext templateParts(Assembly &a, const WordTemplate *t)
{
    BodyContext c;
    c.wordTemplate = t;
    if (!t) {
        c.styleIds = styleIdsOf(builtinStyles());
        a.add(QStringLiteral("word/styles.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
              builtinStyles());
        a.add(QStringLiteral("word/settings.xml"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", settingsXml());
        a.add(QStringLiteral("word/fontTable.xml"),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml", fontTableXml());
        a.documentRels = {{QStringLiteral("rIdWgllStyles"), relType("styles"), QStringLiteral("styles.xml"), {}},
                          {QStringLiteral("rIdWgllSettings"), relType("settings"), QStringLiteral("settings.xml"), {}},
                          {QStringLiteral("rIdWgllFonts"), relType("fontTable"), QStringLiteral("fontTable.xml"), {}}};
        return c;
    }
    c.styleIds = t->styleIds;
    if (t->textWidthTwips > 0)
        c.textWidthTwips = t->textWidthTwips;
    a.documentRels = relationshipsOf(t->package.entry(QStringLiteral("word/_rels/document.xml.rels")));
    // The template's picture of its own first page would show the wrong document.
    for (const QString &name : t->package.names())
        if (name.startsWith(u"docProps/thumbnail", Qt::CaseInsensitive))
            a.dropped.insert(name);
    return c;
}

void headerAndFooter(Assembly &a, BodyContext &c, const BoardReport &report)
{
    const WordTemplate *t = c.wordTemplate;
    // The trust's header and footer where its template has them; the report's own otherwise.
    const bool ownPage = !t || !t->hasSectPr;
    const QString prefix = t ? QStringLiteral("wgll-") : QString();
    if (ownPage || !t->hasHeader) {
        c.headerRelId = QStringLiteral("rIdWgllHeader");
        a.documentRels.append({c.headerRelId, relType("header"), prefix + u"header1.xml", {}});
    }
    if (ownPage || !t->hasFooter) {
        c.footerRelId = QStringLiteral("rIdWgllFooter");
        a.documentRels.append({c.footerRelId, relType("footer"), prefix + u"footer1.xml", {}});
    }
    if (!c.headerRelId.isEmpty())
        a.add(u"word/" + prefix + u"header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
              headerXml(report, c));
    if (!c.footerRelId.isEmpty())
        a.add(u"word/" + prefix + u"footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
              footerXml(report, c));
}

QByteArray packageRelationships()
{
    return relationshipsXml(
        {{QStringLiteral("rId1"), relType("officeDocument"), QStringLiteral("word/document.xml"), {}},
         {QStringLiteral("rId2"),
          QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
          QStringLiteral("docProps/core.xml"), {}},
         {QStringLiteral("rId3"), relType("extended-properties"), QStringLiteral("docProps/app.xml"), {}}});
}

/// The template's parts the report keeps as they are (its styles gain the ones it lacks).
void keptTemplateParts(Assembly &a, BodyContext &c)
{
    const WordTemplate *t = c.wordTemplate;
    if (!t)
        return;
    QSet<QString> own{QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                      QStringLiteral("word/_rels/document.xml.rels"), QStringLiteral("word/document.xml"),
                      QStringLiteral("docProps/core.xml"),
                      QStringLiteral("docProps/app.xml")};
    for (const Part &p : a.parts)
        own.insert(p.name);
    for (const QString &name : t->package.names()) {
        if (own.contains(name) || a.dropped.contains(name) || name.endsWith(u'/'))
            continue;
        QByteArray bytes = t->package.entry(name);
        if (name == u"word/styles.xml")
            bytes = withMissingStyles(bytes, c.styleIds);
        a.parts.append({name, QString(), std::move(bytes)});
    }
}

} // namespace

std::optional<QByteArray> wordReport(const BoardReport &report, const WordTemplate *wordTemplate, Error &error)
{
    Assembly a;
    BodyContext context = templateParts(a, wordTemplate);
    headerAndFooter(a, context, report);
    a.add(QStringLiteral("docProps/core.xml"), "application/vnd.openxmlformats-package.core-properties+xml",
          corePropertiesXml(report));
    a.add(QStringLiteral("docProps/app.xml"), "application/vnd.openxmlformats-officedocument.extended-properties+xml",
          appPropertiesXml());
    // The template's styles are completed before the body names them.
    keptTemplateParts(a, context);
    QList<Media> media;
    const std::optional<QByteArray> body = documentXml(report, context, media, error);
    if (!body)
        return std::nullopt;
    a.add(QStringLiteral("word/document.xml"), DocumentType, *body);
    for (const Media &m : media) {
        a.documentRels.append({m.relId, relType("image"), m.target, {}});
        a.add(u"word/" + m.target, nullptr, m.png);
    }
    a.add(QStringLiteral("word/_rels/document.xml.rels"), nullptr, relationshipsXml(a.documentRels));
    a.add(QStringLiteral("_rels/.rels"), nullptr, packageRelationships());

    zip::PackageWriter writer;
    writer.add(QStringLiteral("[Content_Types].xml"), contentTypesXml(a, wordTemplate));
    for (const Part &p : a.parts)
        writer.add(p.name, p.bytes);
    Result<QByteArray> bytes = writer.finish(wordTemplate ? wordTemplate->fileName : report.title);
    if (!bytes) {
        error = bytes.error();
        return std::nullopt;
    }
    return std::move(bytes).value();
}

} // namespace wgll::report
