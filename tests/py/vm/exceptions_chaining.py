# Exception chaining: implicit __context__, explicit `raise ... from`, `from None`, __suppress_context__.
def show(exc):
    print(f"{type(exc).__name__}({exc})")
    print("  cause:", repr(exc.__cause__))
    print("  context:", repr(exc.__context__))
    print("  suppress:", exc.__suppress_context__)


try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    show(e)
try:
    try:
        {}["key"]
    except KeyError as original:
        raise RuntimeError("lookup failed") from original
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("direct") from KeyError("explicit cause")
except IndexError as e:
    show(e)


def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError(f"cannot convert {text!r}") from e


try:
    convert("12a")
except LookupError as e:
    show(e)
    print("  cause args:", e.__cause__.args)
try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
except TypeError as e:
    chain = []
    current = e
    while current is not None:
        chain.append(type(current).__name__)
        current = current.__context__
    print("context chain:", " <- ".join(chain))
try:
    raise ValueError("no chain")
except ValueError as e:
    show(e)
try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    print("TypeError:", e)
