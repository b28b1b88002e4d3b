"""The os module, written for Immortal over its native posix module: files and directories,
environment (environ, environb), stat results, walk/scandir, running programs to completion
(system, popen, spawn*; wait* always find no child), wait-status decoding, and os.path
(posixpath). Behaviour follows CPython 3.12's documentation; the OS calls themselves are in src/modules/posix.ts."""

import sys
import posix as _posix
from posix import (open, close, read, write, lseek, fstat, ftruncate, listdir, mkdir, rmdir, unlink,
                   remove, rename, replace, getcwd, getcwdb, chdir, getpid, getppid, getuid, getgid,
                   geteuid, getegid, cpu_count, urandom, strerror, isatty, chmod, truncate, readlink,
                   symlink, umask, putenv, unsetenv, link, chown, lchown, fchown, fchmod, fsync,
                   fdatasync, pread, pwrite, kill, getgroups, getloadavg, getlogin, getpriority,
                   setpriority, closerange,
                   O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_NONBLOCK,
                   O_CLOEXEC, O_NOFOLLOW, O_DIRECTORY, F_OK, R_OK, W_OK, X_OK,
                   O_ACCMODE, O_ASYNC, O_DIRECT, O_DSYNC, O_FSYNC, O_SYNC, O_RSYNC, O_LARGEFILE,
                   O_NDELAY, O_NOATIME, O_NOCTTY, O_PATH, O_TMPFILE,
                   EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE,
                   EX_SOFTWARE, EX_OSERR, EX_OSFILE, EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL,
                   EX_PROTOCOL, EX_NOPERM, EX_CONFIG, PRIO_PROCESS, PRIO_PGRP, PRIO_USER,
                   RTLD_LAZY, RTLD_NOW, RTLD_NOLOAD, RTLD_DEEPBIND, RTLD_GLOBAL, RTLD_LOCAL,
                   RTLD_NODELETE, P_WAIT, P_NOWAIT, P_NOWAITO, NGROUPS_MAX, TMP_MAX,
                   statvfs, fstatvfs, sysconf, confstr, pathconf, fpathconf, sysconf_names,
                   confstr_names, pathconf_names, getpgid, getpgrp, getsid, getresuid, getresgid,
                   sched_getaffinity, sched_get_priority_max, sched_get_priority_min, killpg, abort,
                   ttyname, tcgetpgrp, get_blocking, get_inheritable, readv, preadv, pwritev,
                   sendfile, copy_file_range, posix_fallocate, posix_fadvise, fchdir, sync)
from posix import *              # the constants of posix-consts.ts (CLD_*, SCHED_*, ST_* ...)
from operator import index as _index
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        return any('__fspath__' in vars(k) for k in getattr(sub, '__mro__', ()))


