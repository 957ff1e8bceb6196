// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook's structure: which part holds which sheet (workbook.xml and its relationships) and
// the shared strings every sheet's text cells point into. The sheets' cells: xlsxsheet.cpp.
#include "io/xlsxreader.h"

#include "io/xlsxparts.h"
#include "util/boundedread.h"

#include <QDir>
#include <QFile>

namespace wgll::xlsx {

using detail::bookError;
using detail::nextToken;

namespace {

const QString RelsRoot = QStringLiteral("_rels/.rels");

/// The part a relationship's target names, from the folder of the part that holds it: targets
/// are relative ("worksheets/sheet1.xml" from xl/) or absolute in the package ("/xl/...").
QString resolve(const QString &fromFolder, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(fromFolder.isEmpty() ? target : fromFolder + u'/' + target);
}

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

/// The relationships file beside `part`: xl/workbook.xml -> xl/_rels/workbook.xml.rels.
QString relsOf(const QString &part)
{
    const QString folder = folderOf(part);
    const QString name = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + u'/') + u"_rels/" + name + u".rels";
}

struct Relationship
{
    QString id;
    QString type;
    QString target; ///< resolved to a part name
};

/// The relationships in the .rels part `relsPart`, whose targets are relative to `ownerFolder`.
Result<QList<Relationship>> readRelationships(const zip::PackageArchive &package, const QString &fileName,
                                              const QString &relsPart, const QString &ownerFolder, qint64 limit)
{
    Result<QByteArray> bytes = package.entry(relsPart, limit);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    QList<Relationship> rels;
    while (!xml.atEnd()) {
        if (std::optional<Error> e = nextToken(xml, fileName, relsPart))
            return *e;
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const QXmlStreamAttributes a = xml.attributes();
            if (a.value(QLatin1StringView("TargetMode")) == u"External")
                continue; // a link out of the package: never followed
            rels.append({a.value(QLatin1StringView("Id")).toString(), a.value(QLatin1StringView("Type")).toString(),
                         resolve(ownerFolder, a.value(QLatin1StringView("Target")).toString())});
        }
    }
    return rels;
}

const Relationship *ofType(const QList<Relationship> &rels, QStringView typeSuffix)
{
    for (const Relationship &r : rels) {
        if (r.type.endsWith(typeSuffix))
            return &r;
    }
    return nullptr;
}

/// A relationship id attribute (r:id), in whichever relationships namespace the file uses
/// (transitional or strict OOXML).
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

/// The shared strings: one per <si>, its rich-text runs joined; phonetic runs (<rPh>) are
/// reading aids, not the text, and are left out.
Result<QStringList> readSharedStrings(const QByteArray &bytes, const QString &fileName, const QString &part,
                                      qint64 maxCount)
{
    QXmlStreamReader xml(bytes);
    QStringList strings;
    QString current;
    while (!xml.atEnd()) {
        if (std::optional<Error> e = nextToken(xml, fileName, part))
            return *e;
        if (xml.isStartElement() && xml.name() == u"si") {
            current.clear();
        } else if (xml.isStartElement() && xml.name() == u"rPh") {
            xml.skipCurrentElement();
        } else if (xml.isStartElement() && xml.name() == u"t") {
            current += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"si") {
            if (strings.size() >= maxCount)
                return bookError(fileName, part, QStringLiteral("has more than %1 strings; it is not read").arg(maxCount));
            strings.append(current);
        }
    }
    return strings;
}

} // namespace

Result<QByteArray> Workbook::readFile(const QString &fileName, const Limits &limits)
{
    QFile file(fileName);
    if (!file.exists())
        return Error{ErrorKind::NotFound, fileName, 0, QStringLiteral("no such file")};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::NotFound, fileName, 0, u"cannot be read: " + file.errorString()};
    Error error;
    std::optional<QByteArray> bytes =
        readAtMost(file, fileName, limits.maxFileBytes, QStringLiteral("a workbook"), error);
    if (!bytes)
        return error;
    return std::move(*bytes);
}

Result<Workbook> Workbook::open(const QString &fileName, const Limits &limits)
{
    Result<QByteArray> bytes = readFile(fileName, limits);
    if (!bytes)
        return bytes.error();
    return fromBytes(std::move(*bytes), fileName, limits);
}

Result<Workbook> Workbook::fromBytes(QByteArray bytes, const QString &fileName, const Limits &limits)
{
    Result<zip::PackageArchive> package = zip::PackageArchive::open(std::move(bytes), fileName);
    if (!package)
        return package.error();
    Workbook book(std::move(*package), fileName, limits);
    if (Status s = book.readStructure(); !s)
        return s.error();
    return book;
}

Status Workbook::readStructure()
{
    const auto notWorkbook = [this](const QString &why) {
        return bookError(m_fileName, QStringLiteral("not an Excel workbook (.xlsx)"), why);
    };
    if (!m_package.contains(RelsRoot))
        return notWorkbook(QStringLiteral("it has no _rels/.rels part"));
    Result<QList<Relationship>> root = readRelationships(m_package, m_fileName, RelsRoot, {}, m_limits.maxPartBytes);
    if (!root)
        return root.error();
    const Relationship *office = ofType(*root, u"/officeDocument");
    if (!office || !m_package.contains(office->target))
        return notWorkbook(QStringLiteral("it names no workbook part"));
    const QString bookPart = office->target;
    Result<QList<Relationship>> rels =
        m_package.contains(relsOf(bookPart))
            ? readRelationships(m_package, m_fileName, relsOf(bookPart), folderOf(bookPart), m_limits.maxPartBytes)
            : Result<QList<Relationship>>(QList<Relationship>{});
    if (!rels)
        return rels.error();
    Result<QByteArray> bytes = m_package.entry(bookPart, m_limits.maxPartBytes);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (std::optional<Error> e = nextToken(xml, m_fileName, bookPart))
            return *e;
        if (!xml.isStartElement() || xml.name() != u"sheet")
            continue;
        const QString id = relationshipId(xml.attributes());
        QString part;
        for (const Relationship &r : *rels) {
            if (r.id == id)
                part = r.target;
        }
        m_sheets.append({xml.attributes().value(QLatin1StringView("name")).toString(), part});
    }
    if (const Relationship *strings = ofType(*rels, u"/sharedStrings")) {
        Result<QByteArray> stringBytes = m_package.entry(strings->target, m_limits.maxPartBytes);
        if (!stringBytes)
            return stringBytes.error();
        Result<QStringList> list =
            readSharedStrings(*stringBytes, m_fileName, strings->target, m_limits.maxSharedStrings);
        if (!list)
            return list.error();
        m_sharedStrings = std::move(*list);
    }
    return {};
}

QStringList Workbook::sheetNames() const
{
    QStringList names;
    for (const auto &[name, part] : m_sheets)
        names.append(name);
    return names;
}

} // namespace wgll::xlsx
