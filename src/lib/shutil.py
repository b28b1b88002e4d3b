"""High-level file operations, written for Immortal from the documentation of CPython 3.12's shutil:
copying files and their metadata (copyfileobj, copyfile, copymode, copystat, copy, copy2), whole
trees (copytree, ignore_patterns, rmtree), move, which, chown (numeric ids), disk_usage and
get_terminal_size. Archives (make_archive, unpack_archive and their registries) raise
NotImplementedError. rmtree works by path names (rmtree.avoids_symlink_attacks is False) and extended
attributes are not copied."""

import os
import sys

__all__ = [
    'copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree', 'move',
    'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'make_archive', 'get_archive_formats',
    'register_archive_format', 'unregister_archive_format', 'get_unpack_formats',
    'register_unpack_format', 'unregister_unpack_format', 'unpack_archive', 'ignore_patterns',
    'chown', 'which', 'get_terminal_size', 'SameFileError',
]

COPY_BUFSIZE = 64 * 1024

# st_mode bits (what the stat module names S_IFMT, S_IFIFO ...)
_S_IFMT = 0o170000
_S_IFIFO = 0o010000
_S_IFDIR = 0o040000


class Error(OSError):
    """The error of a shutil operation (copytree's carries the list of the failures)."""


class SameFileError(Error):
    """Source and destination of a copy are one file."""


class SpecialFileError(OSError):
    """The operation cannot work on such a file (a named pipe, say)."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive-format registry rejected a change."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy the data of the file object fsrc to fdst, length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _is_direntry(fn):
    return isinstance(fn, os.DirEntry)


def _samefile(src, dst):
    if _is_direntry(src):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    return fn.stat() if _is_direntry(fn) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if _is_direntry(fn) else os.path.islink(fn)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents (no metadata) of src to dst and return dst. With follow_symlinks false and
    src a symbolic link, dst becomes a new symbolic link to the same place."""
    sys.audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for i, fn in enumerate((src, dst)):
        try:
            st = _stat(fn)
        except OSError:
            continue
        if st.st_mode & _S_IFMT == _S_IFIFO:
            fn = fn.path if _is_direntry(fn) else fn
            raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            fdst = open(dst, 'wb')
        except IsADirectoryError as e:
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
        with fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst. Between two symbolic links (follow_symlinks false)
    there is nothing to do on Linux, which has no lchmod."""
    sys.audit("shutil.copymode", src, dst)
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        return
    st = _stat(src)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits and the access and modification times of src to dst."""
    sys.audit("shutil.copystat", src, dst)
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        # Immortal cannot change a symbolic link's own times or mode; CPython sets the times only
        os.lstat(src) if not _is_direntry(src) else src.stat(follow_symlinks=False)
        return
    st = src.stat() if _is_direntry(src) else os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, st.st_mode & 0o7777)


