// SPDX-License-Identifier: GPL-3.0-or-later
// The trust's Word template, checked whole before a report is written: a file that is not a
// Word package, or is one Word itself would refuse, gives an error naming the file and the fault
// and leaves no output (docs/reports.md, "Word").
#include "wordtemplate.h"

#include <QFile>
#include <QXmlStreamReader>

namespace wgll::report {

namespace {

constexpr QLatin1String WordNs("http://schemas.openxmlformats.org/wordprocessingml/2006/main");

Error fault(const QString &fileName, const QString &message)
{
    return Error{ErrorKind::BadData, fileName, 0, message};
}

/// Empty when `xml` is well-formed, else the parser's complaint with its line.
QString xmlFault(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (!reader.hasError())
        return {};
    return QStringLiteral("%1 (line %2)").arg(reader.errorString()).arg(reader.lineNumber());
}

/// The content type [Content_Types].xml gives the main document part, or empty.
QString mainContentType(const QByteArray &contentTypes)
{
    QXmlStreamReader reader(contentTypes);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"Override" &&
            reader.attributes().value(QLatin1String("PartName")) == u"/word/document.xml")
            return reader.attributes().value(QLatin1String("ContentType")).toString();
    }
    return {};
}

int twips(const QXmlStreamAttributes &attributes, const char *name)
{
    return attributes.value(WordNs, QLatin1String(name)).toInt();
}

/// Reads the body's final w:sectPr: whether it has a header and a footer, and the text width.
void readSectPr(const QByteArray &documentXml, WordTemplate &t)
{
    QXmlStreamReader reader(documentXml);
    int depth = 0, pageWidth = 0, margins = 0;
    bool inSectPr = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            inSectPr = inSectPr && --depth > 0;
            continue;
        }
        if (!reader.isStartElement() || reader.namespaceUri() != WordNs)
            continue;
        if (inSectPr) {
            ++depth;
        } else if (reader.name() == u"sectPr") {
            // A later body-level sectPr replaces what an earlier one said.
            inSectPr = true;
            depth = 1;
            t.hasSectPr = true;
            t.hasHeader = t.hasFooter = false;
            pageWidth = margins = 0;
            continue;
        }
        if (!inSectPr)
            continue;
        const QXmlStreamAttributes a = reader.attributes();
        const QStringView type = a.value(WordNs, QLatin1String("type"));
        const bool defaultType = type.isEmpty() || type == u"default";
        if (reader.name() == u"headerReference" && defaultType)
            t.hasHeader = true;
        else if (reader.name() == u"footerReference" && defaultType)
            t.hasFooter = true;
        else if (reader.name() == u"pgSz")
            pageWidth = twips(a, "w");
        else if (reader.name() == u"pgMar")
            margins = twips(a, "left") + twips(a, "right");
    }
    t.textWidthTwips = pageWidth > margins ? pageWidth - margins : 0;
}

Result<WordTemplate> checkParts(zip::PackageReader package, const QString &fileName)
{
    for (const char *required : {"[Content_Types].xml", "word/document.xml", "word/styles.xml"})
        if (!package.contains(QString::fromLatin1(required)))
            return fault(fileName, u"not a Word document: it has no " + QString::fromLatin1(required));
    // Every XML part is copied into the report or read for it: each must be well-formed, or
    // Word would refuse the report rather than the template.
    for (const QString &name : package.names()) {
        if (!name.endsWith(u".xml") && !name.endsWith(u".rels"))
            continue;
        if (const QString problem = xmlFault(package.entry(name)); !problem.isEmpty())
            return fault(fileName, name + u" is not well-formed XML: " + problem);
    }
    const QString type = mainContentType(package.entry(QStringLiteral("[Content_Types].xml")));
    if (type.contains(u"macroEnabled", Qt::CaseInsensitive))
        return fault(fileName, QStringLiteral("a macro-enabled template (.dotm or .docm) is not used: save it as .dotx"));
    if (!type.startsWith(u"application/vnd.openxmlformats-officedocument.wordprocessingml."))
        return fault(fileName, QStringLiteral("not a Word document: [Content_Types].xml gives word/document.xml "
                                              "no Word document type"));
    WordTemplate t;
    t.fileName = fileName;
    t.styleIds = styleIdsOf(package.entry(QStringLiteral("word/styles.xml")));
    readSectPr(package.entry(QStringLiteral("word/document.xml")), t);
    t.package = std::move(package);
    return t;
}

} // namespace

QMap<QString, QString> styleIdsOf(const QByteArray &stylesXml)
{
    QMap<QString, QString> ids;
    QXmlStreamReader reader(stylesXml);
    QString id;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.namespaceUri() != WordNs)
            continue;
        if (reader.name() == u"style")
            id = reader.attributes().value(WordNs, QLatin1String("styleId")).toString();
        else if (reader.name() == u"name" && !id.isEmpty())
            ids.insert(reader.attributes().value(WordNs, QLatin1String("val")).toString().toLower(), id);
    }
    return ids;
}

Result<WordTemplate> parseWordTemplate(const QByteArray &bytes, const QString &fileName)
{
    Result<zip::PackageReader> package = zip::PackageReader::read(bytes, fileName);
    if (!package)
        return package.error();
    return checkParts(std::move(package).value(), fileName);
}

Result<WordTemplate> readWordTemplate(const QString &fileName)
{
    QFile file(fileName);
    if (!file.exists())
        return Error{ErrorKind::NotFound, fileName, 0, QStringLiteral("no such file")};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, fileName, 0, u"cannot read: " + file.errorString()};
    // Read one byte past the limit to tell a file of exactly MaxBytes from a larger one.
    const QByteArray bytes = file.read(WordTemplate::MaxBytes + 1);
    if (bytes.size() > WordTemplate::MaxBytes)
        return fault(fileName, QStringLiteral("too large for a Word template (over 64 MiB)"));
    return parseWordTemplate(bytes, fileName);
}

} // namespace wgll::report
