# sys: the runtime knobs a single-threaded interpreter still answers (switch interval, dlopen flags,
# async generator hooks, coroutine origin tracking, perf trampoline, call_tracing) and their errors.
import sys


def attempt(f, *args, **kw):
    try:
        print(' ', f.__name__, '->', repr(f(*args, **kw)))
    except Exception as e:
        print(' ', f.__name__, '!', type(e).__name__, e)


print('switch interval')
old = sys.getswitchinterval()
print(' ', type(old).__name__, old > 0)
sys.setswitchinterval(0.25)
print(' ', sys.getswitchinterval())
attempt(sys.setswitchinterval, 0)
attempt(sys.setswitchinterval, -1.5)
attempt(sys.setswitchinterval, 'fast')
sys.setswitchinterval(old)

print('dlopen flags')
flags = sys.getdlopenflags()
print(' ', flags)
sys.setdlopenflags(flags | 256)
print(' ', sys.getdlopenflags())
attempt(sys.setdlopenflags, 'lazy')
sys.setdlopenflags(flags)

print('async generator hooks')
hooks = sys.get_asyncgen_hooks()
print(' ', hooks, type(hooks).__name__, hooks.firstiter, hooks.finalizer, tuple(hooks))
attempt(sys.set_asyncgen_hooks, None, None)
attempt(sys.set_asyncgen_hooks, firstiter=None)
attempt(sys.set_asyncgen_hooks, 42)
attempt(sys.set_asyncgen_hooks, finalizer='nope')

print('coroutine origin tracking')
print(' ', sys.get_coroutine_origin_tracking_depth())
attempt(sys.set_coroutine_origin_tracking_depth, 0)
attempt(sys.set_coroutine_origin_tracking_depth, -3)

print('stack trampoline')
print(' ', sys.is_stack_trampoline_active(), sys.deactivate_stack_trampoline())
attempt(sys.activate_stack_trampoline, 'gdb')

print('call_tracing')
print(' ', sys.call_tracing(max, (3, 9, 4)))
print(' ', sys.call_tracing(lambda *a: sum(a), ()))
attempt(sys.call_tracing, len, [1, 2])


def boom(x):
    raise KeyError(x)


attempt(sys.call_tracing, boom, ('k',))
print(' ', type(sys.getunicodeinternedsize()).__name__, sys.getunicodeinternedsize() > 0)
