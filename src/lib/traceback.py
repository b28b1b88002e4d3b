"""Extracting, formatting and printing tracebacks (the traceback module), written for Immortal from
its documented behaviour in CPython 3.12: FrameSummary, StackSummary and TracebackException with
their attributes, limits, chaining, exception groups, notes, SyntaxError details, caret lines and
"Did you mean" suggestions. The native _traceback module supplies what needs the parser (the caret
anchors of a binary operation or subscript) and the Levenshtein search of suggestions.
(The interpreter's own top-level printer, src/vm/traceback.ts, follows CPython's C printer.)"""

import linecache
import sys
import _traceback

# (collections and itertools are left out: importing them would make every traceback import slow.)

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary',
           'TracebackException', 'walk_stack', 'walk_tb']


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb), limit=limit)


_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    # The old (type, value, tb) form or the new (exc) form: both value and tb, or neither.
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _is_sequence(obj):
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    # (3.12 passes these positionally, so they land in value/tb/limit/file.)
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit, file, chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    while tb is not None:
        frame = tb.tb_frame
        clear = getattr(frame, 'clear', None)
        if clear is not None:
            try:
                clear()
            except RuntimeError:
                pass
        tb = tb.tb_next


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name, the source line (read lazily),
    the position columns and, when asked for, the reprs of the frame's locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: _safe_string(v, 'local', func=repr) for k, v in locals.items()}
        else:
            self.locals = None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

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
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # The source line as linecache has it, whitespace and newline included.
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


def _getline(filename, lineno):
    # linecache.getline, answered from the interpreter's own source cache when linecache holds
    # nothing for the file (linecache's first read imports os and io, which costs here).
    if filename not in linecache.cache and isinstance(filename, str) and isinstance(lineno, int):
        line = _traceback.source_line(filename, lineno)
        if line is not None:
            return line
    return linecache.getline(filename, lineno)


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # walk_tb with (lineno, end_lineno, colno, end_colno) from the code's positions table; the
    # entry's own line number stands in when the table has none.
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    n = instruction_index // 2
    for i, position in enumerate(code.co_positions()):
        if i == n:
            return position
    raise StopIteration


_RECURSIVE_CUTOFF = 3


