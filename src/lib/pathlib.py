"""Object-oriented file system paths, written for Immortal from the documentation of CPython 3.12's
pathlib: pure paths (PurePath, PurePosixPath, PureWindowsPath) that only parse and combine, and
concrete paths (Path, PosixPath) that also reach the file system through os. WindowsPath cannot be
instantiated here (as on any POSIX system); Path.owner() and Path.group() need the pwd and grp
modules and raise NotImplementedError."""

import fnmatch
import io
import os
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath",
           "Path", "PosixPath", "WindowsPath"]

# errors that mean "there is nothing there" to exists(), is_dir() and the like
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)

_S_IFMT = 0o170000


def _ignore_error(exc):
    return getattr(exc, 'errno', None) in _IGNORED_ERRNOS


# --- flavours: how a family of paths is spelled ------------------------------------------------

class _Posix:
    sep = '/'
    altsep = ''
    case_sensitive = True

    @staticmethod
    def splitroot(p):
        # (drive, root, rest): one or three-plus leading slashes are the root '/', exactly two
        # are kept ('//'), as POSIX allows them a meaning of their own
        if p[:1] != '/':
            return '', '', p
        if p[1:2] != '/' or p[2:3] == '/':
            return '', '/', p.lstrip('/')
        return '', '//', p[2:]

    @staticmethod
    def normcase(s):
        return s

    @staticmethod
    def is_reserved(path):
        return False


# names Windows reserves in every directory (with or without an extension)
_WIN_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                 | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                 | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})


class _Windows:
    sep = '\\'
    altsep = '/'
    case_sensitive = False

    @staticmethod
    def splitroot(p):
        p = p.replace('/', '\\')
        if p[:2] == '\\\\':
            # UNC: \\server\share is the drive
            if p[2:3] == '\\':
                return '', '\\', p.lstrip('\\')
            k = p.find('\\', 2)
            if k < 0:
                return p, '', ''
            k2 = p.find('\\', k + 1)
            if k2 < 0:
                return p, '\\', ''       # a share always has its root
            return p[:k2], '\\', p[k2 + 1:]
        if p[1:2] == ':':
            if p[2:3] == '\\':
                return p[:2], '\\', p[3:]
            return p[:2], '', p[2:]
        if p[:1] == '\\':
            return '', '\\', p[1:]
        return '', '', p

    @staticmethod
    def normcase(s):
        return s.lower()

    @staticmethod
    def is_reserved(path):
        tail = path._tail
        if not tail:
            return False
        if path._drv.startswith('\\\\'):
            return False
        name = tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WIN_RESERVED


# --- pure paths -------------------------------------------------------------------------------

def _segment(arg, flavour):
    # one constructor argument as a str
    if isinstance(arg, PurePath):
        if arg._flavour is _Windows and flavour is _Posix:
            return arg.as_posix()
        return str(arg)
    try:
        p = os.fspath(arg)
    except TypeError:
        p = arg
    if not isinstance(p, str):
        raise TypeError("argument should be a str or an os.PathLike object where __fspath__ "
                        "returns a str, not %r" % type(p).__name__)
    return p


def _parse(flavour, segments):
    # (drive, root, [parts]) of the segments joined (a segment with a root starts afresh)
    drv, root, parts = '', '', []
    for seg in segments:
        sdrv, sroot, rest = flavour.splitroot(seg)
        if flavour is _Windows:
            rest = rest.replace('/', '\\')
        if sroot or (sdrv and flavour.normcase(sdrv) != flavour.normcase(drv)):
            if sdrv:
                drv = sdrv      # (a root alone keeps the current drive)
            root = sroot
            parts = []
        elif sdrv:
            drv = sdrv
        parts.extend(x for x in rest.split(flavour.sep) if x and x != '.')
    return drv, root, parts


