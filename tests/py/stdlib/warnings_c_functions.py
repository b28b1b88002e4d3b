# warn() and warn_explicit() are C functions in CPython (_warnings): builtin functions with Argument
# Clinic's argument messages, no frames of their own in tracebacks, and filters read from the warnings
# module at every call (so rebinding warnings.filters/defaultaction/onceregistry takes effect).
import sys
import io
import _warnings

print('warnings' in sys.modules, sorted(n for n in dir(_warnings) if not n.startswith('__')))
print(_warnings.__spec__.origin, hasattr(_warnings, '__file__'), _warnings.__doc__.splitlines()[0])

# Before the warnings module is imported, _warnings shows warnings itself.
saved_stderr = sys.stderr
sys.stderr = io.StringIO()
_warnings.warn('shown by _warnings')
_warnings.warn('a resource', ResourceWarning)
_warnings.warn_explicit('explicit', UserWarning, 'some/file.py', 12)
text = sys.stderr.getvalue()
sys.stderr = saved_stderr
print(text.replace(__file__, '<this file>'), end='')
print('warnings' in sys.modules)

import warnings
print(warnings.warn is _warnings.warn, warnings.filters is _warnings.filters, warnings.defaultaction)
print(type(warnings.warn).__name__, warnings.warn.__module__, repr(warnings.warn_explicit))
print(warnings.warn.__doc__.splitlines()[0])


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok')


for f in (warnings.warn, warnings.warn_explicit):
    attempt(f)
    attempt(f, 1, 2, 3, 4, 5)
    attempt(f, *range(9))
    attempt(f, 'x', bogus=1)
    attempt(f, bogus=1)
    attempt(f, 'x', message='y')
    attempt(f, message='x', category=UserWarning, filename='f', lineno=1, zz=2)
    attempt(f, 'x', UserWarning, 'f', 1, 'm', None, None, None, skip_file_prefixes=())
attempt(warnings.warn, 'x', 'notacategory')
attempt(warnings.warn, 'x', stacklevel='2')
attempt(warnings.warn, 'x', skip_file_prefixes=['a'])
attempt(warnings.warn_explicit, 'x', UserWarning, 5, 1)
attempt(warnings.warn_explicit, 'x', UserWarning, 'f', 1, registry=[])
attempt(warnings.warn_explicit, 'x', UserWarning, 'f', 1, module_globals=3)


def report():
    warnings.warn('from report', stacklevel=2)


def caller():
    report()


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    caller()
    warnings.warn_explicit('explicit', RuntimeWarning, 'x.py', 3, module='mod', registry={})
for w in log:
    print(w.category.__name__, w.message, w.filename == __file__ or w.filename, w.lineno)

# The 'error' action raises from the caller's line: no frames of warn() in the traceback.
import traceback
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        caller()
    except UserWarning:
        lines = traceback.format_exc().replace(__file__, '<this file>').splitlines()
        print('\n'.join(lines))

# Bad filter lists, default actions and once-registries, read at each warning.
for setup in ['warnings.filters = ()', 'warnings.filters = [(1,)]', 'warnings.filters = [(1, None, Warning, None, 0)]',
              'warnings.filters = []; warnings.defaultaction = 3',
              'warnings.filters = []; warnings.defaultaction = "once"; warnings.onceregistry = []',
              'warnings.filters = [("error", "abc", Warning, None, 0)]',
              'warnings.filters = [("error", 3, Warning, None, 0)]',
              'warnings.filters = [("bogus", None, Warning, None, 0)]',
              'warnings.filters = [("error", None, Warning, None, "x")]']:
    saved = (warnings.filters, warnings.defaultaction, warnings.onceregistry)
    sys.stderr = io.StringIO()
    exec(setup)
    try:
        warnings.warn_explicit('abc', UserWarning, 'f.py', 3, registry={})
    except Exception as e:
        print(setup, '->', type(e).__name__, e)
    else:
        print(setup, '-> ok')
    try:
        warnings.warn_explicit('abc', UserWarning, 'f.py', 3)
    except Exception as e:
        print('  no registry ->', type(e).__name__, e)
    warnings.filters, warnings.defaultaction, warnings.onceregistry = saved
    warnings._filters_mutated()
    shown, sys.stderr = sys.stderr.getvalue(), saved_stderr
    print('  shown:', repr(shown))

# A registry keeps what was shown until the filters change.
registry = {}
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn_explicit('again', UserWarning, 'r.py', 7, registry=registry)
    print(len(log), sorted(map(repr, registry)))
    warnings.simplefilter('default', append=True)
    warnings.warn_explicit('again', UserWarning, 'r.py', 7, registry=registry)
    print(len(log), registry.get('version') != 0)
