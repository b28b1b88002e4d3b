# Coroutine origin tracking: sys.set_coroutine_origin_tracking_depth/get_, cr_origin's (filename, line,
# name) entries from the creating call outwards (C callers such as functools.partial and map leave no
# entry), its argument errors, and the "never awaited" RuntimeWarning's "Coroutine created at" lines.
import sys, gc

async def work(x):
    return x * 2

def make(n):
    return work(n)

def outer():
    return make(3)

print(sys.get_coroutine_origin_tracking_depth())
c = work(1)
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
c = outer()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = outer()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin])
c.close()
def run():
    c = outer()
    try:
        c.send(None)
    except StopIteration as e:
        print('result', e.value)
run()
sys.set_coroutine_origin_tracking_depth(0)
c = outer()
print(c.cr_origin)
c.close()
for bad in (-1, 2**40, 'x', None):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except Exception as e:
        print(type(e).__name__, e)
# Never awaited, with origin: the warning text (sent to a hook to keep it on stdout).
import warnings
def show(message, category, filename, lineno, file=None, line=None):
    print(category.__name__, str(message).replace(__file__, 'FILE'))
warnings.showwarning = show
sys.set_coroutine_origin_tracking_depth(3)
c = outer()
del c
gc.collect()
sys.set_coroutine_origin_tracking_depth(0)
# Created through C code (functools.partial, map): only Python frames are recorded.
import functools
sys.set_coroutine_origin_tracking_depth(5)
def via_partial():
    return functools.partial(work, 4)()
c = via_partial()
print([(l, n) for f, l, n in c.cr_origin])
c.close()
cs = list(map(work, [1, 2]))
print([[(l, n) for f, l, n in c.cr_origin] for c in cs])
for c in cs: c.close()
sys.set_coroutine_origin_tracking_depth(0)
