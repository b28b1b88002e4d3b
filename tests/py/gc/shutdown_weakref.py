# Weak references at shutdown: weakref.finalize registers its exit function with atexit when the
# first finalizer is made, so finalizers marked atexit (the default) run among the atexit callbacks in
# registration order, newest first; one with atexit=False never runs once that exit function has run,
# even when its object dies later in the shutdown. Weakref callbacks run when their referents die
# while the modules are torn down (the callbacks live in a module that outlives __main__'s values).
import atexit
import weakref
from shutdown_pkg.callbacks import Target, watch, refs

atexit.register(print, 'atexit: registered before any finalizer')
a = Target('a')
b = Target('b')
c = Target('c')
fa = weakref.finalize(a, print, 'finalize: a (atexit=True)')
fb = weakref.finalize(b, print, 'finalize: b (atexit=False)')
fb.atexit = False
fc = weakref.finalize(c, print, 'finalize: c (called early)')
print(fc(), fc.alive, fc())
atexit.register(print, 'atexit: registered after the finalizers', fa.alive, fb.alive)
atexit.register(lambda: print('atexit: alive?', fa.alive, fb.alive))
watch(a)
watch(b)
d = Target('d')
watch(d)
del d
print('end of program', len(refs))
