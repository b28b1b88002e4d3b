# BaseException subclasses that are not Exceptions: SystemExit (code from sys.exit's argument),
# KeyboardInterrupt and GeneratorExit, caught explicitly; `except Exception` lets them through;
# finally blocks and context managers still run; and generator close() raising GeneratorExit.
import sys

def attempt(fn):
    try:
        try:
            fn()
        except Exception as e:
            return f"Exception handler got {type(e).__name__}"
    except BaseException as e:
        return f"BaseException handler got {type(e).__name__} args={e.args}"
    return "no exception"

print(attempt(lambda: sys.exit()))
print(attempt(lambda: sys.exit(3)))
print(attempt(lambda: sys.exit("message")))
print(attempt(lambda: sys.exit(1, 2) if False else sys.exit((1, 2))))
def raise_kbi():
    raise KeyboardInterrupt
print(attempt(raise_kbi))
print(attempt(lambda: [][1]))

for arg in (None, 0, 5, "text", (1, 2), [3]):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)

try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args, repr(e))
e = SystemExit(7)
e.code = "changed"
print(e.code, e.args)

# finally and __exit__ run for BaseExceptions too.
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("guard exit saw", t.__name__ if t else None)
        return False
try:
    with Guard():
        try:
            raise SystemExit(2)
        finally:
            print("finally ran")
except SystemExit as e:
    print("exited with", e.code)

# GeneratorExit on close(), and a generator that ignores it.
def worker():
    try:
        while True:
            yield "working"
    except GeneratorExit as g:
        print("worker got", type(g).__name__, isinstance(g, Exception))
        raise
w = worker()
next(w)
w.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print([c.__name__ for c in (SystemExit, KeyboardInterrupt, GeneratorExit) if not issubclass(c, Exception)])