def copy(src, dst, *, follow_symlinks=True):
    """Copy the data and permission bits of src to dst (a file, or a directory to copy into).
    Returns the path of the new file."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """copy(), and the times as well (copystat)."""
    return _copy_then(copystat, src, dst, follow_symlinks)


def _copy_then(metadata, src, dst, follow):
    # copy() and copy2(): the contents, then the metadata; into dst when it is a directory
    target = os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst
    copyfile(src, target, follow_symlinks=follow)
    metadata(src, target, follow_symlinks=follow)
    return target


def ignore_patterns(*patterns):
    """A function for copytree's ignore argument: it ignores the names matching any of the
    glob-style patterns."""
    import fnmatch

    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (created with its missing parents; it may already exist
    only with dirs_exist_ok) and return dst. The errors met are gathered into one Error at the end,
    whose argument is a list of (src, dst, reason)."""
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as it:
        entries = list(it)
    if ignore is not None:
        ignored = ignore(os.fspath(src), [e.name for e in entries])
    else:
        ignored = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    pass_entry = copy_function is copy2 or copy_function is copy
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        what = entry if pass_entry else srcname
        try:
            is_link = entry.is_symlink()
            if is_link:
                target = os.readlink(srcname)
                if symlinks:
                    os.symlink(target, dstname)
                    copystat(what, dstname, follow_symlinks=False)
                    continue
                if not os.path.exists(target) and ignore_dangling_symlinks:
                    continue
            if entry.is_dir():
                copytree(what, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(what, dstname)
        except Error as inner:
            errors += inner.args[0]         # the failures of a subtree, already listed
        except OSError as exc:
            errors.append((srcname, dstname, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        errors.append((src, dst, str(exc)))
    if errors:
        raise Error(errors)
    return dst


def _ignore(func, path, exc):
    pass


def _reraise(func, path, exc):
    # called inside the except clause that caught exc: a bare raise passes it on unchanged
    raise


def _rmtree_walk(path, onexc):
    # remove what is in the directory path, then path itself
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as err:
        onexc(os.scandir, path, err)
        entries = []
    for entry in entries:
        full = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_walk(full, onexc)
            continue
        try:
            os.unlink(full)
        except OSError as err:
            onexc(os.unlink, full, err)
    try:
        os.rmdir(path)
    except OSError as err:
        onexc(os.rmdir, path, err)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the directory tree path (not a symbolic link to one). Errors are ignored with
    ignore_errors; otherwise each goes to onexc(function, path, exception), or to the deprecated
    onerror(function, path, exc_info), or is raised."""
    sys.audit("shutil.rmtree", path, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError('shutil.rmtree with dir_fd is not supported by Immortal yet')
    if onerror is not None:
        import warnings
        warnings.warn("onerror argument is deprecated, use onexc instead",
                      DeprecationWarning, stacklevel=2)
    if ignore_errors:
        onexc = _ignore
    elif onexc is None:
        if onerror is None:
            onexc = _reraise
        else:
            def onexc(func, name, exc, _old_style=onerror):
                _old_style(func, name, (type(exc), exc, exc.__traceback__))
    try:
        st = os.lstat(path)
    except OSError as err:
        onexc(os.lstat, path, err)
        return
    if st.st_mode & _S_IFMT != _S_IFDIR and os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as err:
            onexc(os.path.islink, path, err)
        return
    _rmtree_walk(os.fspath(path), onexc)


rmtree.avoids_symlink_attacks = False


def _strip_trailing_sep(p):
    seps = os.sep + (os.altsep or '')
    if isinstance(p, bytes):
        seps = os.fsencode(seps)
    return p.rstrip(seps)


def _destinsrc(src, dst):
    # whether dst is src or lies below it
    def as_dir(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return as_dir(dst).startswith(as_dir(src))


def move(src, dst, copy_function=copy2):
    """Move the file or directory src to dst (into dst when it is a directory) and return the
    destination: a rename where possible, else a copy (copy_function, or copytree for a directory)
    and removal of src."""
    sys.audit("shutil.move", src, dst)
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            os.rename(src, dst)
            return
        target = os.path.join(dst, os.path.basename(_strip_trailing_sep(os.fspath(src))))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), target)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, target, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, target)
            os.unlink(src)
    return target


_ntuple_diskusage = None       # the named tuple type 'usage', made on first use (import time)


def disk_usage(path):
    """Total, used and free space (in bytes) of the file system holding path, as a named tuple."""
    global _ntuple_diskusage
    if _ntuple_diskusage is None:
        from collections import namedtuple
        _ntuple_diskusage = namedtuple('usage', 'total used free')
    v = os.statvfs(path)
    unit = v.f_frsize
    # free: what an unprivileged user may still use; used: all that is not free for root
    return _ntuple_diskusage(v.f_blocks * unit, (v.f_blocks - v.f_bfree) * unit,
                             v.f_bavail * unit)


def chown(path, user=None, group=None, *, dir_fd=None, follow_symlinks=True):
    """Change the owner and/or group of path (numeric ids; names need the pwd and grp modules,
    which Immortal lacks)."""
    sys.audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    if isinstance(user, str) or isinstance(group, str):
        raise NotImplementedError('shutil.chown with user or group names is not supported by '
                                  'Immortal yet (no pwd/grp modules): pass numeric ids')
    uid = -1 if user is None else user
    gid = -1 if group is None else group
    if follow_symlinks:
        os.chown(path, uid, gid)
    else:
        os.lchown(path, uid, gid)


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: COLUMNS and LINES from the environment when set (and positive), else
    what the terminal on standard output says, else fallback."""
    columns = _env_int('COLUMNS')
    lines = _env_int('LINES')
    if min(columns, lines) > 0:
        return os.terminal_size((columns, lines))
    try:
        fd = sys.__stdout__.fileno()
        if not os.isatty(fd):
            raise OSError(25, 'Inappropriate ioctl for device')
        asked = os.get_terminal_size(fd)
    except (AttributeError, ValueError, OSError):
        asked = os.terminal_size(fallback)
    if columns <= 0:
        columns = asked.columns or fallback[0]
    if lines <= 0:
        lines = asked.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _env_int(name):
    # an environment variable as an int; 0 when unset or not a number
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable cmd, searched along path (default: the PATH variable), or None.
    A cmd containing a directory part is only checked, not searched."""
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    as_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get('PATH', None)
        if path is None:
            try:
                path = os.confstr('CS_PATH')
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if as_bytes:
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)
    seen = set()
    for d in dirs:
        key = os.path.normcase(d)
        if key in seen:
            continue
        seen.add(key)
        name = os.path.join(d, cmd)
        if _access_check(name, mode):
            return name
    return None


def _no_archives(name):
    def unsupported(*args, **kwargs):
        raise NotImplementedError('shutil.%s is not supported by Immortal yet (no archive formats)'
                                  % name)
    unsupported.__name__ = unsupported.__qualname__ = name
    return unsupported


make_archive = _no_archives('make_archive')
get_archive_formats = _no_archives('get_archive_formats')
register_archive_format = _no_archives('register_archive_format')
unregister_archive_format = _no_archives('unregister_archive_format')
get_unpack_formats = _no_archives('get_unpack_formats')
register_unpack_format = _no_archives('register_unpack_format')
unregister_unpack_format = _no_archives('unregister_unpack_format')
unpack_archive = _no_archives('unpack_archive')
