# atexit: callbacks run first at shutdown, newest first, with their arguments, while every module is
# intact; unregister() removes every registration of a function (its slots still count in
# _ncallbacks); a callback registered by another one is not called; one that raises (SystemExit
# too) is reported through sys.unraisablehook as "Exception ignored in atexit callback" and the
# others still run. __file__ and __cached__ are gone from __main__ by then.
import atexit
import sys
from shutdown_pkg.noisy import Noisy

log = []
keep = Noisy('main: global')


def hook(u):
    print('unraisable:', u.err_msg, '|', u.exc_type.__name__, u.exc_value, '|', u.object.__name__)


sys.unraisablehook = hook


def show(*args, **kwargs):
    print('show', args, sorted(kwargs.items()), 'keep is', keep.name)


def fails():
    raise ValueError('from a callback')


def exits():
    sys.exit(3)


def late():
    print('late: never called')


def registers():
    print('registers: adding late')
    atexit.register(late)


def dropped():
    print('dropped: never called')


def check_globals():
    print('__file__' in globals(), '__cached__' in globals(), __name__)


print(atexit.register(show, 1, 2, key='v') is show)
atexit.register(check_globals)
atexit.register(fails)
atexit.register(dropped)
atexit.register(show, 'again')
atexit.register(registers)
atexit.register(dropped)
atexit.register(exits)
atexit.register(print, 'plain print', 'callback', sep='-')
print(atexit._ncallbacks())
atexit.unregister(dropped)
print(atexit._ncallbacks())

# _run_exitfuncs runs and forgets everything registered so far.
atexit.register(print, 'run by _run_exitfuncs')
atexit._run_exitfuncs()
print('after _run_exitfuncs', atexit._ncallbacks())

atexit.register(show, 'first')
atexit.register(check_globals)
atexit.register(fails)
atexit.register(dropped)
atexit.register(registers)
atexit.register(exits)
atexit.register(dropped)
atexit.register(show, 'last', x=1)
atexit.unregister(dropped)
for bad in ((), (1,)):
    try:
        atexit.register(*bad)
    except TypeError as e:
        print('TypeError:', e)
print('end of program')
