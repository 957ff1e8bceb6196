// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace wgll::test {

/// A shim SQLite VFS around the platform's default one that fails a chosen kind of I/O call
/// at a chosen position, in the manner of SQLite's own I/O-error tests. While a FaultyVfs is
/// alive it is the default VFS, so every connection the code under test opens goes through it.
/// fsync is not among the unix VFS's replaceable system calls, hence a shim rather than
/// sqlite3_vfs::xSetSystemCall.
class FaultyVfs
{
public:
    enum class Call { Write, Sync, Truncate, Read };
    /// Once: only call number `failAt` fails. Persistent: it and every later one fail, as a
    /// full disk does.
    enum class Mode { Once, Persistent };

    FaultyVfs();
    ~FaultyVfs();
    FaultyVfs(const FaultyVfs &) = delete;
    FaultyVfs &operator=(const FaultyVfs &) = delete;

    /// Arms the fault: the `failAt`-th call (1-based) of kind `call` from now returns
    /// `errorCode` (an SQLite result code such as SQLITE_IOERR_WRITE or SQLITE_FULL).
    void arm(Call call, int failAt, Mode mode, int errorCode);
    void disarm();
    /// Calls of the armed kind seen since arm(), and how many of them were failed.
    int calls() const;
    int failures() const;
};

const char *callName(FaultyVfs::Call call);

} // namespace wgll::test
