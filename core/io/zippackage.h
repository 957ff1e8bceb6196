// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace wgll::zip {

/// A zip package (an Office Open XML .docx/.dotx or an OpenDocument .odt) read whole into memory
/// from bytes the user supplied, such as the trust's Word template. Untrusted: every entry's CRC is
/// checked, and a package with too many entries or too much uncompressed data is refused before it
/// is inflated, so a zip bomb costs nothing.
class PackageReader
{
public:
    static constexpr qint64 MaxEntries = 4096;
    static constexpr qint64 MaxUncompressed = 128LL * 1024 * 1024;

    /// Reads the package; `fileName` names it in the error ("trust.dotx: not a zip package: …").
    static Result<PackageReader> read(const QByteArray &bytes, const QString &fileName);
    /// The same with a smaller limit on the unpacked size (tests use it to see a bomb refused).
    static Result<PackageReader> read(const QByteArray &bytes, const QString &fileName, qint64 maxUncompressed);

    /// Entry names in the package's order.
    const QStringList &names() const { return m_names; }
    bool contains(const QString &name) const { return m_entries.count(name) != 0; }
    /// The entry's bytes, or empty when there is none (check contains() where that matters).
    QByteArray entry(const QString &name) const;

private:
    QStringList m_names;
    std::map<QString, QByteArray> m_entries;
};

/// Writes a zip package in memory, entries in the order added. OpenDocument needs its
/// `mimetype` entry first and stored (not compressed), so each entry says how it is kept. Every
/// entry gets the same fixed time, so the same report gives the same bytes.
class PackageWriter
{
public:
    enum class Storage { Deflated, Stored };

    void add(const QString &name, QByteArray bytes, Storage storage = Storage::Deflated);
    /// The package's bytes; the error names `fileName` when libzip fails (out of memory).
    Result<QByteArray> finish(const QString &fileName) const;

private:
    struct Entry
    {
        QString name;
        QByteArray bytes;
        Storage storage;
    };
    std::vector<Entry> m_entries;
};

} // namespace wgll::zip
