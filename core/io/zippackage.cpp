// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/zippackage.h"

#include "util/boundedread.h"

#include <zip.h>

#include <memory>

namespace wgll::zip {

namespace {

// 1 January 2000, 00:00 UTC: a fixed entry time so a report's package is reproducible (zip
// stores DOS times, which start in 1980; any fixed date after that will do).
constexpr time_t FixedEntryTime = 946684800;

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using EntryFile = std::unique_ptr<zip_file_t, FileCloser>;

struct SourceFreer
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using Source = std::unique_ptr<zip_source_t, SourceFreer>;

// zip_error_t may hold a message libzip allocated; this frees it on every path.
struct ZipError
{
    zip_error_t error;
    ZipError() { zip_error_init(&error); }
    ~ZipError() { zip_error_fini(&error); }
    ZipError(const ZipError &) = delete;
    ZipError &operator=(const ZipError &) = delete;
    QString message() { return QString::fromUtf8(zip_error_strerror(&error)); }
};

Error packageError(const QString &fileName, const QString &message)
{
    return Error{ErrorKind::BadData, fileName, 0, message};
}

Result<QByteArray> readEntry(zip_t *archive, zip_uint64_t index, zip_uint64_t size, const QString &fileName,
                             const QString &name)
{
    EntryFile file(zip_fopen_index(archive, index, 0));
    if (!file)
        return packageError(fileName, u"cannot read " + name + u": " + QString::fromUtf8(zip_strerror(archive)));
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    // Reading to the end is what makes libzip compare the CRC, so a damaged entry fails here.
    const zip_int64_t got = zip_fread(file.get(), bytes.data(), size);
    char extra = 0;
    if (got != static_cast<zip_int64_t>(size) || zip_fread(file.get(), &extra, 1) != 0)
        return packageError(fileName, u"the entry " + name + u" is damaged: "
                                          + QString::fromUtf8(zip_file_strerror(file.get())));
    return bytes;
}

} // namespace

Result<PackageReader> PackageReader::read(const QByteArray &bytes, const QString &fileName)
{
    return read(bytes, fileName, MaxUncompressed);
}

Result<PackageReader> PackageReader::read(const QByteArray &bytes, const QString &fileName, qint64 maxUncompressed)
{
    if (bytes.isEmpty()) // libzip would take an empty buffer for an empty archive
        return packageError(fileName, QStringLiteral("not a zip package: the file is empty"));
    ZipError error;
    Source source(zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error.error));
    if (!source)
        return packageError(fileName, u"not a zip package: " + error.message());
    Archive archive(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error.error));
    if (!archive)
        return packageError(fileName, u"not a zip package: " + error.message());
    (void)source.release(); // the archive owns it now, and zip_discard frees it
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || count > MaxEntries)
        return packageError(fileName, QStringLiteral("the package has %1 entries; at most %2 are read")
                                          .arg(count).arg(MaxEntries));
    PackageReader package;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0
            || (stat.valid & (ZIP_STAT_NAME | ZIP_STAT_SIZE)) != (ZIP_STAT_NAME | ZIP_STAT_SIZE))
            return packageError(fileName, QStringLiteral("entry %1 cannot be read").arg(i + 1));
        const QString name = QString::fromUtf8(stat.name);
        total += static_cast<qint64>(stat.size);
        if (stat.size > static_cast<zip_uint64_t>(maxUncompressed) || total > maxUncompressed)
            return packageError(fileName, QStringLiteral("the package unpacks to more than %1 bytes; it is not read")
                                              .arg(maxUncompressed));
        if (name.endsWith(u'/'))
            continue; // a folder entry holds nothing
        Result<QByteArray> entry = readEntry(archive.get(), static_cast<zip_uint64_t>(i), stat.size, fileName, name);
        if (!entry)
            return entry.error();
        if (!package.m_entries.emplace(name, std::move(*entry)).second)
            return packageError(fileName, u"the entry " + name + u" appears twice");
        package.m_names.append(name);
    }
    return package;
}

QByteArray PackageReader::entry(const QString &name) const
{
    const auto found = m_entries.find(name);
    return found == m_entries.end() ? QByteArray() : found->second;
}

struct PackageArchive::State
{
    QByteArray bytes; // zip_source_buffer reads these in place: declared before the archive, freed after it
    Archive archive;
    QString fileName;
};

PackageArchive::PackageArchive(PackageArchive &&) noexcept = default;
PackageArchive &PackageArchive::operator=(PackageArchive &&) noexcept = default;
PackageArchive::~PackageArchive() = default;

