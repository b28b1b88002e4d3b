# When a frame returns, its locals are released with the caller as the current frame (CPython's
# clear_thread_frame): a coroutine never awaited that dies with a callee's argument is reported at the
# caller's line, and a __del__ run then sees the caller as its parent frame.
import warnings, sys
warnings.simplefilter('always')
def check(obj):
    return obj is None

async def f():
    pass

check(f())
class D:
    def __del__(self):
        print('del in', sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
def g(x):
    return 1
def h():
    g(D())
h()