class _PathParents:
    """The sequence of a path's ancestors (path.parents)."""

    __slots__ = ('_path', '_drv', '_root', '_tail')

    def __init__(self, path):
        self._path = path
        self._drv = path._drv
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        count = len(self._tail)
        if isinstance(idx, slice):
            return tuple(self[k] for k in range(*idx.indices(count)))
        # (compared before any conversion: a str index fails in the comparison, as in CPython)
        if idx >= count or idx < -count:
            raise IndexError(idx)
        keep = count - 1 - (idx % count)
        return self._path._from_parts(self._drv, self._root, self._tail[:keep])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __contains__(self, item):
        return any(item == p for p in self)

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path that is only text: its parts, and operations that do not touch the file system.
    PurePath(...) makes a PurePosixPath here."""

    __slots__ = ('_raw_paths', '_drv', '_root', '_tail', '_str', '_hash')
    _flavour = _Posix

    def __new__(cls, *args, **kwargs):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        flavour = self._flavour
        raw = [_segment(a, flavour) for a in args]
        self._raw_paths = raw
        self._drv, self._root, self._tail = _parse(flavour, raw)
        self._str = None
        self._hash = None

    def with_segments(self, *pathsegments):
        """A new path of this type from pathsegments (subclasses may pass state along)."""
        return type(self)(*pathsegments)

    def _from_parts(self, drv, root, tail):
        p = self.with_segments()
        p._drv, p._root, p._tail = drv, root, list(tail)
        p._raw_paths = [p._format()] if (drv or root or tail) else []
        p._str = None
        return p

    def _format(self):
        sep = self._flavour.sep
        return self._drv + self._root + sep.join(self._tail)

    def __reduce__(self):
        return (self.__class__, tuple(self._raw_paths))

    def __str__(self):
        if self._str is None:
            self._str = self._format() or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file:' URI (it must be absolute)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drv = self._drv
        if self._flavour is _Windows:
            if len(drv) == 2 and drv[1] == ':':
                prefix = 'file:///' + drv
                rest = self.as_posix()[2:]
            else:
                prefix = 'file:'
                rest = self.as_posix()
        else:
            prefix = 'file://'
            rest = str(self)
        return prefix + _quote(os.fsencode(rest))

    @property
    def _str_normcase(self):
        return self._flavour.normcase(str(self))

    @property
    def _parts_normcase(self):
        return self._str_normcase.split(self._flavour.sep)

    def __eq__(self, other):
        if isinstance(other, PurePath):
            return self._flavour is other._flavour and self._str_normcase == other._str_normcase
        return NotImplemented

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._str_normcase)
        return self._hash

    def _keys(self, other):
        # the sort keys of self and other, or None when the two cannot be ordered
        if isinstance(other, PurePath) and other._flavour is self._flavour:
            return self._parts_normcase, other._parts_normcase
        return None

    def __lt__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._keys(other)
        return NotImplemented if k is None else k[0] >= k[1]

    @property
    def drive(self):
        """The drive letter or UNC share ('' on POSIX)."""
        return self._drv

    @property
    def root(self):
        """The root ('/' or '', or '//')."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def parts(self):
        """The components of the path, anchor first, as a tuple."""
        anchor = self._drv + self._root
        if anchor:
            return (anchor,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        """The last component ('' when there is none)."""
        tail = self._tail
        return tail[-1] if tail else ''

    @property
    def suffix(self):
        """The final extension of the name, with its dot ('' when none)."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """The extensions of the name, each with its dot."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The name without its final extension."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The path one level up (the path itself when there is no level to drop)."""
        if not self._tail:
            return self
        return self._from_parts(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        """The ancestors of the path, nearest first."""
        return _PathParents(self)

    def with_name(self, name):
        """This path with its last component replaced by name."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, rest = f.splitroot(name)
        if (not rest or rest[-1] in (f.sep, f.altsep) or drv or root or f.sep in rest
                or (f.altsep and f.altsep in rest) or rest == '.'):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """This path with the stem of its name replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with the final extension of its name replaced ('' removes it)."""
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parts(self._drv, self._root, self._tail[:-1] + [name])

    def _other_path(self, other, extra, what, method):
        # relative_to/is_relative_to's argument as a path of this flavour; extra segments are
        # joined to it with 3.12's DeprecationWarning (pointing at the caller of `method`).
        if extra:
            import warnings
            warnings.warn(f"support for supplying {what} to pathlib.PurePath.{method}() is deprecated "
                          "and scheduled for removal in Python 3.14", DeprecationWarning, stacklevel=3)
            return self.with_segments(other, *extra)
        return other if isinstance(other, PurePath) else self.with_segments(other)

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path relative to other. Without walk_up, other must be this path or one of its
        ancestors; with it, '..' climbs from other to the common ancestor."""
        other = self._other_path(other, _deprecated, 'more than one positional argument', 'relative_to')
        ups = 0
        for base in [other] + list(other.parents):
            if self.is_relative_to(base):
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if base.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            ups += 1
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        return self.with_segments(*(['..'] * ups + self._tail[len(base._tail):]))

    def is_relative_to(self, other, /, *_deprecated):
        """Whether other is this path or one of its ancestors."""
        other = self._other_path(other, _deprecated, 'more than one argument', 'is_relative_to')
        return other == self or other in self.parents

    def is_absolute(self):
        """Whether the path has a root (and, on Windows, a drive)."""
        if self._flavour is _Windows:
            return bool(self._drv and self._root)
        return bool(self._root)

    def is_reserved(self):
        """Whether Windows reserves the name (always False for POSIX paths)."""
        return self._flavour.is_reserved(self)

    def joinpath(self, *pathsegments):
        """This path followed by each of pathsegments."""
        return self.with_segments(self, *pathsegments)

    def __truediv__(self, key):
        return self._joined(self, key)

    def __rtruediv__(self, key):
        return self._joined(key, self)

    def _joined(self, first, second):
        # first / second, or NotImplemented when either is not a path (so '/' can say so)
        try:
            return self.with_segments(first, second)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches the glob-style pattern, compared from the right (the whole
        path when the pattern is absolute)."""
        if not isinstance(path_pattern, PurePath):
            path_pattern = self.with_segments(path_pattern)
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        pat_parts = path_pattern.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if path_pattern._drv or path_pattern._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _compile(pat, case_sensitive)(part):
                return False
        return True


_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _quote(b):
    # percent-encoding of the bytes b, keeping unreserved characters and '/'
    return ''.join(chr(c) if c in _URI_SAFE else '%%%02X' % c for c in b)


_compiled = {}


def _compile(pat, case_sensitive):
    key = (pat, case_sensitive)
    m = _compiled.get(key)
    if m is None:
        flags = 0 if case_sensitive else re.IGNORECASE
        m = _compiled[key] = re.compile(fnmatch.translate(pat), flags).match
    return m


class PurePosixPath(PurePath):
    """A pure path with POSIX spelling ('/' separates, no drives)."""
    __slots__ = ()
    _flavour = _Posix


class PureWindowsPath(PurePath):
    """A pure path with Windows spelling (drives, UNC shares, '\\' or '/' separating,
    case-insensitive comparisons)."""
    __slots__ = ()
    _flavour = _Windows


# --- concrete paths ---------------------------------------------------------------------------

class Path(PurePath):
    """A path on the file system of this machine: Path(...) makes a PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    def __init__(self, *args, **kwargs):
        if kwargs:
            import warnings
            warnings.warn("support for supplying keyword arguments to pathlib.PurePath "
                          "is deprecated and scheduled for removal in Python 3.14",
                          DeprecationWarning, stacklevel=2)
        super().__init__(*args)

    def _child(self, name):
        return self._from_parts(self._drv, self._root, self._tail + [name])

    @classmethod
    def cwd(cls):
        """The current directory, as an absolute path."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (as os.path.expanduser('~') finds it)."""
        return cls("~").expanduser()

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path (os.lstat() when not follow_symlinks)."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path: a symbolic link's own status."""
        return os.lstat(self)

    def _mode(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self, *, follow_symlinks=True):
        """Whether something is there (a broken link counts only without following links)."""
        return self._mode(follow_symlinks) is not None

    def _is_type(self, kind, follow=True):
        mode = self._mode(follow)
        return mode is not None and mode & _S_IFMT == kind

    def is_dir(self):
        return self._is_type(0o040000)

    def is_file(self):
        return self._is_type(0o100000)

    def is_symlink(self):
        return self._is_type(0o120000, False)

    def is_socket(self):
        return self._is_type(0o140000)

    def is_fifo(self):
        return self._is_type(0o010000)

    def is_block_device(self):
        return self._is_type(0o060000)

    def is_char_device(self):
        return self._is_type(0o020000)

    def is_junction(self):
        return False

    def is_mount(self):
        return os.path.ismount(self)

    def samefile(self, other_path):
        """Whether other_path is the same file as this one (same device and inode)."""
        mine = self.stat()
        stat = getattr(other_path, 'stat', None)
        theirs = stat() if stat is not None else self.with_segments(other_path).stat()
        return os.path.samestat(mine, theirs)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """The file opened as the builtin open() does."""
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole file as bytes."""
        with self.open('rb') as stream:
            data = stream.read()
        return data

    def read_text(self, encoding=None, errors=None):
        """The whole file decoded as text."""
        with self.open('r', -1, io.text_encoding(encoding), errors) as stream:
            text = stream.read()
        return text

    def write_bytes(self, data):
        """Replace the file's contents with data (any bytes-like object); returns the count."""
        data = memoryview(data)
        with self.open('wb') as stream:
            count = stream.write(data)
        return count

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the str data, encoded; returns the count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not ' + type(data).__name__)
        with self.open('w', -1, io.text_encoding(encoding), errors, newline) as stream:
            count = stream.write(data)
        return count

    def iterdir(self):
        """The entries of the directory as paths (not '.' and '..'), in listing order."""
        for name in os.listdir(self):
            yield self._child(name)

    def glob(self, pattern, *, case_sensitive=None):
        """The paths below this one matching the relative glob-style pattern ('**' as a whole
        component: this directory and every directory below it)."""
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, parts = _parse(self._flavour, [pattern])
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        return self._select(parts, case_sensitive)

    def rglob(self, pattern, *, case_sensitive=None):
        """glob() with '**/' in front of pattern: matches at any depth."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        drv, root, parts = _parse(self._flavour, [pattern])
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            parts.append('')
        return self._select(['**'] + parts, case_sensitive)

    def _select(self, parts, case_sensitive):
        for part in parts:
            if '**' in part and part != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        if case_sensitive is None:
            case_sensitive = self._flavour.case_sensitive
        return _select_from(self, parts, 0, case_sensitive)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """Generate (dirpath, dirnames, filenames) for this directory and each below it, as
        os.walk does (top-down, the caller may edit dirnames)."""
        sys.audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        stack = [self]
        while stack:
            path = stack.pop()
            if isinstance(path, tuple):
                yield path
                continue
            try:
                entries = list(os.scandir(path))
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            dirnames, filenames = [], []
            for entry in entries:
                try:
                    is_dir = entry.is_dir(follow_symlinks=follow_symlinks)
                except OSError:
                    is_dir = False
                (dirnames if is_dir else filenames).append(entry.name)
            if top_down:
                yield path, dirnames, filenames
            else:
                stack.append((path, dirnames, filenames))
            stack += [path._child(d) for d in reversed(dirnames)]

    def absolute(self):
        """The path made absolute with the current directory (nothing is resolved)."""
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), *self._raw_paths)

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved; with strict, a missing
        component is an error (FileNotFoundError)."""
        s = os.path.realpath(self, strict=strict)
        if strict:
            probe = '/'
            for part in s.split('/'):
                if part:
                    probe = os.path.join(probe, part)
                    os.lstat(probe)
        return self.with_segments(s)

    def owner(self):
        raise NotImplementedError("Path.owner() is not supported by Immortal yet (no pwd module)")

    def group(self):
        raise NotImplementedError("Path.group() is not supported by Immortal yet (no grp module)")

    def readlink(self):
        """The path a symbolic link points to."""
        return self.with_segments(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if missing (with mode, less the umask); else update its times, or,
        when not exist_ok, fail with FileExistsError."""
        if exist_ok:
            try:
                os.utime(self, None)
                return              # it was there: only the times change
            except OSError:
                pass
        excl = 0 if exist_ok else os.O_EXCL
        os.close(os.open(self, os.O_WRONLY | os.O_CREAT | excl, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and, with parents, the missing ones above it)."""
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            up = self.parent
            if not parents or up == self:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        up.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits (of the link itself: not available on Linux)."""
        if not follow_symlinks:
            raise NotImplementedError("chmod: follow_symlinks unavailable on this platform")
        os.chmod(self, mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link (a missing one is fine with missing_ok)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename to target and return the new path."""
        os.rename(self, target)
        return self.with_segments(target)

    def replace(self, target):
        """Rename to target, replacing what is there, and return the new path."""
        os.replace(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(target, self)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(target, self)

    def expanduser(self):
        """The path with a leading ~ or ~user replaced by that home directory."""
        if not (self._drv or self._root) and self._tail and self._tail[0][:1] == '~':
            home = os.path.expanduser(self._tail[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            drv, root, tail = _parse(self._flavour, [home])
            return self._from_parts(drv, root, tail + self._tail[1:])
        return self

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in "
                      "Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass


def _select_from(path, parts, i, case_sensitive):
    # the paths below path matching parts[i:] (a trailing '' asks for directories only)
    if i == len(parts):
        yield path
        return
    part = parts[i]
    last = i == len(parts) - 1
    dironly = not last
    if part == '':
        if path.is_dir():
            yield path
        return
    if part == '**':
        seen = set()
        for d in _recursive_dirs(path):
            for p in _select_from(d, parts, i + 1, case_sensitive):
                if p not in seen:
                    seen.add(p)
                    yield p
        return
    if part == '..':
        yield from _select_from(path._child('..'), parts, i + 1, case_sensitive)
        return
    if not re.search('[*?[]', part) and case_sensitive == path._flavour.case_sensitive:
        child = path._child(part)
        if (child.is_dir() if dironly else child.exists(follow_symlinks=False)):
            yield from _select_from(child, parts, i + 1, case_sensitive)
        return
    match = _compile(part, case_sensitive)
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        return
    for entry in entries:
        if dironly:
            try:
                if not entry.is_dir():
                    continue
            except OSError:
                continue
        name = entry.name
        if match(name):
            yield from _select_from(path._child(name), parts, i + 1, case_sensitive)


def _recursive_dirs(path):
    # path, then every directory below it (not through symbolic links), level by level as walk
    # lists them
    yield path
    for dirpath, dirnames, _ in path.walk():
        for d in dirnames:
            yield dirpath._child(d)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete Windows path: cannot be made on this system."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