Result<PackageArchive> PackageArchive::open(QByteArray bytes, const QString &fileName)
{
    if (bytes.isEmpty()) // libzip would take an empty buffer for an empty archive
        return packageError(fileName, QStringLiteral("not a zip package: the file is empty"));
    auto state = std::make_unique<State>();
    state->bytes = std::move(bytes);
    state->fileName = fileName;
    ZipError error;
    Source source(zip_source_buffer_create(state->bytes.constData(), static_cast<zip_uint64_t>(state->bytes.size()),
                                           0, &error.error));
    if (!source)
        return packageError(fileName, u"not a zip package: " + error.message());
    state->archive.reset(zip_open_from_source(source.get(), ZIP_RDONLY | ZIP_CHECKCONS, &error.error));
    if (!state->archive)
        return packageError(fileName, u"not a zip package: " + error.message());
    (void)source.release(); // the archive owns it now
    const zip_int64_t count = zip_get_num_entries(state->archive.get(), 0);
    if (count < 0 || count > MaxEntries)
        return packageError(fileName, QStringLiteral("the package has %1 entries; at most %2 are read")
                                          .arg(count).arg(MaxEntries));
    PackageArchive package;
    package.m_state = std::move(state);
    return package;
}

bool PackageArchive::contains(const QString &name) const
{
    return zip_name_locate(m_state->archive.get(), name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> PackageArchive::entry(const QString &name, qint64 limit) const
{
    zip_t *archive = m_state->archive.get();
    const QString &fileName = m_state->fileName;
    const zip_int64_t index = zip_name_locate(archive, name.toUtf8().constData(), 0);
    if (index < 0)
        return packageError(fileName, u"the part " + name + u" is missing");
    zip_stat_t stat;
    zip_stat_init(&stat);
    const bool known = zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) == 0;
    const qint64 packed = known && (stat.valid & ZIP_STAT_COMP_SIZE) ? static_cast<qint64>(stat.comp_size) : 0;
    const auto tooLarge = [&] {
        return packageError(fileName, u"the part " + name + u" unpacks to more than "
                                          + (limit >= 1024LL * 1024 ? sizeLimitText(limit) : QString::number(limit) + u" bytes")
                                          + u", the limit for one part; it is not read");
    };
    // A declared size over the limit is refused at once; a declared size under it proves nothing.
    if (known && (stat.valid & ZIP_STAT_SIZE) && stat.size > static_cast<zip_uint64_t>(limit))
        return tooLarge();
    EntryFile file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
    if (!file)
        return packageError(fileName, u"cannot read " + name + u": " + QString::fromUtf8(zip_strerror(archive)));
    QByteArray bytes;
    QByteArray chunk(64LL * 1024, Qt::Uninitialized); // the bounded buffer: one chunk at a time
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), static_cast<zip_uint64_t>(chunk.size()));
        if (got < 0)
            return packageError(fileName, u"the part " + name + u" is damaged: "
                                              + QString::fromUtf8(zip_file_strerror(file.get())));
        if (got == 0)
            return bytes; // the end, and libzip has checked the CRC
        const qint64 total = bytes.size() + got;
        if (total > limit)
            return tooLarge();
        if (total > RatioFloor && total > MaxRatio * packed)
            return packageError(fileName, u"the part " + name + QStringLiteral(" unpacks to more than %1 times its "
                                                                               "packed size: a zip bomb; it is not read")
                                                                    .arg(MaxRatio));
        bytes.append(chunk.constData(), static_cast<qsizetype>(got));
    }
}

void PackageWriter::add(const QString &name, QByteArray bytes, Storage storage)
{
    m_entries.push_back(Entry{name, std::move(bytes), storage});
}

Result<QByteArray> PackageWriter::finish(const QString &fileName) const
{
    const auto failed = [&fileName](const QString &what) {
        return Error{ErrorKind::Io, fileName, 0, u"cannot make the package: " + what};
    };
    ZipError error;
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error.error));
    if (!buffer)
        return failed(error.message());
    zip_source_keep(buffer.get()); // the archive's close must not free what we read back
    Archive archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error.error));
    if (!archive) {
        zip_source_free(buffer.get()); // the reference zip_source_keep added
        return failed(error.message());
    }
    for (const Entry &entry : m_entries) {
        zip_source_t *data = zip_source_buffer(archive.get(), entry.bytes.constData(),
                                               static_cast<zip_uint64_t>(entry.bytes.size()), 0);
        const zip_int64_t index = data ? zip_file_add(archive.get(), entry.name.toUtf8().constData(), data,
                                                      ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                       : -1;
        if (index < 0) {
            zip_source_free(data);
            return failed(QString::fromUtf8(zip_strerror(archive.get())));
        }
        const auto at = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive.get(), at, entry.storage == Storage::Stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        zip_file_set_mtime(archive.get(), at, FixedEntryTime, 0);
    }
    if (zip_close(archive.get()) != 0)
        return failed(QString::fromUtf8(zip_strerror(archive.get())));
    (void)archive.release(); // zip_close freed it
    if (zip_source_open(buffer.get()) != 0)
        return failed(QStringLiteral("cannot read the package back"));
    zip_source_seek(buffer.get(), 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer.get());
    zip_source_seek(buffer.get(), 0, SEEK_SET);
    QByteArray bytes(static_cast<qsizetype>(size < 0 ? 0 : size), Qt::Uninitialized);
    const zip_int64_t got = zip_source_read(buffer.get(), bytes.data(), static_cast<zip_uint64_t>(bytes.size()));
    zip_source_close(buffer.get());
    if (size < 0 || got != size)
        return failed(QStringLiteral("cannot read the package back"));
    return bytes;
}

} // namespace wgll::zip