class PathLike(metaclass=_PathLikeMeta):
    """A class of objects with a file system path (those defining __fspath__)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def fspath(p):
    """The file system path of p: str and bytes as they are, else p.__fspath__()."""
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    r = f(p)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(p).__name__, type(r).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


# The struct sequences (os.stat_result ...) are posix's, as in CPython.
stat_result = _posix.stat_result
terminal_size = _posix.terminal_size
times_result = _posix.times_result
uname_result = _posix.uname_result
waitid_result = _posix.waitid_result
statvfs_result = _posix.statvfs_result


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if follow_symlinks:
        return _posix.stat(path)
    return _posix.lstat(path)


def lstat(path, *, dir_fd=None):
    return _posix.lstat(path)


def fstat(fd):
    return _posix.fstat(fd)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _posix.access(path, mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Sets the access and modification times: now, times=(atime, mtime) in seconds, or ns=(..) in ns."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        ns = tuple(int(t * 1_000_000_000) if isinstance(t, float) else _index(t) * 1_000_000_000
                   for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
        ns = (_index(ns[0]), _index(ns[1]))
    if ns is None:
        _posix.utime(path)
    else:
        _posix.utime(path, ns[0], ns[1])


def uname():
    return _posix.uname()


def times():
    """Process times in seconds (the children's are those of finished children Immortal waited for: 0)."""
    return _posix.times()


def ctermid():
    return '/dev/tty'


def device_encoding(fd):
    return 'utf-8' if isatty(fd) else None


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def writev(fd, buffers):
    return write(fd, b''.join(bytes(b) for b in buffers))


def getrandom(size, flags=0):
    size = _index(size)
    _index(flags)
    if size < 0:
        raise OSError(22, 'Invalid argument')
    return urandom(size)


def nice(increment):
    increment = _index(increment)
    value = getpriority(PRIO_PROCESS, 0) + increment
    setpriority(PRIO_PROCESS, 0, max(-20, min(19, value)))
    return getpriority(PRIO_PROCESS, 0)


def sched_yield():
    # One thread of Python code: nothing to yield to
    return None


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Registers fork callbacks. Immortal cannot fork, so after checking them it keeps none."""
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError('At least one argument is required.')
    for name, f in (('before', before), ('after_in_child', after_in_child),
                    ('after_in_parent', after_in_parent)):
        if f is not None and not callable(f):
            raise TypeError("'%s' must be callable, not %s" % (name, type(f).__name__))


# Decoding the wait status of system() and spawn*() (Linux's layout).
def WIFEXITED(status):
    return (_index(status) & 0x7f) == 0


def WEXITSTATUS(status):
    return (_index(status) >> 8) & 0xff


def WIFSIGNALED(status):
    low = _index(status) & 0x7f
    return low != 0 and low != 0x7f


def WTERMSIG(status):
    return _index(status) & 0x7f


def WIFSTOPPED(status):
    return (_index(status) & 0xff) == 0x7f


def WSTOPSIG(status):
    return WEXITSTATUS(status)


def WCOREDUMP(status):
    return (_index(status) & 0x80) != 0


def WIFCONTINUED(status):
    return _index(status) == 0xffff


def waitstatus_to_exitcode(status):
    status = _index(status)
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    if WIFSTOPPED(status):
        raise ValueError('process stopped by delivery of signal %d' % WSTOPSIG(status))
    raise ValueError('invalid wait status: %d' % status)


# Device numbers (glibc's encoding of major and minor in a 64-bit dev_t).
def major(device):
    device = _index(device)
    return ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff & 0xffffffff)


def minor(device):
    device = _index(device)
    return (device & 0xff) | ((device >> 12) & ~0xff & 0xffffffff)


def makedev(major, minor):
    major = _index(major) & 0xffffffff
    minor = _index(minor) & 0xffffffff
    return (((major & 0xfff) << 8) | ((major & ~0xfff) << 32) | (minor & 0xff)
            | ((minor & ~0xff) << 12))


# Running programs. Immortal has no fork/exec/pipe: programs run to completion (spawnSync in posix),
# their output is passed on, and the wait status comes back. Only blocking forms exist.
def system(command):
    """Runs command with /bin/sh; returns its wait status."""
    return _posix._run_wait('/bin/sh', ['/bin/sh', '-c', command], None, False, False)


def _spawn(mode, file, args, env, search, fname):
    if mode != P_WAIT:
        raise NotImplementedError('os.%s with a mode other than P_WAIT is not supported by Immortal yet'
                                  % fname)
    if isinstance(args, (tuple, list)):
        if not (args and args[0]):
            raise ValueError('argv first element cannot be empty')
    else:
        raise TypeError('argv must be a tuple or a list')
    envl = None
    if env is not None:
        envl = ['%s=%s' % (fsdecode(k), fsdecode(v)) for k, v in env.items()]
    try:
        status = _posix._run_wait(file, list(args), envl, search, False)
    except (FileNotFoundError, PermissionError):
        return 127          # what the forked child of CPython's spawn exits with when exec fails
    return -WTERMSIG(status) if WIFSIGNALED(status) else WEXITSTATUS(status)


def spawnv(mode, file, args):
    return _spawn(mode, file, args, None, False, 'spawnv')


def spawnve(mode, file, args, env):
    return _spawn(mode, file, args, env, False, 'spawnve')


def spawnvp(mode, file, args):
    return _spawn(mode, file, args, None, True, 'spawnvp')


def spawnvpe(mode, file, args, env):
    return _spawn(mode, file, args, env, True, 'spawnvpe')


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    return spawnvpe(mode, file, args[:-1], args[-1])


def popen(cmd, mode='r', buffering=-1):
    """Runs cmd with /bin/sh and returns a file reading its output (mode 'r'). The command runs to
    completion first; close() returns None on success, else the wait status."""
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    if mode == 'w':
        raise NotImplementedError("os.popen with mode 'w' is not supported by Immortal yet")
    import io
    status, out = _posix._run_wait('/bin/sh', ['/bin/sh', '-c', cmd], None, False, True)
    return _wrap_close(io.TextIOWrapper(io.BytesIO(out), encoding=None), status)


class _wrap_close:
    # What popen returns: the text stream of the child's output (everything else is delegated to
    # it), whose close() answers the exit status (None for 0).
    def __init__(self, stream, status):
        self._stream = stream
        self._status = status

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)

    def close(self):
        self._stream.close()
        status = self._status
        return status if status else None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


# Waiting for children. spawn*/system/popen reap their child before returning, so an Immortal process
# never has a child to wait for: these answer what the system answers then (ECHILD).
WNOHANG = 1
WUNTRACED = 2
WSTOPPED = 2
WEXITED = 4
WCONTINUED = 8
WNOWAIT = 0x1000000
P_ALL = 0
P_PID = 1
P_PGID = 2
P_PIDFD = 3


def _no_child(*ints):
    for x in ints:
        _index(x)
    raise ChildProcessError(10, 'No child processes')


def wait():
    _no_child()


def waitpid(pid, options):
    _no_child(pid, options)


def wait3(options):
    _no_child(options)


def wait4(pid, options):
    _no_child(pid, options)


def waitid(idtype, id, options):
    _no_child(idtype, id, options)


supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, truncate, statvfs, pathconf}
supports_follow_symlinks = {stat}


def _split_last(p):
    # (directory part, last component) of p, a trailing slash ignored: 'a/b/' -> ('a', 'b')
    head, tail = path.split(p)
    return path.split(head) if not tail else (head, tail)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create the directory name and every missing directory above it. Only name gets mode; an
    existing name is an error (FileExistsError) unless exist_ok and it is a directory."""
    # Climb from name while the directory above it is missing, then create downwards. Each entry
    # is (directory, its last component, whether the directory above it was missing).
    todo = []
    here = name
    while True:
        up, last = _split_last(here)
        missing_above = bool(up and last) and not path.exists(up)
        todo.append((here, last, missing_above))
        if not missing_above:
            break
        here = up
    while todo:
        target, last, missing_above = todo.pop()
        leaf = not todo
        if missing_above and last == (b'.' if isinstance(last, bytes) else '.'):
            continue    # 'a/b/.': making a/b was all there was to do
        try:
            mkdir(target, mode if leaf else 0o777)
        except OSError as err:
            if exist_ok and path.isdir(target):
                continue
            if not leaf and isinstance(err, FileExistsError):
                continue    # a directory above that exists after all ('x/..', or made meanwhile)
            raise


def _parent_dirs(p):
    # the directories above p, nearest first, for as long as path.split finds both parts
    up, last = _split_last(p)
    while up and last:
        yield up
        up, last = path.split(up)


def removedirs(name):
    """Remove the directory name, then each directory above it until one can't be removed."""
    rmdir(name)
    for parent in _parent_dirs(name):
        try:
            rmdir(parent)
        except OSError:
            return


def renames(old, new):
    """rename(old, new), first making the directories new needs, then removing the ones old
    leaves empty (as removedirs does; failures there are ignored)."""
    up, last = path.split(new)
    if up and last and not path.exists(up):
        makedirs(up)
    rename(old, new)
    up, last = path.split(old)
    if not (up and last):
        return
    try:
        removedirs(up)
    except OSError:
        pass


class DirEntry:
    """One entry of scandir(): name, path and cached stat answers."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, dirpath, name):
        self.name = name
        if dirpath in ('.', b'.'):
            self.path = path.join(dirpath, name)
        else:
            self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _mode(self, follow):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o100000

    def is_symlink(self):
        return (self._mode(False) & 0o170000) == 0o120000

    def is_junction(self):
        return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, dirpath):
        self._dir = dirpath
        self._names = iter(listdir(dirpath))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path='.'):
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def _walk_scan(top, onerror, descend_links):
    # One directory for walk: (dirnames, filenames, paths to descend into) or None when it could not
    # be listed (onerror, if given, has seen the error). The paths are collected only when
    # descend_links is not None (bottom-up): those of the subdirectories, and of symlinks to
    # directories only when descend_links is true.
    try:
        entries = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return None
    dirnames, filenames, descend = [], [], []
    with entries:
        while True:
            try:
                entry = next(entries)
            except StopIteration:
                break
            except OSError as err:
                if onerror is not None:
                    onerror(err)
                return None
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False     # as if it were a file
            (dirnames if is_dir else filenames).append(entry.name)
            if is_dir and descend_links is not None:
                if not descend_links:
                    try:
                        if entry.is_symlink():
                            continue
                    except OSError:
                        pass
                descend.append(entry.path)
    return dirnames, filenames, descend


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for top and each directory below it, a directory
    before its subdirectories (topdown) or after them. Top-down, the caller may edit dirnames in
    place to choose where the walk goes next."""
    # Work stack: a path still to list, or (bottom-up) a finished triple whose subdirectories are
    # above it on the stack.
    stack = [fspath(top)]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            yield item
            continue
        scanned = _walk_scan(item, onerror, None if topdown else followlinks)
        if scanned is None:
            continue
        dirnames, filenames, descend = scanned
        if not topdown:
            stack.append((item, dirnames, filenames))
            stack.extend(reversed(descend))
            continue
        yield item, dirnames, filenames
        # dirnames as the caller left it; pushed in reverse so the first is listed first
        for name in reversed(dirnames):
            sub = path.join(item, name)
            if followlinks or not path.islink(sub):
                stack.append(sub)


class _Environ(dict):
    """os.environ: a dict of str that writes changes through to the process environment."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self.items())


environ = _Environ(_posix.environ)
supports_bytes_environ = True


class _EnvironBytes:
    """os.environb: environ seen with bytes keys and values (the same variables, written through)."""

    def __getitem__(self, key):
        try:
            return fsencode(environ[self._key(key)])
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(value, bytes):
            raise TypeError('bytes expected, not %s' % type(value).__name__)
        environ[self._key(key)] = fsdecode(value)

    def __delitem__(self, key):
        try:
            del environ[self._key(key)]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return self._key(key) in environ

    def __iter__(self):
        return iter([fsencode(k) for k in environ])

    def __len__(self):
        return len(environ)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def keys(self):
        return [fsencode(k) for k in environ]

    def values(self):
        return [fsencode(v) for v in environ.values()]

    def items(self):
        return [(fsencode(k), fsencode(v)) for k, v in environ.items()]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self.items())

    @staticmethod
    def _key(key):
        if not isinstance(key, bytes):
            raise TypeError('bytes expected, not %s' % type(key).__name__)
        return fsdecode(key)


environb = _EnvironBytes()


def getenvb(key, default=None):
    return environb.get(key, default)


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


def get_terminal_size(fd=1, /):
    return terminal_size(_posix._terminal_size(fd))


def _exit(n):
    raise SystemExit(n)


# What `from os import *` gives: every public name but the imported modules (path excepted), the
# supports_* sets and PathLike (as in CPython), plus _exit.
__all__ = sorted(n for n, v in globals().items()
                 if (not n.startswith('_') and n not in ('PathLike', 'supports_dir_fd', 'supports_fd',
                                                         'supports_effective_ids', 'supports_follow_symlinks')
                     and (n == 'path' or type(v) is not type(sys))))
__all__.append('_exit')
