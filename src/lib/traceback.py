"""Extracting, formatting and printing tracebacks (the traceback module), written for Immortal from
its documented behaviour in CPython 3.12: FrameSummary, StackSummary and TracebackException with
their attributes, limits, chaining, exception groups, notes, SyntaxError details, caret lines and
"Did you mean" suggestions. The native _traceback module supplies what needs the parser (the caret
anchors of a binary operation or subscript), the Levenshtein search of suggestions, and the
interpreter's own copy of source text (read before linecache, whose first use imports os).
(The interpreter's own top-level printer, src/vm/traceback.ts, follows CPython's C printer.)
Observable shapes kept from CPython: the chunks format() yields (one per frame, per line of
exception text, per group separator), the frames walk_stack(None) skips (four: itself, the
position wrapper in StackSummary.extract, _extract_from_extended_frame_gen and extract), and the
order in which a chain's TracebackExceptions are built (which decides where a repeated exception
shows)."""

import linecache
import sys
import _traceback

# (collections and itertools are left out: importing them would make every traceback import slow.)

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'clear_frames', 'FrameSummary', 'StackSummary',
           'TracebackException', 'walk_stack', 'walk_tb']


def _write_all(chunks, file):
    out = sys.stderr if file is None else file
    for chunk in chunks:
        print(chunk, file=out, end='')


# ---- stacks and frames ---------------------------------------------------------------------------

