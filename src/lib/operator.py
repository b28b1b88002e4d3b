"""Python's operators as functions (Immortal's own implementation of the operator module's
documented CPython 3.12 behaviour), plus itemgetter, attrgetter and methodcaller with CPython's
reprs. The functions are Python functions here (builtins in CPython)."""

# Frames of this code are left out of tracebacks: CPython implements it in C (vm/exc.ts codeFramesHidden).
__immortal_native__ = True

# Public names, in CPython's (alphabetical) order.
__all__ = sorted('''
    abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge getitem gt
    iadd iand iconcat ifloordiv ilshift imatmul imod imul index indexOf inv invert ior ipow
    irshift is_ is_not isub itemgetter itruediv ixor le length_hint lshift lt matmul
    methodcaller mod mul ne neg not_ or_ pos pow rshift setitem sub truediv truth xor
'''.split())

from builtins import abs as _abs


def lt(a, b, /):
    return a < b


def le(a, b, /):
    return a <= b


def eq(a, b, /):
    return a == b


def ne(a, b, /):
    return a != b


def ge(a, b, /):
    return a >= b


def gt(a, b, /):
    return a > b


def not_(a, /):
    return not a


def truth(a, /):
    return True if a else False


def is_(a, b, /):
    return a is b


def is_not(a, b, /):
    return a is not b


def abs(a, /):
    return _abs(a)


def add(a, b, /):
    return a + b


def and_(a, b, /):
    return a & b


def floordiv(a, b, /):
    return a // b


def index(a, /):
    """a converted to an integer (a.__index__())."""
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f'__index__ returned non-int (type {type(result).__name__})')
    return result


def inv(a, /):
    return ~a


def invert(a, /):
    return ~a  # a function of its own, not another name for inv (as in CPython)


def lshift(a, b, /):
    return a << b


def mod(a, b, /):
    return a % b


def mul(a, b, /):
    return a * b


def matmul(a, b, /):
    return a @ b


def neg(a, /):
    return -a


def or_(a, b, /):
    return a | b


def pos(a, /):
    return +a


def pow(a, b, /):
    return a ** b


def rshift(a, b, /):
    return a >> b


def sub(a, b, /):
    return a - b


def truediv(a, b, /):
    return a / b


def xor(a, b, /):
    return a ^ b


def _check_sequence(a):
    if not hasattr(type(a), '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")


def concat(a, b, /):
    """a + b for sequences."""
    _check_sequence(a)
    return a + b


def contains(a, b, /):
    return b in a


def _check_iterable(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b, /):
    """How many items of a are b (or equal to b)."""
    n = 0
    for item in _check_iterable(a):
        if item is b or item == b:
            n += 1
    return n


def delitem(a, b, /):
    del a[b]


def getitem(a, b, /):
    return a[b]


def indexOf(a, b, /):
    """Index of the first item of a that is b (or equal to b)."""
    for i, item in enumerate(_check_iterable(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c, /):
    a[b] = c


def length_hint(obj, default=0, /):
    """An estimate of len(obj): len() itself when obj's type has __len__, else its __length_hint__(),
    else default."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be interpreted as an integer")
    kind = type(obj)
    if getattr(kind, '__len__', None) is not None:
        try:
            return len(obj)
        except TypeError:
            pass  # a __len__ that refuses falls back to the hint, as in CPython
    hook = getattr(kind, '__length_hint__', None)
    estimate = NotImplemented
    if hook is not None:
        try:
            estimate = hook(obj)
        except TypeError:
            estimate = NotImplemented
    if estimate is NotImplemented:
        return default
    if not isinstance(estimate, int):
        raise TypeError(f'__length_hint__ must be an integer, not {type(estimate).__name__}')
    # CPython takes the hint as a C Py_ssize_t: bools and int subclasses come back as plain ints,
    # and values beyond the 64-bit range overflow before the sign is checked.
    estimate = int.__index__(estimate)
    if not -_SSIZE_SPAN <= estimate < _SSIZE_SPAN:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if estimate < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return estimate


_SSIZE_SPAN = 1 << 63


def call(obj, /, *args, **kwargs):
    """obj(*args, **kwargs)."""
    return obj(*args, **kwargs)


def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


# attrgetter, itemgetter and methodcaller are native (src/modules/_operator.ts), as in CPython
from _operator import attrgetter, itemgetter, methodcaller

# Every operator function except the predicates and helpers named below also has a dunder alias:
# __add__ is add, __and__ is and_, __not__ is not_ and so on.
def _add_dunder_aliases(space):
    plain = {'truth', 'is_', 'is_not', 'countOf', 'indexOf', 'length_hint',
             'attrgetter', 'itemgetter', 'methodcaller'}
    for public in __all__:
        if public not in plain:
            space['__' + public.rstrip('_') + '__'] = space[public]


_add_dunder_aliases(globals())
del _add_dunder_aliases
