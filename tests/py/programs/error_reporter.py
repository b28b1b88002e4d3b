# An error reporter for a plugin host: runs callbacks, captures failures with sys.exc_info and
# traceback.extract_tb / format_exception_only / TracebackException, issues warnings caught with
# warnings.catch_warnings, and formats a report with the failing source lines.
import sys
import traceback
import warnings
import linecache


def parse_int(text):
    return int(text)


def divide(a, b):
    return a / b


def lookup(mapping, key):
    return mapping[key]


def nested(depth):
    if depth == 0:
        raise RuntimeError('bottom reached')
    return nested(depth - 1)


def deprecated_api(x):
    warnings.warn('deprecated_api() is deprecated; use new_api()', DeprecationWarning, stacklevel=2)
    return x * 2


def risky_conversion(value):
    if value < 0:
        warnings.warn(f'negative value {value} clamped', UserWarning)
        value = 0
    return value


def wraps_error():
    try:
        lookup({}, 'cfg')
    except KeyError as e:
        raise ValueError('configuration incomplete') from e


def implicit_chain():
    try:
        divide(1, 0)
    except ZeroDivisionError:
        parse_int('x1')


TASKS = [
    ('parse', lambda: parse_int('42')),
    ('parse-bad', lambda: parse_int('forty')),
    ('divide', lambda: divide(1, 0)),
    ('lookup', lambda: lookup({'a': 1}, 'b')),
    ('recurse', lambda: nested(3)),
    ('chained', wraps_error),
    ('implicit', implicit_chain),
    ('attr', lambda: None.upper()),
    ('ok', lambda: risky_conversion(21)),
]


def short_tb(tb):
    frames = traceback.extract_tb(tb)
    return ' > '.join(f'{f.name}:{f.lineno}' for f in frames[1:])


report = []
for name, fn in TASKS:
    try:
        result = fn()
    except Exception:
        etype, value, tb = sys.exc_info()
        last = traceback.extract_tb(tb)[-1]
        report.append((name, 'FAIL', traceback.format_exception_only(etype, value)[-1].strip()))
        print(f'{name:<10} {etype.__name__:<18} at {last.name}() line {last.lineno}: {last.line}')
        print(f'{"":<10} path {short_tb(tb)}')
        if value.__cause__ is not None or value.__context__ is not None:
            link = 'cause' if value.__cause__ is not None else 'context'
            inner = value.__cause__ or value.__context__
            print(f'{"":<10} {link}: {type(inner).__name__}: {inner}')
    else:
        report.append((name, 'OK', repr(result)))

print()
width = max(len(n) for n, *_ in report)
for name, status, detail in report:
    print(f'{name:>{width}} | {status:<4} | {detail}')

try:
    wraps_error()
except ValueError as exc:
    te = traceback.TracebackException.from_exception(exc)
    lines = list(te.format())
    print(lines[0].rstrip())
    print(''.join(te.format_exception_only()).rstrip(), '|', te.exc_type.__name__, len(te.stack))
    print(te.__cause__.exc_type.__name__, str(te.__cause__), [fs.name for fs in te.__cause__.stack])
    print(any('The above exception was the direct cause' in l for l in lines))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    deprecated_api(1)
    risky_conversion(-5)
    risky_conversion(-5)
    warnings.warn('plain message')
for w in caught:
    print(f'{w.category.__name__}: {w.message} (line {w.lineno})')

with warnings.catch_warnings():
    warnings.simplefilter('error', UserWarning)
    try:
        risky_conversion(-1)
    except UserWarning as e:
        print('escalated:', e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    risky_conversion(-3)
print('ignored count', len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('default')
    for _ in range(3):
        risky_conversion(-7)
print('default dedups to', len(caught))
src = linecache.getline(__file__, divide.__code__.co_firstlineno + 1).strip()
print('source of divide body:', src)
print(traceback.format_exception_only(KeyError('k'))[0], end='')
