// SPDX-License-Identifier: GPL-3.0-or-later
// Raw sqlite3 calls on purpose: a VFS shim under the wrapper, to make its file operations fail
// as a full or failing disk would and test core/sqlite and storage from outside.
#include "faultyvfs.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace wgll::test {

namespace {

struct Plan
{
    std::atomic<bool> armed{false};
    FaultyVfs::Call call = FaultyVfs::Call::Write;
    FaultyVfs::Mode mode = FaultyVfs::Mode::Once;
    int failAt = 0;
    int errorCode = SQLITE_IOERR;
    std::atomic<int> calls{0};
    std::atomic<int> failures{0};
};

Plan plan;
sqlite3_vfs *real = nullptr;
sqlite3_vfs shim;

// A file of the shim: our header, then the real VFS's file object in the same allocation.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

// Counts a call of kind `call`; returns the error to give instead of doing it, or SQLITE_OK.
int injected(FaultyVfs::Call call)
{
    if (!plan.armed.load() || plan.call != call)
        return SQLITE_OK;
    const int n = ++plan.calls;
    const bool fail = plan.mode == FaultyVfs::Mode::Once ? n == plan.failAt : n >= plan.failAt;
    if (!fail)
        return SQLITE_OK;
    ++plan.failures;
    return plan.errorCode;
}

int shimClose(sqlite3_file *f)
{
    sqlite3_file *r = realOf(f);
    const int rc = r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
    return rc;
}
int shimRead(sqlite3_file *f, void *buf, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(FaultyVfs::Call::Read))
        return rc;
    return realOf(f)->pMethods->xRead(realOf(f), buf, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *buf, int amount, sqlite3_int64 offset)
{
    if (const int rc = injected(FaultyVfs::Call::Write))
        return rc;
    return realOf(f)->pMethods->xWrite(realOf(f), buf, amount, offset);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (const int rc = injected(FaultyVfs::Call::Truncate))
        return rc;
    return realOf(f)->pMethods->xTruncate(realOf(f), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    if (const int rc = injected(FaultyVfs::Call::Sync))
        return rc;
    return realOf(f)->pMethods->xSync(realOf(f), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return realOf(f)->pMethods->xFileSize(realOf(f), size);
}
int shimLock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xLock(realOf(f), level);
}
int shimUnlock(sqlite3_file *f, int level)
{
    return realOf(f)->pMethods->xUnlock(realOf(f), level);
}
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return realOf(f)->pMethods->xCheckReservedLock(realOf(f), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return realOf(f)->pMethods->xFileControl(realOf(f), op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    return realOf(f)->pMethods->xSectorSize(realOf(f));
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return realOf(f)->pMethods->xDeviceCharacteristics(realOf(f));
}
int shimShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return realOf(f)->pMethods->xShmMap(realOf(f), region, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return realOf(f)->pMethods->xShmLock(realOf(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f)
{
    realOf(f)->pMethods->xShmBarrier(realOf(f));
}
int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return realOf(f)->pMethods->xShmUnmap(realOf(f), deleteFlag);
}
int shimFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(f)->pMethods->xFetch(realOf(f), offset, amount, out);
}
int shimUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return realOf(f)->pMethods->xUnfetch(realOf(f), offset, p);
}

const sqlite3_io_methods shimMethods = {
    3,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<ShimFile *>(f);
    file->base.pMethods = nullptr;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    file->real->pMethods = nullptr;
    const int rc = real->xOpen(real, name, file->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set, so it stays null on failure.
    if (rc == SQLITE_OK && file->real->pMethods)
        file->base.pMethods = &shimMethods;
    return rc;
}
int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return real->xDelete(real, name, syncDir);
}
int shimAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return real->xAccess(real, name, flags, out);
}
int shimFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return real->xFullPathname(real, name, n, out);
}
void *shimDlOpen(sqlite3_vfs *, const char *name)
{
    return real->xDlOpen(real, name);
}
void shimDlError(sqlite3_vfs *, int n, char *out)
{
    real->xDlError(real, n, out);
}
void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return real->xDlSym(real, handle, symbol);
}
void shimDlClose(sqlite3_vfs *, void *handle)
{
    real->xDlClose(real, handle);
}
int shimRandomness(sqlite3_vfs *, int n, char *out)
{
    return real->xRandomness(real, n, out);
}
int shimSleep(sqlite3_vfs *, int micro)
{
    return real->xSleep(real, micro);
}
int shimCurrentTime(sqlite3_vfs *, double *out)
{
    return real->xCurrentTime(real, out);
}
int shimGetLastError(sqlite3_vfs *, int n, char *out)
{
    return real->xGetLastError ? real->xGetLastError(real, n, out) : 0;
}
int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return real->xCurrentTimeInt64(real, out);
}

} // namespace

FaultyVfs::FaultyVfs()
{
    sqlite3_initialize();
    real = sqlite3_vfs_find(nullptr);
    std::memset(&shim, 0, sizeof shim);
    shim.iVersion = 2;
    shim.szOsFile = static_cast<int>(sizeof(ShimFile)) + real->szOsFile;
    shim.mxPathname = real->mxPathname;
    shim.zName = "wgll-faulty";
    shim.xOpen = shimOpen;
    shim.xDelete = shimDelete;
    shim.xAccess = shimAccess;
    shim.xFullPathname = shimFullPathname;
    shim.xDlOpen = shimDlOpen;
    shim.xDlError = shimDlError;
    shim.xDlSym = shimDlSym;
    shim.xDlClose = shimDlClose;
    shim.xRandomness = shimRandomness;
    shim.xSleep = shimSleep;
    shim.xCurrentTime = shimCurrentTime;
    shim.xGetLastError = shimGetLastError;
    shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
    sqlite3_vfs_register(&shim, 1);
}

FaultyVfs::~FaultyVfs()
{
    disarm();
    sqlite3_vfs_unregister(&shim);
}

void FaultyVfs::arm(Call call, int failAt, Mode mode, int errorCode)
{
    plan.armed = false;
    plan.call = call;
    plan.failAt = failAt;
    plan.mode = mode;
    plan.errorCode = errorCode;
    plan.calls = 0;
    plan.failures = 0;
    plan.armed = true;
}

void FaultyVfs::disarm()
{
    plan.armed = false;
}

int FaultyVfs::calls() const
{
    return plan.calls.load();
}

int FaultyVfs::failures() const
{
    return plan.failures.load();
}

const char *callName(FaultyVfs::Call call)
{
    switch (call) {
    case FaultyVfs::Call::Write:
        return "write";
    case FaultyVfs::Call::Sync:
        return "sync";
    case FaultyVfs::Call::Truncate:
        return "truncate";
    case FaultyVfs::Call::Read:
        return "read";
    }
    return "?";
}

} // namespace wgll::test
