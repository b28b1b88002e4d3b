# Context managers written as classes: __enter__/__exit__ ordering, the value bound by `as`,
# exception details passed to __exit__, suppression by a true return, errors inside __exit__,
# nesting, reuse, and a transactional key-value store.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r} tb={tb is not None}")
        return self.suppress

with Tracer("a") as value:
    print("body sees", value)
with Tracer("outer"), Tracer("inner") as v:
    print("nested body", v)
with Tracer("swallow", suppress=True):
    raise KeyError("lost")
print("after suppression")
try:
    with Tracer("keep"):
        raise ValueError("kept")
except ValueError as e:
    print("caught", repr(e))

class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

class NotACM:
    pass
try:
    with NotACM():
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)

# __exit__ return value truthiness.
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("ZeroDivisionError suppressed by a truthy value")

# A transactional store: changes roll back on error.
class Store:
    def __init__(self):
        self.data = {}
        self.depth = 0
    def transaction(self):
        return Transaction(self)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store.data)
        self.store.depth += 1
        return self.store
    def __exit__(self, exc_type, exc, tb):
        self.store.depth -= 1
        if exc_type is not None:
            self.store.data = self.snapshot
            print(f"rolled back after {exc_type.__name__}: {exc}")
            return issubclass(exc_type, ValueError)
        print("committed", sorted(self.store.data.items()))
        return False

s = Store()
with s.transaction() as st:
    st.data["a"] = 1
    st.data["b"] = 2
with s.transaction() as st:
    st.data["a"] = 100
    with s.transaction() as inner:
        inner.data["c"] = 3
    raise ValueError("bad input")
print(sorted(s.data.items()), s.depth)
try:
    with s.transaction() as st:
        st.data["z"] = 0
        raise KeyError("fatal")
except KeyError as e:
    print("propagated", e)
print(sorted(s.data.items()))

# The manager object is reusable; __enter__ may return something else entirely.
class Opener:
    def __init__(self):
        self.count = 0
    def __enter__(self):
        self.count += 1
        return [self.count]
    def __exit__(self, *a):
        return None
op = Opener()
for _ in range(3):
    with op as handle:
        pass
print(handle, op.count)