def print_list(extracted_list, file=None):
    _write_all(format_list(extracted_list), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(_walk_tb_with_full_positions(tb),
                                                         limit=limit)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    frame = sys._getframe().f_back if f is None else f
    # walk_stack goes outwards; the summary reads oldest call first.
    summary = StackSummary.extract(walk_stack(frame), limit=limit)
    summary.reverse()
    return summary


def format_stack(f=None, limit=None):
    return format_list(extract_stack(sys._getframe().f_back if f is None else f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(sys._getframe().f_back if f is None else f, limit=limit), file=file)


def walk_stack(f):
    # Without a frame: four up from this generator, past the three frames of
    # StackSummary.extract's machinery, to extract's caller.
    frame = f
    if frame is None:
        frame = sys._getframe()
        for _ in range(4):
            frame = frame.f_back  # (AttributeError where the stack is shallower, as in CPython)
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    # (lineno, end_lineno, colno, end_colno) of the instruction at a byte offset.
    if instruction_index < 0:
        return (None, None, None, None)
    wanted = instruction_index // 2
    for index, position in enumerate(code.co_positions()):
        if index == wanted:
            return position
    raise StopIteration


def _walk_tb_with_full_positions(tb):
    # Like walk_tb, with the whole position of each entry's instruction; the entry's own line
    # number stands in when the positions table has none.
    while tb is not None:
        start, end, col, end_col = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        yield tb.tb_frame, (tb.tb_lineno if start is None else start, end, col, end_col)
        tb = tb.tb_next


def clear_frames(tb):
    for frame, _ in walk_tb(tb):
        # (Immortal's frames may have no clear(); there is nothing to clear then.)
        clear = getattr(frame, 'clear', None)
        if clear is None:
            continue
        try:
            clear()
        except RuntimeError:
            pass  # a frame still running


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:  # noqa: E722 -- whatever the object raises, the traceback still prints
        return f'<{what} {func.__name__}() failed>'


def _getline(filename, lineno):
    # linecache.getline, answered from the interpreter's own source cache when linecache has not
    # read the file (its first read imports os, which costs here).
    entry = linecache.cache.get(filename)
    if ((entry is None or len(entry) == 1) and isinstance(filename, str)
            and isinstance(lineno, int)):
        text = _traceback.source_line(filename, lineno)
        if text is not None:
            return text
    return linecache.getline(filename, lineno)


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name, the source line (read lazily),
    the position columns and, when asked for, the reprs of the frame's locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line = line
        if lookup_line:
            self.line
        self.locals = None
        if locals:
            self.locals = {key: _safe_string(value, 'local', func=repr)
                           for key, value in locals.items()}
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            mine = (self.filename, self.lineno, self.name, self.locals)
            return mine == (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._as_tuple() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(list(self._as_tuple()))

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'

    @property
    def _original_line(self):
        # The line as the source has it: indentation, trailing blanks and newline included.
        self.line
        return self._line

    @property
    def line(self):
        raw = self._line
        if raw is None:
            if self.lineno is None:
                return None
            raw = self._line = _getline(self.filename, self.lineno)
        return raw.strip()


_RECURSIVE_CUTOFF = 3


def _byte_offset_to_character_offset(str, offset):
    # A column in UTF-8 bytes as a count of characters (a cut character counts as one).
    return len(str.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _display_width(line, offset):
    # Terminal columns taken by line[:offset]: East Asian wide and fullwidth characters take two.
    if line.isascii():
        return offset
    import unicodedata
    width = 0
    for ch in line[:offset]:
        width += 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1
    return width


def _caret_line(summary, shown):
    # The '^' (and '~') line under a frame's source line, or None where it would only underline the
    # whole line. `shown` is the stripped line as printed after four spaces.
    raw = summary._original_line
    if summary.colno is None or summary.end_colno is None:
        return None
    start = _byte_offset_to_character_offset(raw, summary.colno)
    end = _byte_offset_to_character_offset(raw, summary.end_colno)
    segment = raw[start:end]
    anchors = None
    if summary.lineno == summary.end_lineno:
        try:
            anchors = _traceback.caret_anchors(segment)
        except Exception:
            anchors = None
    else:
        # The expression goes on below: mark up to the last character of its first line.
        end = len(raw.rstrip())
    if end - start >= len(shown) and not (anchors and anchors[1] > anchors[0]):
        return None
    left_col = _display_width(raw, start)
    span = _display_width(raw, end) - left_col
    # CPython measures the indent as everything strip() removed, trailing blanks and newline
    # included, so a line with trailing blanks gets its carets moved left.
    pad = left_col + 1 - (len(raw) - len(shown))
    if anchors:
        op_start = _display_width(segment, anchors[0])
        op_end = _display_width(segment, anchors[1])
        marks = '~' * op_start + '^' * (op_end - op_start) + '~' * (span - op_end)
    else:
        marks = '^' * span
    return '    ' + ' ' * pad + marks + '\n'


def _repeated_line(times):
    return f'  [Previous line repeated {times} more time{"s" if times > 1 else ""}]\n'


class StackSummary(list):
    """A list of FrameSummary objects, with format()."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def with_positions():
            for frame, lineno in frame_gen:
                yield frame, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None, lookup_lines=True,
                                         capture_locals=False):
        if limit is None:
            # sys.tracebacklimit, where set, with negative values meaning 0.
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None:
                limit = max(0, limit)
        elif limit < 0:
            frame_gen = list(frame_gen)[limit:]  # the last -limit entries
        summary = klass()
        files = set()
        # The generator is read here, directly, so that walk_stack(None) finds its frame count;
        # with a limit, no further entry is asked for once it is reached.
        budget = limit if limit is not None and limit >= 0 else -1
        entries = iter(frame_gen)
        while budget != 0:
            budget -= 1
            try:
                entry = next(entries)
            except StopIteration:
                break
            frame, (lineno, end_lineno, colno, end_colno) = entry
            code = frame.f_code
            files.add(code.co_filename)
            linecache.lazycache(code.co_filename, frame.f_globals)
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for name in files:
            linecache.checkcache(name)
        if lookup_lines:
            for item in summary:
                item.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        # (Always a plain StackSummary, whatever klass is.)
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        text = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
        shown = fs.line
        if shown:
            shown = shown.strip()
            text += f'    {shown}\n'
            carets = _caret_line(fs, shown)
            if carets is not None:
                text += carets
        if fs.locals:
            text += ''.join([f'    {key} = {value}\n' for key, value in sorted(fs.locals.items())])
        return text

    def format(self):
        # Consecutive entries for the same file, line and function (recursion) are shown
        # _RECURSIVE_CUTOFF times, then counted.
        out = []
        run_key = None
        run = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            same = run_key is not None and None not in run_key and key == run_key
            if not same:
                if run > _RECURSIVE_CUTOFF:
                    out.append(_repeated_line(run - _RECURSIVE_CUTOFF))
                run_key, run = key, 0
            run += 1
            if run <= _RECURSIVE_CUTOFF:
                out.append(text)
        if run > _RECURSIVE_CUTOFF:
            out.append(_repeated_line(run - _RECURSIVE_CUTOFF))
        return out


# ---- exceptions ----------------------------------------------------------------------------------

class _Sentinel:
    def __repr__(self):
        return '<implicit>'


_sentinel = _Sentinel()

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


def _parse_value_tb(exc, value, tb):
    # print_exception(exc) or print_exception(type, value, tb): both value and tb, or neither.
    omitted = value is _sentinel
    if omitted != (tb is _sentinel):
        raise ValueError('Both or neither of value and tb must be given')
    if not omitted:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def _for_value(value, tb, limit):
    return TracebackException(type(value), value, tb, limit=limit, compact=True)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    _for_value(value, tb, limit).print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    return list(_for_value(value, tb, limit).format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return list(_for_value(value, None, None).format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    has_exc = hasattr(sys, 'last_exc')
    if not has_exc and not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    # CPython 3.12 passes these positionally, so they land in value/tb/limit/file.
    if has_exc:
        print_exception(sys.last_exc, limit, file, chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return f'{etype}\n'
    return f'{etype}: {text}\n'


def _notes_lines(notes):
    # The lines __notes__ adds under the exception: each note's lines, or the repr of a
    # __notes__ that is not a sequence of notes.
    if notes is None:
        return []
    if isinstance(notes, (list, tuple)) or (
            not isinstance(notes, (str, bytes)) and _is_sequence(notes)):
        lines = []
        for note in notes:
            lines.extend(part + '\n' for part in _safe_string(note, 'note').split('\n'))
        return lines
    return [_safe_string(notes, '__notes__', func=repr) + '\n']


def _is_sequence(obj):
    from collections.abc import Sequence
    return isinstance(obj, Sequence)


class _ExceptionPrintContext:
    # What format() carries down into the members of exception groups: how deep it is, and whether
    # the box of the group being drawn still needs its closing line.

    def __init__(self):
        self.seen, self.exception_group_depth, self.need_close = set(), 0, False

    def indent(self):
        return '  ' * self.exception_group_depth

    def emit(self, text_gen, margin_char=None):
        margin = self.indent()
        if self.exception_group_depth:
            margin += ('|' if margin_char is None else margin_char) + ' '
        for text in ((text_gen,) if isinstance(text_gen, str) else text_gen):
            yield ''.join([margin + line for line in text.splitlines(True)])


class TracebackException:
    """An exception captured for formatting later: its type, str, stack summary, notes, SyntaxError
    details, and the TracebackExceptions of its cause, context and (for groups) sub-exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        # _seen: ids of the exceptions already captured in this chain (cycles stop there). Only the
        # outermost call (without _seen) goes on to capture the chain.
        outermost = _seen is None
        if outermost:
            _seen = set()
        _seen.add(id(exc_value))
        # (Attributes are set in CPython's order: vars() and __eq__ see them.)
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None:
            if issubclass(exc_type, SyntaxError):
                self._capture_syntax_error(exc_value)
            else:
                self._str += _suggestion_text(exc_type, exc_value, exc_traceback)
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (False if exc_value is None
                                     else exc_value.__suppress_context__)
        if outermost:
            self._capture_chain(exc_value, compact, _seen, dict(
                limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth, _seen=_seen))

    def _capture_syntax_error(self, error):
        self.filename = error.filename
        self.lineno = None if error.lineno is None else str(error.lineno)
        self.end_lineno = None if error.end_lineno is None else str(error.end_lineno)
        self.text = error.text
        self.offset = error.offset
        self.end_offset = error.end_offset
        self.msg = error.msg

    def _capture_chain(self, exc_value, compact, seen, options):
        # Depth first, last pushed first: for each exception its cause, then its context, then
        # its group members are captured, each only once.
        def capture(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, **options)

        todo = [(self, exc_value)]
        while todo:
            node, exc = todo.pop()
            live = bool(exc)
            cause = context = members = None
            if live and exc.__cause__ is not None and id(exc.__cause__) not in seen:
                cause = capture(exc.__cause__)
            want_context = (not compact or
                            (cause is None and exc is not None and not exc.__suppress_context__))
            if (live and exc.__context__ is not None and want_context
                    and id(exc.__context__) not in seen):
                context = capture(exc.__context__)
            if live and isinstance(exc, BaseExceptionGroup):
                members = [capture(sub) for sub in exc.exceptions]
            node.__cause__, node.__context__, node.exceptions = cause, context, members
            if cause:
                todo.append((cause, exc.__cause__))
            if context:
                todo.append((context, exc.__context__))
            if members:
                todo.extend(zip(members, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for fs in self.stack:
            fs.line

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return self._str

    def _type_name(self):
        kind = self.exc_type
        module = kind.__module__
        if module in ('__main__', 'builtins'):
            return kind.__qualname__
        if not isinstance(module, str):
            module = '<unknown>'
        return f'{module}.{kind.__qualname__}'

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        name = self._type_name()
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(name)
        else:
            yield _format_final_exc_line(name, self._str)
        yield from _notes_lines(self.__notes__)

    def _format_syntax_error(self, stype):
        where = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where = f' ({self.filename})'
        if self.text is not None:
            body = self.text.rstrip('\n')
            shown = body.lstrip(' \n\f')
            yield f'    {shown}\n'
            carets = self._syntax_carets(shown, len(body) - len(shown))
            if carets is not None:
                yield carets
        yield f'{stype}: {self.msg or "<no detail available>"}{where}\n'

    def _syntax_carets(self, shown, dropped):
        # offset and end_offset count from 1 in the unstripped text; an end of None, 0 or the
        # start itself (or -1) means one caret.
        if self.offset is None:
            return None
        first = self.offset
        last = first if self.end_offset in (None, 0) else self.end_offset
        if last in (first, -1):
            last = first + 1
        left = first - 1 - dropped
        if left < 0:
            return None
        # Whitespace before the carets is kept as it is (tabs stay tabs) so that they line up.
        lead = ''.join([ch if ch.isspace() else ' ' for ch in shown[:left]])
        return '    ' + lead + '^' * (last - 1 - dropped - left) + '\n'

    def format(self, *, chain=True, _ctx=None):
        ctx = _ExceptionPrintContext() if _ctx is None else _ctx
        # The chain, newest first.
        links = []
        node = self
        while node:
            if not chain:
                links.append((None, node))
                break
            # Each exception with the message that leads from the one it chains to, if any.
            if node.__cause__ is not None:
                lead, older = _cause_message, node.__cause__
            elif node.__context__ is not None and not node.__suppress_context__:
                lead, older = _context_message, node.__context__
            else:
                lead = older = None
            links.append((lead, node))
            node = older
        for lead, node in reversed(links):
            if lead is not None:
                yield from ctx.emit(lead)
            if node.exceptions is None:
                if node.stack:
                    yield from ctx.emit('Traceback (most recent call last):\n')
                    yield from ctx.emit(node.stack.format())
                yield from ctx.emit(node.format_exception_only())
            elif ctx.exception_group_depth > self.max_group_depth:
                yield from ctx.emit(f'... (max_group_depth is {self.max_group_depth})\n')
            else:
                yield from self._format_group(node, ctx, chain)

    def _format_group(self, group, ctx, chain):
        outermost = ctx.exception_group_depth == 0
        if outermost:
            ctx.exception_group_depth = 1
        if group.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin_char='+' if outermost else None)
            yield from ctx.emit(group.stack.format())
        yield from ctx.emit(group.format_exception_only())
        width = self.max_group_width
        total = len(group.exceptions)
        shown = min(total, width + 1)  # one more box says how many are left out
        ctx.need_close = False
        for i in range(shown):
            is_last = i == shown - 1
            if is_last:
                # A nested group drawn in this box may draw the closing line itself.
                ctx.need_close = True
            cut = i >= width
            label = '...' if cut else str(i + 1)
            yield f'{ctx.indent()}{"+-" if i == 0 else "  "}+---------------- {label} ----------------\n'
            ctx.exception_group_depth += 1
            if cut:
                left_out = total - width
                yield from ctx.emit(f'and {left_out} more exception{"s" if left_out > 1 else ""}\n')
            else:
                yield from group.exceptions[i].format(chain=chain, _ctx=ctx)
            if is_last and ctx.need_close:
                yield ctx.indent() + '+------------------------------------\n'
                ctx.need_close = False
            ctx.exception_group_depth -= 1
        if outermost:
            ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        _write_all(self.format(chain=chain), file)


# ---- "Did you mean" -----------------------------------------------------------------------------

_MAX_CANDIDATE_ITEMS = 750
_MAX_STRING_SIZE = 40


def _suggestion_text(exc_type, exc_value, tb):
    # What follows the message of a NameError, AttributeError or ImportError: ". Did you mean:
    # 'x'?" and, for a NameError naming a standard module, the hint to import it.
    if issubclass(exc_type, ImportError) and getattr(exc_value, 'name_from', None) is not None:
        best = _compute_suggestion_error(exc_value, tb, exc_value.name_from)
        return f". Did you mean: '{best}'?" if best else ''
    if not issubclass(exc_type, (NameError, AttributeError)):
        return ''
    wanted = getattr(exc_value, 'name', None)
    if wanted is None:
        return ''
    best = _compute_suggestion_error(exc_value, tb, wanted)
    text = f". Did you mean: '{best}'?" if best else ''
    if issubclass(exc_type, NameError) and wanted in sys.stdlib_module_names:
        text += (" Or did you forget to import '%s'" if best else ". Did you forget to import '%s'"
                 ) % wanted
    return text


def _innermost_frame(tb):
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame


def _frame_globals(frame):
    found = frame.f_globals
    if found is not None:
        return found
    # A frame that kept only its code: the globals of the module its file belongs to.
    filename = frame.f_code.co_filename
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == filename:
            return vars(module)
    return {}


def _frame_builtins(frame):
    found = getattr(frame, 'f_builtins', None)
    if found is None:
        import builtins
        found = vars(builtins)
    return found


def _compute_suggestion_error(exc_value, tb, wrong_name):
    # The closest name to wrong_name among those that could have been meant, or None.
    if not isinstance(wrong_name, str):
        return None
    if isinstance(exc_value, AttributeError):
        try:
            candidates = dir(exc_value.obj)
        except Exception:
            return None
    elif isinstance(exc_value, ImportError):
        try:
            candidates = dir(__import__(exc_value.name))
        except Exception:
            return None
    else:
        # A NameError: the names visible in the innermost frame, or an attribute of self.
        if tb is None:
            return None
        frame = _innermost_frame(tb)
        local_names = frame.f_locals
        candidates = [*local_names, *_frame_globals(frame), *_frame_builtins(frame)]
        if 'self' in local_names and hasattr(local_names['self'], wrong_name):
            return f'self.{wrong_name}'
    if len(candidates) > _MAX_CANDIDATE_ITEMS or len(wrong_name) > _MAX_STRING_SIZE:
        return None
    try:
        return _traceback.best_suggestion(wrong_name,
                                          [name for name in candidates if isinstance(name, str)])
    except Exception:
        return None
