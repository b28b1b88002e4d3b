"""Extracting, formatting and printing tracebacks (the traceback module), written for Immortal from
its documented behaviour. Whole exceptions are formatted by the VM's own printer (the native
_traceback module: CPython 3.12's exact layout, caret lines included); frame summaries are built
here from traceback and frame objects."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary',
           'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


def _chunks(text):
    """Splits formatted output into CPython's list items: the header, one item per frame (its
    source and caret lines included), then one item per remaining line."""
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        elif line.startswith('  [Previous line repeated') and out:
            out.append(line)
        else:
            out.append(line)
    return out


def _exc_of(exc, value, tb):
    if value is _sentinel and tb is _sentinel:
        return exc
    if value is _sentinel:
        value = exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _exc_of(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if limit is not None:
        return list(TracebackException.from_exception(value, limit=limit).format(chain=chain))
    return _chunks(_traceback.format_exception(value, chain))


def format_exception_only(exc, /, value=_sentinel):
    value = _exc_of(exc, value, _sentinel)
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return ['%s\n' % (exc.__name__ if isinstance(exc, type) else type(value).__name__)]
    return _traceback.format_exception_only(value).splitlines(keepends=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for chunk in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(chunk, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_exc') and not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(getattr(sys, 'last_exc', None) or sys.last_value, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name, line (read lazily), locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {filename}, line {lineno} in {name}>'.format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, with format()."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frame_gen:
            if limit is not None and len(result) >= limit:
                break
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                       locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                     frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if last is not None and key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    n = count - 3
                    result.append('  [Previous line repeated %d more time%s]\n' % (n, 's' if n > 1 else ''))
                last = key
                count = 1
            result.append(self.format_frame_summary(fs))
        if count > 3:
            n = count - 3
            result.append('  [Previous line repeated %d more time%s]\n' % (n, 's' if n > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    result = StackSummary()
    while tb is not None and (limit is None or len(result) < limit):
        f = tb.tb_frame
        co = f.f_code if f is not None else _traceback.tb_code(tb)
        result.append(FrameSummary(co.co_filename, tb.tb_lineno, co.co_name))
        tb = tb.tb_next
    return result


def _stack_frames(skip):
    frames = []
    depth = skip
    while True:
        try:
            f = sys._getframe(depth)
        except ValueError:
            break
        frames.append((f, f.f_lineno))
        depth += 1
    return frames


def extract_stack(f=None, limit=None):
    frames = _stack_frames(2) if f is None else [(f, f.f_lineno)]
    if limit is not None:
        frames = frames[:limit]
    stack = StackSummary.extract(frames)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end='')


def format_tb(tb, limit=None):
    if limit is None:
        return _chunks(_traceback.format_tb(tb)) if tb is not None else []
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


def format_stack(f=None, limit=None):
    frames = _stack_frames(2) if f is None else [(f, f.f_lineno)]
    if limit is not None:
        frames = frames[:limit]
    stack = StackSummary.extract(frames)
    stack.reverse()
    return stack.format()


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit):
        print(item, file=file, end='')


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for later formatting: its type, str, stack and chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self.exc_type = exc_type
        self._exc = exc_value
        self._limit = limit
        self._str = _safe_str(exc_value)
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.__cause__ = self.__context__ = None
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                _seen=_seen)
        if context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                  limit=limit, _seen=_seen)
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = exc_value.lineno
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield ('\nThe above exception was the direct cause '
                       'of the following exception:\n\n')
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield ('\nDuring handling of the above exception, '
                       'another exception occurred:\n\n')
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            if self._limit is None:
                yield from _chunks(_traceback.format_tb(self._exc.__traceback__))
            else:
                yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
