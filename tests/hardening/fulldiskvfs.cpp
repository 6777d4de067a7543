#include "fulldiskvfs.h"

#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace goodwill::test {
namespace {

// The open file: ours first, the real VFS's file right behind it.
struct File
{
    sqlite3_file base;
    FullDiskVfs *owner;
    bool wal;
    sqlite3_file *real;
};

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<File *>(file)->real;
}

int fileClose(sqlite3_file *file)
{
    return realOf(file)->pMethods->xClose(realOf(file));
}
int fileRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return realOf(file)->pMethods->xRead(realOf(file), buffer, amount, offset);
}
int fileWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    const auto *ours = reinterpret_cast<File *>(file);
    if (!ours->owner->allowWrite(amount, ours->wal))
        return SQLITE_FULL;
    return realOf(file)->pMethods->xWrite(realOf(file), buffer, amount, offset);
}
int fileTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int fileSync(sqlite3_file *file, int flags)
{
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int fileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
}
int fileLock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xLock(realOf(file), lock);
}
int fileUnlock(sqlite3_file *file, int lock)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), lock);
}
int fileCheckReservedLock(sqlite3_file *file, int *out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int fileControl(sqlite3_file *file, int op, void *arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int fileSectorSize(sqlite3_file *file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int fileDeviceCharacteristics(sqlite3_file *file)
{
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file));
}
int fileShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, out);
}
int fileShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void fileShmBarrier(sqlite3_file *file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int fileShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
}
int fileFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
{
    return realOf(file)->pMethods->xFetch(realOf(file), offset, amount, out);
}
int fileUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *page)
{
    return realOf(file)->pMethods->xUnfetch(realOf(file), offset, page);
}

const sqlite3_io_methods fileMethods = {3,
                                        fileClose,
                                        fileRead,
                                        fileWrite,
                                        fileTruncate,
                                        fileSync,
                                        fileSize,
                                        fileLock,
                                        fileUnlock,
                                        fileCheckReservedLock,
                                        fileControl,
                                        fileSectorSize,
                                        fileDeviceCharacteristics,
                                        fileShmMap,
                                        fileShmLock,
                                        fileShmBarrier,
                                        fileShmUnmap,
                                        fileFetch,
                                        fileUnfetch};

struct Vfs
{
    sqlite3_vfs vfs;
    sqlite3_vfs *real;
    FullDiskVfs *owner;
};

sqlite3_vfs *realVfs(sqlite3_vfs *vfs)
{
    return reinterpret_cast<Vfs *>(vfs)->real;
}

