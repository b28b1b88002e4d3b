# Exceptions raised by __del__ at shutdown are reported as unraisable (through sys.unraisablehook,
# still set then) and shutdown goes on: a cycle freed by the collection after the atexit callbacks, a
# value freed when __main__ leaves sys.modules, and sys._kept_private when the sys dict is wiped
# (names with one underscore first). sys.kept's object is finalized in the second pass, after
# sys.stdout became None: what it prints is dropped, and so is its error (sys.stderr is None too).
# immortal-test: cycles
import sys
import shutdown_pkg.hooks
from shutdown_pkg.hooks import Fails

del shutdown_pkg
value = Fails('main.value', ValueError('freed with __main__'))
ring = [Fails('cycle member', KeyError('in a cycle'))]
ring.append(ring)


class Kept:
    pass


Kept.obj = Fails('held by sys', ZeroDivisionError('wiped with sys'))
sys.kept = Kept
sys._kept_private = Fails('sys._kept_private', RuntimeError('wiped first in sys'))
print('end of program')
del ring
