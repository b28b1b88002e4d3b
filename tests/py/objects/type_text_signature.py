# type.__text_signature__ of every builtin type (from their C docstrings in CPython) and of classes.
import builtins

for name in sorted(dir(builtins)):
    t = getattr(builtins, name)
    if isinstance(t, type) and not issubclass(t, BaseException) and not name.startswith('_'):
        print(name, repr(t.__text_signature__))


class C:
    """A class."""

print(repr(C.__text_signature__), repr(BaseException.__text_signature__))
try:
    int.__text_signature__ = '()'
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