int vfsOpen(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *ours = reinterpret_cast<File *>(file);
    ours->owner = reinterpret_cast<Vfs *>(vfs)->owner;
    ours->wal = (flags & SQLITE_OPEN_WAL) != 0;
    ours->real = reinterpret_cast<sqlite3_file *>(ours + 1);
    ours->base.pMethods = nullptr;
    const int rc = realVfs(vfs)->xOpen(realVfs(vfs), name, ours->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set: only when the real file is open.
    if (ours->real->pMethods)
        ours->base.pMethods = &fileMethods;
    return rc;
}
int vfsDelete(sqlite3_vfs *vfs, const char *name, int syncDir)
{
    return realVfs(vfs)->xDelete(realVfs(vfs), name, syncDir);
}
int vfsAccess(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
    return realVfs(vfs)->xAccess(realVfs(vfs), name, flags, out);
}
int vfsFullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
{
    return realVfs(vfs)->xFullPathname(realVfs(vfs), name, size, out);
}
void *vfsDlOpen(sqlite3_vfs *vfs, const char *name)
{
    return realVfs(vfs)->xDlOpen(realVfs(vfs), name);
}
void vfsDlError(sqlite3_vfs *vfs, int size, char *out)
{
    realVfs(vfs)->xDlError(realVfs(vfs), size, out);
}
void (*vfsDlSym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void)
{
    return realVfs(vfs)->xDlSym(realVfs(vfs), handle, symbol);
}
void vfsDlClose(sqlite3_vfs *vfs, void *handle)
{
    realVfs(vfs)->xDlClose(realVfs(vfs), handle);
}
int vfsRandomness(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xRandomness(realVfs(vfs), size, out);
}
int vfsSleep(sqlite3_vfs *vfs, int microseconds)
{
    return realVfs(vfs)->xSleep(realVfs(vfs), microseconds);
}
int vfsCurrentTime(sqlite3_vfs *vfs, double *out)
{
    return realVfs(vfs)->xCurrentTime(realVfs(vfs), out);
}
int vfsGetLastError(sqlite3_vfs *vfs, int size, char *out)
{
    return realVfs(vfs)->xGetLastError(realVfs(vfs), size, out);
}
int vfsCurrentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
    return realVfs(vfs)->xCurrentTimeInt64(realVfs(vfs), out);
}
int vfsSetSystemCall(sqlite3_vfs *vfs, const char *name, sqlite3_syscall_ptr call)
{
    return realVfs(vfs)->xSetSystemCall(realVfs(vfs), name, call);
}
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *vfs, const char *name)
{
    return realVfs(vfs)->xGetSystemCall(realVfs(vfs), name);
}
const char *vfsNextSystemCall(sqlite3_vfs *vfs, const char *name)
{
    return realVfs(vfs)->xNextSystemCall(realVfs(vfs), name);
}

} // namespace

FullDiskVfs::FullDiskVfs()
{
    sqlite3_vfs *real = sqlite3_vfs_find(nullptr);
    if (!real || real->iVersion < 3)
        return;
    auto *vfs = new Vfs;
    std::memset(vfs, 0, sizeof(Vfs));
    vfs->real = real;
    vfs->owner = this;
    sqlite3_vfs &v = vfs->vfs;
    v.iVersion = 3;
    v.szOsFile = int(sizeof(File)) + real->szOsFile;
    v.mxPathname = real->mxPathname;
    v.zName = "goodwill-full-disk";
    v.xOpen = vfsOpen;
    v.xDelete = vfsDelete;
    v.xAccess = vfsAccess;
    v.xFullPathname = vfsFullPathname;
    v.xDlOpen = vfsDlOpen;
    v.xDlError = vfsDlError;
    v.xDlSym = vfsDlSym;
    v.xDlClose = vfsDlClose;
    v.xRandomness = vfsRandomness;
    v.xSleep = vfsSleep;
    v.xCurrentTime = vfsCurrentTime;
    v.xGetLastError = vfsGetLastError;
    v.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    v.xSetSystemCall = vfsSetSystemCall;
    v.xGetSystemCall = vfsGetSystemCall;
    v.xNextSystemCall = vfsNextSystemCall;
    m_vfs = &vfs->vfs;
    m_installed = sqlite3_vfs_register(m_vfs, 1) == SQLITE_OK;
}

FullDiskVfs::~FullDiskVfs()
{
    if (!m_vfs)
        return;
    if (m_installed) {
        sqlite3_vfs_unregister(m_vfs);
        sqlite3_vfs_register(realVfs(m_vfs), 1); // the default again
    }
    delete reinterpret_cast<Vfs *>(m_vfs);
}

void FullDiskVfs::setBudget(std::int64_t bytes)
{
    m_written = 0;
    m_walWritten = 0;
    m_refused = false;
    m_budget = bytes;
}

bool FullDiskVfs::allowWrite(int bytes, bool wal)
{
    const std::int64_t budget = m_budget.load();
    const std::int64_t before = m_written.fetch_add(bytes);
    if (budget >= 0 && before + bytes > budget) {
        m_written.fetch_sub(bytes);
        m_refused = true;
        return false;
    }
    if (wal)
        m_walWritten.fetch_add(bytes);
    return true;
}

} // namespace goodwill::test
