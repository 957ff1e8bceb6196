// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
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

/// A zip package whose entries are inflated one at a time, on demand, for inputs where only a few
/// entries matter and any of them may be hostile (an .xlsx workbook from the web). The declared
/// sizes in the zip's directory are never trusted: an entry is inflated through a bounded buffer
/// and refused the moment it passes `limit` bytes or `MaxRatio` times its compressed size, so a
/// zip bomb or a 50 MB part costs at most the limit in memory and no more time than reading it.
class PackageArchive
{
public:
    static constexpr qint64 MaxEntries = 4096;
    /// Past this many bytes, an entry that unpacks to more than MaxRatio times its packed size
    /// is a bomb, not a document (real XML parts compress 5 to 30 times).
    static constexpr qint64 MaxRatio = 200;
    static constexpr qint64 RatioFloor = 1024LL * 1024;

    /// Opens the package held in `bytes`; `fileName` names it in every error.
    static Result<PackageArchive> open(QByteArray bytes, const QString &fileName);

    bool contains(const QString &name) const;
    /// The entry's bytes, at most `limit` of them; a missing entry, a damaged one (CRC) or one
    /// past the limit or the ratio is an error naming the package and the entry.
    Result<QByteArray> entry(const QString &name, qint64 limit) const;

    PackageArchive(PackageArchive &&) noexcept;
    PackageArchive &operator=(PackageArchive &&) noexcept;
    ~PackageArchive();

private:
    PackageArchive() = default;
    struct State;
    std::unique_ptr<State> m_state;
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
