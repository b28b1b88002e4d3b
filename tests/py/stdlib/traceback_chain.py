# traceback: chained exceptions (cause/context/suppressed), print_exception to a file, limit=,
# TracebackException, format_exception_only, extract_stack and format_list.
import io
import traceback

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('parse failed for %r' % s) from e

def load():
    try:
        return parse('x1')
    except RuntimeError:
        raise LookupError('config broken')

try:
    load()
except LookupError as exc:
    text = ''.join(traceback.format_exception(exc))
    print(text.replace(__file__, 'FILE'))
    print(''.join(traceback.format_exception(exc, chain=False)).replace(__file__, 'FILE'))
    out = io.StringIO()
    traceback.print_exception(exc, file=out)
    print(out.getvalue() == text)
    te = traceback.TracebackException.from_exception(exc)
    print(str(te), type(te.__context__).__name__, len(te.stack), list(te.format_exception_only()))
try:
    raise KeyError('k') from None
except KeyError as exc:
    print(traceback.format_exception_only(exc), traceback.format_exception_only(type(exc), exc))
    print(''.join(traceback.format_exception(exc)).count('During handling'))

def where():
    return traceback.extract_stack()
stack = where()
print([(fs.name, fs.line) for fs in stack[-2:]])
print(traceback.format_list([('f.py', 3, 'fn', 'x = 1'), ('g.py', 9, 'gn', None)]))
print(repr(traceback.FrameSummary('a.py', 1, 'f', line='pass')), traceback.format_exception_only(None))
