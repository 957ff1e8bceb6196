// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks for the XLSX reader's and the DMA importer's tests: the published DMA file from
// tests/fixtures, and damaged or hostile variants of it made in memory (the fixture itself is
// never edited).
#pragma once

#include "io/zippackage.h"
#include "testsupport.h"

#include <QFile>

#include <map>
#include <optional>

namespace wgll::test {

inline QString dmaFixture()
{
    return sourceDir() + u"/tests/fixtures/dma-2025/digital-maturity-assessment-2024-2025-data-v2.xlsx";
}

inline QByteArray dmaBytes()
{
    QFile file(dmaFixture());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// `original` with some parts replaced (a value) or removed (nullopt), others as they were.
inline QByteArray rewriteZip(const QByteArray &original, const std::map<QString, std::optional<QByteArray>> &changes)
{
    Result<zip::PackageReader> in = zip::PackageReader::read(original, QStringLiteral("original.xlsx"));
    REQUIRE(in);
    zip::PackageWriter out;
    for (const QString &name : in->names()) {
        const auto change = changes.find(name);
        if (change == changes.end())
            out.add(name, in->entry(name));
        else if (change->second)
            out.add(name, *change->second);
    }
    for (const auto &[name, bytes] : changes) {
        if (bytes && !in->contains(name))
            out.add(name, *bytes);
    }
    Result<QByteArray> bytes = out.finish(QStringLiteral("forged.xlsx"));
    REQUIRE(bytes);
    return *bytes;
}

/// The DMA file with one part's text edited: `from` replaced by `to` (which must be there).
inline QByteArray dmaWithEdit(const QString &part, const QByteArray &from, const QByteArray &to)
{
    const QByteArray original = dmaBytes();
    Result<zip::PackageReader> in = zip::PackageReader::read(original, QStringLiteral("original.xlsx"));
    REQUIRE(in);
    QByteArray text = in->entry(part);
    REQUIRE(text.contains(from));
    text.replace(from, to);
    return rewriteZip(original, {{part, text}});
}

/// A one-sheet workbook ("Sheet1") with `sheetData` inside its <worksheet> and, when given, a
/// shared-strings part.
inline QByteArray tinyWorkbook(const QByteArray &sheetXml, const std::optional<QByteArray> &sharedStrings = {})
{
    zip::PackageWriter out;
    out.add(QStringLiteral("_rels/.rels"),
            R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)");
    out.add(QStringLiteral("xl/workbook.xml"),
            R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
            R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
            R"(<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)");
    QByteArray rels =
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)";
    if (sharedStrings) {
        rels += R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)";
        out.add(QStringLiteral("xl/sharedStrings.xml"), *sharedStrings);
    }
    out.add(QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    out.add(QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml);
    Result<QByteArray> bytes = out.finish(QStringLiteral("tiny.xlsx"));
    REQUIRE(bytes);
    return *bytes;
}

/// A <worksheet> around `sheetData`'s rows.
inline QByteArray worksheet(const QByteArray &rows)
{
    return R"(<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
           + rows + "</sheetData></worksheet>";
}

} // namespace wgll::test
