# The traceback module's API as CPython 3.12's Python implementation behaves: format_exception with
# limit (positive, negative, sys.tracebacklimit), chain=False, format_exception_only (notes as a list,
# a tuple, a non-sequence; SyntaxError details with tabs and ranges), extract_tb/FrameSummary fields,
# StackSummary.format, TracebackException (compact, capture_locals, exception groups with
# max_group_width/depth), the stack functions, and "Did you mean" for subclasses and self attributes.
# immortal-test: cycles
import sys
import traceback


def rec(n):
    if n == 0:
        raise LookupError('bottom')
    return rec(n - 1)


def show(lines):
    print(''.join(lines).replace(__file__, 'FILE'), end='')
    print('--')


try:
    rec(6)
except LookupError as e:
    err = e
show(traceback.format_exception(err))
show(traceback.format_exception(err, limit=2))
show(traceback.format_exception(err, limit=-2))
show(traceback.format_tb(err.__traceback__, limit=-1))
sys.tracebacklimit = 1
show(traceback.format_exception(err))
sys.tracebacklimit = -5
show(traceback.format_exception(err))
del sys.tracebacklimit
show(traceback.format_exception(type(err), err, None))

tb = traceback.extract_tb(err.__traceback__)
print(len(tb), [(f.name, f.lineno, f.line) for f in tb[:3]])
fs = tb[-1]
print(fs.lineno, fs.end_lineno, fs.colno, fs.end_colno, len(fs), fs[2], fs == tuple(fs))
show(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 4, 'g', None)]))

for notes in (['one', 'two\nlines'], ('a', 5), 7, 'text'):
    e = ValueError('v')
    e.__notes__ = notes
    show(traceback.format_exception_only(e))
show(traceback.format_exception_only(KeyError('')))
show(traceback.format_exception_only(None))

for se in [SyntaxError('bad', ('f.py', 2, 3, '\t\tab cd\n', 2, 6)),
           SyntaxError('bad', ('f.py', 2, 3, '  abcdef\n', 2, 2)),
           IndentationError('ind', ('f.py', 3, 2, '   abc def\n', 3, 9)),
           SyntaxError('only file', ('f.py', None, None, None)),
           SyntaxError('')]:
    show(traceback.format_exception_only(se))
te = traceback.TracebackException.from_exception(SyntaxError('m', ('g.py', 5, 1, 'xyz', 5, 2)))
print(te.filename, repr(te.lineno), repr(te.end_lineno), te.text, te.offset, te.end_offset, te.msg)


def group():
    try:
        raise ValueError('first')
    except ValueError as v:
        raise ExceptionGroup('outer', [v, TypeError('t'), ExceptionGroup('inner', [KeyError('k'), OSError('o')])]) from KeyError('why')


try:
    group()
except ExceptionGroup as g:
    show(traceback.format_exception(g))
    te = traceback.TracebackException.from_exception(g, max_group_width=2, max_group_depth=1)
    show(te.format())
    print(te.exceptions[0].exc_type.__name__, te.__cause__.exc_type.__name__, te.__context__)
    full = traceback.TracebackException.from_exception(g, compact=False)
    print(full.__context__ is not None, full.__suppress_context__)
    show(traceback.format_exception(g, chain=False))


def with_locals(a, b=[1, 2]):
    total = a + len(b)
    raise RuntimeError(total)


try:
    with_locals(3)
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print(te.stack[-1].locals)


class Thing:
    def __init__(self):
        self.counter = 0

    def bump(self):
        return counter


class MyAttrError(AttributeError):
    pass


for f in [Thing().bump, lambda: [].apend, lambda: (_ for _ in ()).sendd]:
    try:
        f()
    except Exception:
        show(traceback.format_exc(limit=0).splitlines(True)[-1:])
try:
    raise MyAttrError('custom', name='appendd', obj=[])
except MyAttrError:
    show(traceback.format_exc(limit=0).splitlines(True)[-1:])


def inner_stack():
    stack = traceback.extract_stack(limit=2)
    print([(f.name, f.line) for f in stack])
    print([f.f_code.co_name for f, _ in traceback.walk_stack(None)][:2])
    show(traceback.format_stack(limit=1))


def outer_stack():
    inner_stack()


outer_stack()
try:
    traceback.format_exception(ValueError, ValueError('x'))
except ValueError as e:
    print('ValueError:', e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print('TypeError:', e)
a, b = ValueError('a'), TypeError('b')
a.__context__, b.__context__ = b, a
show(traceback.format_exception(a))
traceback.print_exception(ValueError('printed'), file=sys.stdout)
print(repr(traceback.format_exc()))
