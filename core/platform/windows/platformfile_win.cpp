// SPDX-License-Identifier: GPL-3.0-or-later
// The platform file operations on Windows (compiled by core/CMakeLists.txt on WIN32 only; built
// by .github/workflows/windows-macos.yml, never on the Debian machine this project is made on).
// Paths go to the W functions as UTF-16 with native separators; handles are opened sharing
// read, write and delete wherever we only read, so that we never stop another program (or our
// own rename) from replacing a file we are looking at.
#include "platform/platformfile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <io.h>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <aclapi.h>

namespace wgll::platform {

namespace {

constexpr DWORD ShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;
// FILETIME counts 100 ns from 1601-01-01; this many of them reach 1970-01-01.
constexpr qint64 UnixEpochIn100ns = 116444736000000000LL;

std::wstring wide(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

HANDLE handleOf(std::intptr_t handle)
{
    return reinterpret_cast<HANDLE>(handle);
}

SysError fromCode(DWORD code)
{
    if (code == ERROR_SUCCESS)
        return {};
    SysError::Cause cause = SysError::Cause::Other;
    switch (code) {
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
    case ERROR_CRC:
    case ERROR_WRITE_FAULT:
    case ERROR_READ_FAULT:
        cause = SysError::Cause::Device;
        break;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        cause = SysError::Cause::Exists;
        break;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
        cause = SysError::Cause::NotFound;
        break;
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_USER_MAPPED_FILE:
        cause = SysError::Cause::InUse;
        break;
    case ERROR_NOT_SUPPORTED:
    case ERROR_INVALID_FUNCTION:
        cause = SysError::Cause::Unsupported;
        break;
    default:
        break;
    }
    wchar_t *buffer = nullptr;
    const DWORD n = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                         FORMAT_MESSAGE_IGNORE_INSERTS,
                                     nullptr, code, 0, reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
    QString text = n > 0 ? QString::fromWCharArray(buffer, static_cast<qsizetype>(n)).trimmed()
                         : QStringLiteral("Windows error %1").arg(code);
    if (buffer)
        ::LocalFree(buffer);
    if (text.endsWith(u'.'))
        text.chop(1); // our messages add their own punctuation, as strerror's have none
    return {cause, text};
}

SysError lastError()
{
    return fromCode(::GetLastError());
}

FileInfo infoFrom(const BY_HANDLE_FILE_INFORMATION &i, DWORD type)
{
    const qint64 written = (static_cast<qint64>(i.ftLastWriteTime.dwHighDateTime) << 32) | i.ftLastWriteTime.dwLowDateTime;
    FileInfo info;
    info.regular = type == FILE_TYPE_DISK && !(i.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY);
    info.device = i.dwVolumeSerialNumber;
    info.file = (static_cast<quint64>(i.nFileIndexHigh) << 32) | i.nFileIndexLow;
    info.size = (static_cast<qint64>(i.nFileSizeHigh) << 32) | i.nFileSizeLow;
    info.mtimeNs = (written - UnixEpochIn100ns) * 100;
    return info;
}

} // namespace

File::~File()
{
    if (isOpen())
        ::CloseHandle(handleOf(m_handle));
}

File::File(File &&other) noexcept : m_handle(other.m_handle)
{
    other.m_handle = Invalid;
}

File &File::operator=(File &&other) noexcept
{
    if (this != &other) {
        if (isOpen())
            ::CloseHandle(handleOf(m_handle));
        m_handle = other.m_handle;
        other.m_handle = Invalid;
    }
    return *this;
}

File File::createNew(const QString &path, SysError &error)
{
    // CREATE_NEW fails with ERROR_FILE_EXISTS on an existing name, as O_CREAT | O_EXCL does.
    // FILE_SHARE_DELETE lets the save rename it over the target while it is still open.
    const HANDLE h = ::CreateFileW(wide(path).c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_DELETE,
                                   nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
    error = h == INVALID_HANDLE_VALUE ? lastError() : SysError{};
    return File(reinterpret_cast<std::intptr_t>(h));
}

File File::openRead(const QString &path, SysError &error)
{
    const HANDLE h = ::CreateFileW(wide(path).c_str(), GENERIC_READ, ShareAll, nullptr, OPEN_EXISTING,
                                   FILE_ATTRIBUTE_NORMAL, nullptr);
    error = h == INVALID_HANDLE_VALUE ? lastError() : SysError{};
    return File(reinterpret_cast<std::intptr_t>(h));
}

SysError File::writeAll(QByteArrayView bytes)
{
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const DWORD chunk = static_cast<DWORD>(std::min<qsizetype>(left, 1 << 30));
        DWORD written = 0;
        if (!::WriteFile(handleOf(m_handle), data, chunk, &written, nullptr))
            return lastError();
        if (written == 0)
            return fromCode(ERROR_WRITE_FAULT);
        data += written;
        left -= written;
    }
    return {};
}

qint64 File::read(char *data, qint64 size, SysError &error, std::optional<qint64> offset)
{
    OVERLAPPED at = {};
    if (offset) {
        at.Offset = static_cast<DWORD>(*offset & 0xFFFFFFFF);
        at.OffsetHigh = static_cast<DWORD>(*offset >> 32);
    }
    DWORD n = 0;
    const DWORD want = static_cast<DWORD>(std::min<qint64>(size, 1 << 30));
    if (!::ReadFile(handleOf(m_handle), data, want, &n, offset ? &at : nullptr)) {
        if (::GetLastError() == ERROR_HANDLE_EOF) { // reading at an offset past the end
            error = {};
            return 0;
        }
        error = lastError();
        return -1;
    }
    error = {};
    return n;
}

SysError File::flush()
{
    return ::FlushFileBuffers(handleOf(m_handle)) ? SysError{} : lastError();
}

SysError File::close()
{
    const BOOL closed = ::CloseHandle(handleOf(m_handle));
    m_handle = Invalid;
    return closed ? SysError{} : lastError();
}

std::optional<FileInfo> File::info() const
{
    BY_HANDLE_FILE_INFORMATION i = {};
    if (!::GetFileInformationByHandle(handleOf(m_handle), &i))
        return std::nullopt;
    return infoFrom(i, ::GetFileType(handleOf(m_handle)));
}

SysError flushFile(const QString &path)
{
    // FlushFileBuffers needs a handle with GENERIC_WRITE.
    const HANDLE h = ::CreateFileW(wide(path).c_str(), GENERIC_WRITE, ShareAll, nullptr, OPEN_EXISTING,
                                   FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return lastError();
    const SysError error = ::FlushFileBuffers(h) ? SysError{} : lastError();
    ::CloseHandle(h);
    return error;
}

SysError flushFolder(const QString &folder)
{
    // Windows has no folder flush; the renames into it were made with MOVEFILE_WRITE_THROUGH,
    // which returns only once the move is on disk.
    Q_UNUSED(folder)
    return {};
}

SysError replaceFile(const QString &from, const QString &to)
{
    return ::MoveFileExW(wide(from).c_str(), wide(to).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
               ? SysError{}
               : lastError();
}

SysError moveNoReplace(const QString &from, const QString &to)
{
    // Without MOVEFILE_REPLACE_EXISTING an existing `to` fails with ERROR_ALREADY_EXISTS.
    return ::MoveFileExW(wide(from).c_str(), wide(to).c_str(), MOVEFILE_WRITE_THROUGH) ? SysError{} : lastError();
}

SysError removeFile(const QString &path)
{
    return ::DeleteFileW(wide(path).c_str()) ? SysError{} : lastError();
}

SysError keepAccess(const QString &original, const QString &replacement)
{
    // The DACL is who may read and write the file. A file whose owner restricted it has a
    // protected DACL (no inheritance from the folder): the replacement gets the same. Otherwise
    // the ACEs inherited from the folder are recomputed for the replacement, which is in the
    // same folder, and the original's explicit ones are kept.
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD got = ::GetNamedSecurityInfoW(wide(original).c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION,
                                              nullptr, nullptr, &dacl, nullptr, &descriptor);
    if (got == ERROR_FILE_NOT_FOUND || got == ERROR_PATH_NOT_FOUND)
        return {}; // nothing to keep: a new file gets the folder's rules
    if (got != ERROR_SUCCESS)
        return fromCode(got);
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    const bool isProtected =
        ::GetSecurityDescriptorControl(descriptor, &control, &revision) && (control & SE_DACL_PROTECTED);
    std::wstring target = wide(replacement);
    const DWORD set = ::SetNamedSecurityInfoW(target.data(), SE_FILE_OBJECT,
                                              DACL_SECURITY_INFORMATION |
                                                  (isProtected ? PROTECTED_DACL_SECURITY_INFORMATION
                                                               : UNPROTECTED_DACL_SECURITY_INFORMATION),
                                              nullptr, nullptr, dacl, nullptr);
    ::LocalFree(descriptor);
    return fromCode(set);
}

std::optional<FileInfo> infoOf(const QString &path)
{
    SysError error;
    const File file = File::openRead(path, error);
    if (error.failed())
        return std::nullopt;
    return file.info();
}

Entry entryAt(const QString &path, SysError &error)
{
    error = {};
    const QFileInfo info(path);
    if (info.isSymbolicLink())
        return {Entry::Kind::Link, info.symLinkTarget()};
    if (info.isJunction())
        return {Entry::Kind::Link, info.junctionTarget()};
    const DWORD attributes = ::GetFileAttributesW(wide(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        const DWORD code = ::GetLastError();
        if (code != ERROR_FILE_NOT_FOUND && code != ERROR_PATH_NOT_FOUND)
            error = fromCode(code);
        return {};
    }
    if (attributes & FILE_ATTRIBUTE_DIRECTORY)
        return {Entry::Kind::Folder, {}};
    // Reserved names (NUL, CON, COM1) are devices, \\.\pipe\ names pipes: ask the open handle.
    const HANDLE h = ::CreateFileW(wide(path).c_str(), 0, ShareAll, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        error = lastError();
        return {Entry::Kind::Other, {}};
    }
    const DWORD type = ::GetFileType(h);
    ::CloseHandle(h);
    switch (type) {
    case FILE_TYPE_DISK:
        return {Entry::Kind::Regular, {}};
    case FILE_TYPE_CHAR:
        return {Entry::Kind::Device, {}};
    case FILE_TYPE_PIPE:
        return {Entry::Kind::Fifo, {}};
    default:
        return {Entry::Kind::Other, {}};
    }
}

int silenceStderr()
{
    std::fflush(stderr);
    const int saved = ::_dup(2);
    const int null = ::_open("NUL", _O_WRONLY);
    if (saved >= 0 && null >= 0)
        ::_dup2(null, 2);
    if (null >= 0)
        ::_close(null);
    return saved;
}

void restoreStderr(int token)
{
    std::fflush(stderr);
    if (token >= 0) {
        ::_dup2(token, 2);
        ::_close(token);
    }
}

} // namespace wgll::platform
