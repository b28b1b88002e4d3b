"""Iterate over the lines of several files or standard input (Immortal's fileinput for 3.12).

    import fileinput
    for line in fileinput.input():
        ...

input() makes a module-wide FileInput that the functions filename(), lineno(), filelineno(),
fileno(), isfirstline(), isstdin(), nextfile() and close() consult. With inplace=True each file is
moved to a backup and standard output is redirected into a new file of the original name while its
lines are read.
"""

from types import GenericAlias
import io
import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno",
           "isfirstline", "isstdin", "FileInput", "hook_compressed", "hook_encoded"]

# The FileInput made by input(), which the module-level functions consult.
_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
          errors=None):
    """Make the module-wide FileInput (see FileInput) and return it."""
    global _state
    if _state is not None and _state._file:
        raise RuntimeError("input() already active")
    made = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding,
                     errors=errors)
    _state = made
    return made


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the module-wide FileInput."""
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def nextfile():
    """Skip the rest of the current file; the next line read comes from the next file."""
    return _active().nextfile()


def filename():
    """The name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """The number of lines read so far, over all files."""
    return _active().lineno()


def filelineno():
    """The number of lines read so far in the current file."""
    return _active().filelineno()


def fileno():
    """The file descriptor of the current file (-1 when none is open)."""
    return _active().fileno()


def isfirstline():
    """True when the line just read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """True when the current input is standard input."""
    return _active().isstdin()


class FileInput:
    """FileInput(files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None)

    Iterates over the lines of each file of `files` in turn: a file name, a path-like object or a
    sequence of them; '-' stands for standard input; the default is sys.argv[1:], or standard input
    when that is empty.
    """

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        # Everything __del__ (through close) looks at is set before any argument check can fail.
        self._file = self._output = self._savestdout = None
        self._backupfilename = None
        self._isstdin = False
        self._filename = None
        self._startlineno = self._filelineno = 0
        if isinstance(files, os.PathLike):
            self._files = (os.fspath(files),)
        elif isinstance(files, str):
            self._files = (files,)
        else:
            self._files = tuple(sys.argv[1:] if files is None else files) or ('-',)
        self._inplace, self._backup = inplace, backup
        self._encoding, self._errors = encoding, errors
        if mode != 'r' and mode != 'rb':
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        if openhook and inplace:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def close(self):
        """Close the current file and forget the remaining ones."""
        try:
            self.nextfile()
        finally:
            self._files = ()

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        """The next line over all the files; an empty string at the end of the last one."""
        while True:
            if self._file is None:
                if not self._files:
                    return b'' if 'b' in self._mode else ''
                self._open_next()
            line = self._file.readline()
            if line:
                self._filelineno += 1
                return line
            self.nextfile()

    def nextfile(self):
        """Close the current file (restoring stdout after an in-place one); the next read opens
        the next file."""
        saved = self._savestdout
        self._savestdout = None
        if saved:
            sys.stdout = saved
        output, self._output = self._output, None
        try:
            if output:
                output.close()
        finally:
            current, self._file = self._file, None
            try:
                if current and not self._isstdin:
                    current.close()
            finally:
                backup_name, self._backupfilename = self._backupfilename, None
                if backup_name and not self._backup:
                    try:
                        os.unlink(backup_name)
                    except OSError:
                        pass
                self._isstdin = False

    def _open_next(self):
        name, self._files = self._files[0], self._files[1:]
        self._startlineno += self._filelineno
        self._filelineno = 0
        self._filename = name
        self._isstdin = False
        self._backupfilename = 0
        binary = 'b' in self._mode
        encoding = None if binary else (self._encoding or "locale")
        if name == '-':
            self._filename = '<stdin>'
            self._file = getattr(sys.stdin, 'buffer', sys.stdin) if binary else sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._open_inplace(encoding)
        elif not self._openhook:
            self._file = open(name, self._mode, encoding=encoding, errors=self._errors)
        elif self._encoding is None:
            self._file = self._openhook(name, self._mode)
        else:
            self._file = self._openhook(name, self._mode, encoding=encoding, errors=self._errors)

    def _open_inplace(self, encoding):
        name = self._filename
        backup_name = os.fspath(name) + (self._backup or ".bak")
        self._backupfilename = backup_name
        try:
            os.unlink(backup_name)
        except OSError:
            pass
        os.rename(name, backup_name)
        self._file = open(backup_name, self._mode, encoding=encoding, errors=self._errors)
        write_mode = self._mode.replace('r', 'w')
        try:
            permissions = os.fstat(self._file.fileno()).st_mode
        except OSError:
            self._output = open(name, write_mode, encoding=encoding, errors=self._errors)
        else:
            fd = os.open(name, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, permissions)
            self._output = os.fdopen(fd, write_mode, encoding=encoding, errors=self._errors)
            try:
                os.chmod(name, permissions)
            except OSError:
                pass
        self._savestdout = sys.stdout
        sys.stdout = self._output

    def filename(self):
        """The name of the file being read (None before the first line)."""
        return self._filename

    def lineno(self):
        """Lines read so far over all files."""
        return self._startlineno + self._filelineno

    def filelineno(self):
        """Lines read so far in the current file."""
        return self._filelineno

    def fileno(self):
        """The current file's descriptor, or -1."""
        try:
            return self._file.fileno() if self._file else -1
        except ValueError:
            return -1

    def isfirstline(self):
        """Whether the line just read was its file's first."""
        return self._filelineno == 1

    def isstdin(self):
        """Whether the current file is standard input."""
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that opens .gz files with gzip and .bz2 files with bz2, others with open()."""
    if encoding is None and 'b' not in mode:
        encoding = "locale"
    extension = os.path.splitext(filename)[1]
    if extension == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    elif extension == '.bz2':
        try:
            import bz2
        except ImportError:
            raise NotImplementedError(
                "fileinput.hook_compressed: Immortal has no bz2 module to read .bz2 files") from None
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=encoding, errors=errors)
    if 'b' not in mode:
        stream = io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with the given encoding and error handler."""
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
