"""Temporary files and directories, written for Immortal from the documentation of CPython 3.12's
tempfile: gettempdir (TMPDIR, TEMP, TMP, then the usual places), mkstemp, mkdtemp, mktemp,
NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile and TemporaryDirectory. Names are made of
eight random characters from [a-z0-9_] between the prefix ('tmp') and the suffix."""

import errno as _errno
import io as _io
import os as _os
import sys as _sys
import types as _types
import weakref as _weakref

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",       # high level safe interfaces
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",                        # low level safe interfaces
    "mktemp",                                    # deprecated unsafe interface
    "TMP_MAX", "gettempprefix",                  # constants
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = _os.TMP_MAX
template = "tmp"
tempdir = None

_FILE_FLAGS = (_os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0)
               | getattr(_os, 'O_CLOEXEC', 0))
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


class _RandomNameSequence:
    """An endless iterator of random eight-character names (a fresh generator after a fork)."""

    def __init__(self):
        self._pid = None
        self._rng = None

    def __iter__(self):
        return self

    def __next__(self):
        pid = _os.getpid()
        if pid != self._pid:
            import random
            self._rng = random.Random()
            self._pid = pid
        choose = self._rng.choice
        return ''.join(choose(_NAME_CHARS) for _ in range(8))

    @property
    def rng(self):
        next(self)
        return self._rng


_names = None


def _get_candidate_names():
    global _names
    if _names is None:
        _names = _RandomNameSequence()
    return _names


def _candidate_tempdir_list():
    dirs = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(var)
        if value:
            dirs.append(value)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(_os.getcwd())
    except (AttributeError, OSError):
        dirs.append(_os.curdir)
    return dirs


def _get_default_tempdir():
    # the first candidate where a file can really be created, written and removed
    names = _get_candidate_names()
    for d in _candidate_tempdir_list():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            path = _os.path.join(d, next(names))
            try:
                fd = _os.open(path, _FILE_FLAGS, 0o600)
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
                _os.unlink(path)
                return d
            except FileExistsError:
                continue
            except OSError:
                break
    raise FileNotFoundError(_errno.ENOENT, "No usable temporary directory found in %s"
                            % _candidate_tempdir_list())


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The directory temporary files go in by default (tempfile.tempdir once computed)."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """gettempdir() as bytes."""
    return _os.fsencode(_gettempdir())


def gettempprefix():
    """The default prefix of temporary names."""
    return _os.fsdecode(template)


def gettempprefixb():
    """gettempprefix() as bytes."""
    return _os.fsencode(template)


def _sanitize_params(prefix, suffix, dir):
    # the common type of the arguments (str unless some are bytes) and their defaults
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None
             and not isinstance(x, _os.PathLike)}
    if isinstance(dir, _os.PathLike):
        kinds.add(type(_os.fspath(dir)))
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    output_type = kinds.pop() if kinds else str
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _names_of(output_type):
    # TMP_MAX candidate names, as str or bytes
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        yield _os.fsencode(name) if output_type is bytes else name


def _create_file(dir, pre, suf, flags, output_type):
    # (fd, path) of a new file of mode 0o600
    for name in _names_of(output_type):
        path = _os.path.join(dir, pre + name + suf)
        _sys.audit("tempfile.mkstemp", path)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by the user and return (an open descriptor
    of it, its absolute path). The caller removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    return _create_file(dir, prefix, suffix, _FILE_FLAGS, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable only by the user and return its absolute path. The caller
    removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for name in _names_of(output_type):
        path = _os.path.join(dir, prefix + name + suffix)
        _sys.audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when asked (unsafe: someone may create it first). Deprecated."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        path = _os.path.join(dir, prefix + name + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _Remover:
    # Owns the file of a NamedTemporaryFile: closes it, and removes it from the file system as
    # the delete flags say, once. Kept alive by the wrapper and by every method it hands out, so
    # the file goes when none of them is left (or on close()/__exit__).
    def __init__(self, file, name, delete, delete_on_close):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close
        self.closed = False
        self.finished = False

    def _close_file(self):
        if not self.closed:
            self.closed = True
            self.file.close()

    def finish(self):
        # close, and remove when delete is set (whatever delete_on_close says)
        if self.finished:
            return
        self.finished = True
        try:
            self._close_file()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        if self.closed:
            return
        try:
            self._close_file()
        finally:
            if self.delete_on_close:
                self.finish()

    def __del__(self):
        self.finish()


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the file object's attributes, plus name and delete, and a
    close() that removes the file (unless delete is false)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file, self.name, self.delete = file, name, delete
        self._closer = _Remover(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        a = getattr(self.__dict__['file'], name)
        if hasattr(a, '__call__') and not isinstance(a, int):
            # A method of the file: the function handed out keeps the remover alive, so that
            # NamedTemporaryFile().write(...) does not see the file removed and closed under it.
            remover = self._closer
            method = a

            def call(*args, **kwargs):
                remover
                return method(*args, **kwargs)
            call.__name__ = getattr(a, '__name__', name)
            call.__qualname__ = getattr(a, '__qualname__', name)
            call.__doc__ = getattr(a, '__doc__', None)
            call.__wrapped__ = a
            a = call
        if not isinstance(a, int):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        try:
            return self.file.__exit__(exc, value, tb)
        finally:
            self._closer.finish()

    def close(self):
        self._closer.close()

    def __iter__(self):
        # a generator (not the file's own iterator), so that the wrapper lives while it runs
        yield from self.file


def _open_new(dir, mode, buffering, newline, encoding, errors, prefix, suffix, flags):
    # (file object, path): a new file under dir opened in mode, whose file name is the path
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    made = []

    def opener(*args):
        fd, path = _create_file(dir, prefix, suffix, flags, output_type)
        made.append(path)
        return fd

    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors, opener=opener)
    except BaseException:
        if made:
            try:
                _os.unlink(made[0])
            except OSError:
                pass
        raise
    raw = getattr(file, 'buffer', file)
    raw = getattr(raw, 'raw', raw)
    raw.name = made[0]
    return file, made[0]


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None, delete_on_close=True):
    """A temporary file with a name in the file system (the .name attribute), opened in mode. With
    delete, it is removed when closed (or, with delete_on_close false, when the context manager
    exits)."""
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    file, name = _open_new(dir, mode, buffering, newline, encoding, errors, prefix, suffix,
                           _FILE_FLAGS)
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system (it is removed at once; .name is the file
    descriptor), opened in mode."""
    if 'b' not in mode:
        encoding = _io.text_encoding(encoding)
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, path = _create_file(dir, prefix, suffix, _FILE_FLAGS, output_type)
    try:
        _os.unlink(path)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (a BytesIO, or a text stream over one) until it holds more
    than max_size bytes or its fileno() is asked for; then it moves to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        text = 'b' not in mode
        if text:
            encoding = _io.text_encoding(encoding)
        memory = _io.BytesIO()
        self._file = (_io.TextIOWrapper(memory, encoding=encoding, errors=errors, newline=newline)
                      if text else memory)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering, suffix=suffix,
                                       prefix=prefix, encoding=encoding, newline=newline,
                                       dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if not self._rolled and self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once), keeping the position."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        where = memory.tell()
        if hasattr(disk, 'buffer'):
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(where, 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if not self._file.closed:
            return self
        raise ValueError("Cannot enter context with closed file")

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        if not self._file.closed:
            self._file.close()

    def close(self):
        self._file.close()

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    @property
    def mode(self):
        if not self._rolled:
            return self._TemporaryFileArgs['mode']
        return self._file.mode

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, s):
        count = self._file.write(s)
        self._check(self._file)
        return count

    def writelines(self, iterable):
        self._file.writelines(iterable)
        self._check(self._file)

    def detach(self):
        return self._file.detach()