class StackSummary(list):
    """A list of FrameSummary objects, with format()."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = _first(frame_gen, limit)
            else:
                frame_gen = list(frame_gen)[limit:]
        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            result.append(FrameSummary(filename, lineno, code.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in filenames:
            if filename in linecache.cache:
                linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped_line = frame_summary.line.strip()
            row.append('    {}\n'.format(stripped_line))
            line = frame_summary._original_line
            # What strip() took off the line: its indentation, trailing spaces and newline.
            stripped_characters = len(line) - len(frame_summary.line.lstrip())
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                start_offset = _byte_offset_to_character_offset(line, frame_summary.colno)
                end_offset = _byte_offset_to_character_offset(line, frame_summary.end_colno)
                segment = line[start_offset:end_offset]
                anchors = None
                if frame_summary.lineno == frame_summary.end_lineno:
                    try:
                        anchors = _traceback.caret_anchors(segment)
                    except Exception:
                        anchors = None
                else:
                    # A multi-line expression: up to the last character of its first line.
                    end_offset = len(line.rstrip())
                if end_offset - start_offset < len(stripped_line) or (
                        anchors and anchors[1] - anchors[0] > 0):
                    dp_start = _display_width(line, start_offset) + 1
                    dp_end = _display_width(line, end_offset) + 1
                    row.append('    ')
                    row.append(' ' * (dp_start - stripped_characters))
                    if anchors:
                        dp_left = _display_width(segment, anchors[0])
                        dp_right = _display_width(segment, anchors[1])
                        row.append('~' * dp_left)
                        row.append('^' * (dp_right - dp_left))
                        row.append('~' * (dp_end - dp_start - dp_right))
                    else:
                        row.append('^' * (dp_end - dp_start))
                    row.append('\n')
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated_line(count - _RECURSIVE_CUTOFF))
        return result


def _first(iterable, n):
    if n > 0:
        for i, item in enumerate(iterable):
            yield item
            if i + 1 >= n:
                return


def _repeated_line(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def _byte_offset_to_character_offset(str, offset):
    return len(str.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _display_width(line, offset):
    # Columns on a terminal: East Asian wide and fullwidth characters take two.
    if line.isascii():
        return offset
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in line[:offset])


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            yield ''.join(prefix + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for formatting later: its type, str, stack summary, notes, SyntaxError
    details, and the TracebackExceptions of its cause, context and (for groups) sub-exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        top = _seen is None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)

        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = exc_value.end_lineno
            self.end_lineno = str(end_lineno) if end_lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        elif (exc_type and issubclass(exc_type, ImportError)
              and getattr(exc_value, "name_from", None) is not None):
            suggestion = _compute_suggestion_error(exc_value, exc_traceback,
                                                   getattr(exc_value, "name_from", None))
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
        elif (exc_type and issubclass(exc_type, (NameError, AttributeError))
              and getattr(exc_value, "name", None) is not None):
            wrong_name = getattr(exc_value, "name", None)
            suggestion = _compute_suggestion_error(exc_value, exc_traceback, wrong_name)
            if suggestion:
                self._str += f". Did you mean: '{suggestion}'?"
            if issubclass(exc_type, NameError) and wrong_name in sys.stdlib_module_names:
                if suggestion:
                    self._str += f" Or did you forget to import '{wrong_name}'"
                else:
                    self._str += f". Did you forget to import '{wrong_name}'"
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

        if top:
            # The chain and the group members, breadth by a work list rather than by recursion.
            pending = [(self, exc_value)]
            while pending:
                te, e = pending.pop()
                cause = context = exceptions = None
                if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(
                        type(e.__cause__), e.__cause__, e.__cause__.__traceback__, limit=limit,
                        lookup_lines=lookup_lines, capture_locals=capture_locals,
                        max_group_width=max_group_width, max_group_depth=max_group_depth,
                        _seen=_seen)
                if compact:
                    need_context = cause is None and e is not None and not e.__suppress_context__
                else:
                    need_context = True
                if (e and e.__context__ is not None and need_context
                        and id(e.__context__) not in _seen):
                    context = TracebackException(
                        type(e.__context__), e.__context__, e.__context__.__traceback__,
                        limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                        max_group_width=max_group_width, max_group_depth=max_group_depth,
                        _seen=_seen)
                if e and isinstance(e, BaseExceptionGroup):
                    exceptions = []
                    for sub in e.exceptions:
                        exceptions.append(TracebackException(
                            type(sub), sub, sub.__traceback__, limit=limit,
                            lookup_lines=lookup_lines, capture_locals=capture_locals,
                            max_group_width=max_group_width, max_group_depth=max_group_depth,
                            _seen=_seen))
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = exceptions
                if cause:
                    pending.append((te.__cause__, e.__cause__))
                if context:
                    pending.append((te.__context__, e.__context__))
                if exceptions:
                    pending.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)) or (
                notes is not None and not isinstance(notes, (str, bytes)) and _is_sequence(notes)):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [l + '\n' for l in note.split('\n')]
        elif notes is not None:
            yield "{}\n".format(_safe_string(notes, '__notes__', func=repr))

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                # 1-based columns of the text to 0-based ones of the stripped text.
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs and other whitespace stay, so that the carets line up.
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(caretspace, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg, chained_exc = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg, chained_exc = _context_message, exc.__context__
                else:
                    chained_msg = chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))

        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                toplevel = _ctx.exception_group_depth == 0
                if toplevel:
                    _ctx.exception_group_depth += 1
                if exc.stack:
                    yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                         margin_char='+' if toplevel else None)
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
                num_excs = len(exc.exceptions)
                n = num_excs if num_excs <= self.max_group_width else self.max_group_width + 1
                _ctx.need_close = False
                for i in range(n):
                    last = i == n - 1
                    if last:
                        # A nested group drawn below may close the box itself.
                        _ctx.need_close = True
                    truncated = self.max_group_width is not None and i >= self.max_group_width
                    title = f'{i + 1}' if not truncated else '...'
                    yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                           f'+---------------- {title} ----------------\n')
                    _ctx.exception_group_depth += 1
                    if not truncated:
                        yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                    else:
                        remaining = num_excs - self.max_group_width
                        yield from _ctx.emit(
                            f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
                    if last and _ctx.need_close:
                        yield _ctx.indent() + "+------------------------------------\n"
                        _ctx.need_close = False
                    _ctx.exception_group_depth -= 1
                if toplevel:
                    _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40


def _compute_suggestion_error(exc_value, tb, wrong_name):
    if wrong_name is None or not isinstance(wrong_name, str):
        return None
    if isinstance(exc_value, AttributeError):
        obj = exc_value.obj
        try:
            d = dir(obj)
        except Exception:
            return None
    elif isinstance(exc_value, ImportError):
        try:
            mod = __import__(exc_value.name)
            d = dir(mod)
        except Exception:
            return None
    else:
        # NameError: the names of the innermost frame.
        if tb is None:
            return None
        while tb.tb_next is not None:
            tb = tb.tb_next
        frame = tb.tb_frame
        f_locals = frame.f_locals
        d = list(f_locals) + list(_frame_globals(frame)) + list(_frame_builtins(frame))
        if 'self' in f_locals and hasattr(f_locals['self'], wrong_name):
            return f"self.{wrong_name}"
    if len(d) > _MAX_CANDIDATE_ITEMS or len(wrong_name) > _MAX_STRING_SIZE:
        return None
    try:
        return _traceback.best_suggestion(wrong_name, [n for n in d if isinstance(n, str)])
    except Exception:
        return None


def _frame_globals(frame):
    g = frame.f_globals
    if g is None:
        # A frame that kept only its code: the globals of the module its file belongs to.
        filename = frame.f_code.co_filename
        for mod in list(sys.modules.values()):
            if getattr(mod, '__file__', None) == filename:
                return vars(mod)
        return {}
    return g


def _frame_builtins(frame):
    b = getattr(frame, 'f_builtins', None)
    if b is None:
        import builtins
        b = vars(builtins)
    return b
