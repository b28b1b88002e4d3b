# warnings to a replaced sys.stderr, catch_warnings(record=True), error filters; traceback.format_exc/extract_tb.
import warnings, sys, io, traceback

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

err = io.StringIO()
sys.stderr = err
warnings.warn("plain warning")
old_api()
for i in range(3):
    warnings.warn("repeated", RuntimeWarning)
sys.stderr = sys.__stderr__
print(err.getvalue().replace(__file__, 'FILE'), end='')

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('a', UserWarning)
    warnings.warn('b', FutureWarning)
    old_api()
print([(str(w.message), w.category.__name__, w.lineno) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', repr(e))
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, 'x = 1'), end='')

def fail(n):
    if n == 0:
        return {}['missing']
    return fail(n - 1)
try:
    fail(2)
except KeyError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'), end='')
    tb = sys.exc_info()[2]
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    print(traceback.format_exception_only(sys.exception()))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('bad') from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1], end='')
    s = io.StringIO(); traceback.print_exc(file=s); print(s.getvalue().count('Traceback'))
