# Exception context chains: implicit __context__ in nested handlers and finally blocks, explicit
# causes, `from None`, context cycles avoided, walking a chain the way traceback does, and
# exceptions raised while handling inside with-statements.
def chain(exc):
    out = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        link = "cause" if exc.__cause__ is not None else ("context" if exc.__context__ is not None and not exc.__suppress_context__ else "end")
        out.append(f"{type(exc).__name__}({exc})<{link}>")
        exc = exc.__cause__ if exc.__cause__ is not None else (None if exc.__suppress_context__ else exc.__context__)
    return " -> ".join(out)

def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError("middle")
def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("top") from e
try:
    level1()
except RuntimeError as e:
    print(chain(e))

try:
    try:
        raise TypeError("first")
    finally:
        raise OSError("in finally")
except OSError as e:
    print(chain(e))

try:
    try:
        raise TypeError("hidden")
    except TypeError:
        raise LookupError("shown") from None
except LookupError as e:
    print(chain(e), "| context kept:", repr(e.__context__))

# Re-raising the same exception does not create a self-loop.
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__ is None, chain(e))

# A handled exception becomes the context of one raised later in the same handler only.
try:
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise IndexError("b")
except IndexError as e:
    print(chain(e))

# Context through function calls inside a handler.
def helper():
    raise ZeroDivisionError("helper failed")
try:
    try:
        [][0]
    except IndexError:
        helper()
except ZeroDivisionError as e:
    print(chain(e))

# with-statement __exit__ raising while an exception is active.
class Failing:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError(f"exit saw {t.__name__}")
try:
    with Failing():
        raise ValueError("body")
except RuntimeError as e:
    print(chain(e))

# Explicit cause objects and setting __cause__/__context__ by hand.
e1 = ValueError("v")
e2 = TypeError("t")
e2.__context__ = e1
e3 = KeyError("k")
e3.__cause__ = e2
print(chain(e3), e3.__suppress_context__)
e3.__suppress_context__ = False
e3.__cause__ = None
print(chain(e3))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
