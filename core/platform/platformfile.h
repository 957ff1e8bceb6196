// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>

/// The few file-system operations whose rules differ between POSIX and Windows, and nothing else:
/// the save rules themselves (core/storage/durablefile.cpp, document.cpp) are written once over
/// these. posix/platformfile_posix.cpp (Linux, macOS) and windows/platformfile_win.cpp implement
/// them; core/CMakeLists.txt compiles the one for the platform. Paths are Qt paths ('/' works on
/// both); each implementation encodes them as its system wants (local 8-bit, UTF-16).
namespace wgll::platform {

/// Why a call failed, in the system's own words, and the few causes callers act on.
struct SysError
{
    enum class Cause {
        None,        ///< no failure
        Device,      ///< the disk is full or failing (the user's "I/O error", exit 74)
        Exists,      ///< the name is taken (create-new, move without replacing)
        NotFound,    ///< no such file or folder
        Unsupported, ///< the file system cannot do this (e.g. flush a folder on some mounts)
        InUse,       ///< another program holds the file (Windows sharing violations)
        Other,
    };
    Cause cause = Cause::None;
    QString text; ///< "No space left on device", "The process cannot access the file …"

    bool failed() const { return cause != Cause::None; }
    /// The error a C library errno stands for; also how tests' injected faults are described.
    static SysError fromErrno(int error);
};

/// The identity of an open file: the same numbers mean the same file (a file replaced by a
/// rename has new ones). POSIX: st_dev and st_ino; Windows: the volume serial number and the
/// 64-bit file index from GetFileInformationByHandle.
struct FileInfo
{
    bool regular = false; ///< a regular file (not a folder, device, pipe or socket)
    quint64 device = 0;
    quint64 file = 0;
    qint64 size = 0;
    qint64 mtimeNs = 0; ///< last write, nanoseconds since 1970 (Windows: to 100 ns)
};

/// An open file, closed by the destructor (whose error is then lost: call close() to see it).
class File
{
public:
    File() = default;
    ~File();
    File(File &&other) noexcept;
    File &operator=(File &&other) noexcept;
    File(const File &) = delete;
    File &operator=(const File &) = delete;

    /// A new file for writing, never an existing one (Cause::Exists then). POSIX mode 0666 less
    /// the umask; Windows lets others read it, and rename it (FILE_SHARE_DELETE), while it is open.
    static File createNew(const QString &path, SysError &error);
    /// An existing file for reading, not blocking on a FIFO, letting other programs read, write,
    /// rename or delete it meanwhile (Windows: all three FILE_SHARE flags).
    static File openRead(const QString &path, SysError &error);

    bool isOpen() const { return m_handle != Invalid; }
    /// Writes all of `bytes`, retrying short writes.
    SysError writeAll(QByteArrayView bytes);
    /// Reads up to `size` bytes at `offset`, or at the current position when none is given (do
    /// not mix the two: Windows moves the position on an offset read, pread(2) does not); 0 at
    /// the end, -1 on failure with `error` set.
    qint64 read(char *data, qint64 size, SysError &error, std::optional<qint64> offset = std::nullopt);
    /// Makes what was written durable: fsync(2) (macOS: F_FULLFSYNC, as its fsync stops at the
    /// drive's cache), FlushFileBuffers on Windows.
    SysError flush();
    /// Closes the file, reporting a write error the system kept for the close.
    SysError close();
    /// Type, identity, size and time of the open file; nullopt when the system cannot say.
    std::optional<FileInfo> info() const;

private:
    static constexpr std::intptr_t Invalid = -1; // a closed fd, and INVALID_HANDLE_VALUE
    explicit File(std::intptr_t handle) : m_handle(handle) {}
    std::intptr_t m_handle = Invalid;
};

/// Opens `path` and flushes it to the device (fsync; Windows needs write access to flush).
SysError flushFile(const QString &path);
/// Makes `folder`'s entries (a rename into it) durable: fsync on the folder where the system
/// has it; Cause::Unsupported where a file system refuses. On Windows there is no such call and
/// nothing to do: replaceFile and moveNoReplace write through instead, so this succeeds.
SysError flushFolder(const QString &folder);
/// Moves `from` over `to` atomically: rename(2); MoveFileExW with MOVEFILE_REPLACE_EXISTING |
/// MOVEFILE_WRITE_THROUGH on Windows (Cause::InUse while another program holds `to` open
/// without FILE_SHARE_DELETE).
SysError replaceFile(const QString &from, const QString &to);
/// Moves `from` to `to` only when `to` does not exist (Cause::Exists otherwise), atomically:
/// renameat2(RENAME_NOREPLACE) or link + unlink where the file system lacks it; macOS
/// renamex_np(RENAME_EXCL); Windows MoveFileExW without MOVEFILE_REPLACE_EXISTING.
SysError moveNoReplace(const QString &from, const QString &to);
/// Deletes a file (unlink, DeleteFileW); errors are the caller's to ignore.
SysError removeFile(const QString &path);
/// Gives `replacement` the access rules of `original` so that a save does not widen who can
/// read it: POSIX the permission bits, and owner and group where this process may (not an
/// error when it may not); Windows the DACL, protected or inherited as the original's. No
/// `original`: nothing to keep, success.
SysError keepAccess(const QString &original, const QString &replacement);
/// The identity of the file at `path`, links followed; nullopt when there is none.
std::optional<FileInfo> infoOf(const QString &path);

/// What is at a path itself, a link not followed (outputfile.cpp follows links one by one).
struct Entry
{
    enum class Kind { Missing, Regular, Folder, Link, Device, Fifo, Socket, Other };
    Kind kind = Kind::Missing;
    QString linkTarget; ///< for a Link: its target as written (relative to its folder or absolute)
};
/// lstat(2) and readlink(2); Windows: symbolic links and junctions through QFileInfo.
Entry entryAt(const QString &path, SysError &error);

/// Sends the process's standard error to the null device until the returned token is given
/// to restoreStderr (libxlsxwriter prints its own errors there; ours are reported properly).
int silenceStderr();
void restoreStderr(int token);

} // namespace wgll::platform