def _forward(name, is_property):
    # a method (or property) of SpooledTemporaryFile that passes straight on to the current file
    if is_property:
        return property(lambda self: getattr(self._file, name))

    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = name
    method.__qualname__ = 'SpooledTemporaryFile.' + name
    return method


for _name in ('closed', 'encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _name, _forward(_name, True))
for _name in ('flush', 'isatty', 'readable', 'read', 'read1', 'readinto', 'readinto1', 'readline',
              'readlines', 'seekable', 'seek', 'tell', 'writable'):
    setattr(SpooledTemporaryFile, _name, _forward(_name, False))
del _name


def _reset_permissions(path):
    # make path and its parent directory writable again, so that it can be removed
    try:
        _os.chmod(_os.path.dirname(path) or _os.curdir, 0o700)
    except OSError:
        pass
    try:
        _os.chmod(path, 0o700)
    except OSError:
        pass


def _remove_tree(name, ignore_errors):
    # rmtree that retries after making unwritable directories writable, and ignores what is
    # already gone
    import shutil

    def onexc(func, path, exc):
        if isinstance(exc, FileNotFoundError):
            return
        if isinstance(exc, PermissionError):
            _reset_permissions(path)
            try:
                if _os.path.isdir(path) and not _os.path.islink(path):
                    _remove_tree(path, ignore_errors)
                else:
                    _os.unlink(path)
            except FileNotFoundError:
                pass
            return
        if not ignore_errors:
            raise exc

    shutil.rmtree(name, onexc=onexc)


def _implicit_cleanup(name, warning, ignore_errors, delete):
    # what the finalizer of a TemporaryDirectory does if cleanup() was never called
    if delete:
        _remove_tree(name, ignore_errors)
        import warnings
        warnings.warn(warning, ResourceWarning)


class TemporaryDirectory:
    """A new temporary directory (mkdtemp), removed with everything in it by cleanup(), at the end
    of a with block (which gives the name), or when the object is collected. delete=False keeps it
    after the with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *,
                 delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        message = 'Implicitly cleaning up %r' % (self,)
        self._finalizer = _weakref.finalize(self, _implicit_cleanup, self.name, message,
                                            ignore_cleanup_errors, delete)

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        """Remove the directory and its contents now (once; later calls do nothing)."""
        pending = self._finalizer.detach() is not None
        if pending or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
