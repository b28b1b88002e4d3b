"""Decimal floating point (Immortal's own implementation of the decimal module's documented CPython 3.12
behaviour, which is libmpdec's). A Decimal is (sign, integer coefficient, exponent) or a special value;
construction is exact, arithmetic rounds once to the context (precision 28, ROUND_HALF_EVEN by default)
and records signals in context.flags, raising the trapped ones with the C module's exception lists.
Operations follow libmpdec's algorithms where its results are not simply the correctly rounded value
(integer powers round at each step, non-integral powers are exp(y * ln x) at a working precision);
exp, ln and log10 are correctly rounded. Exponents may be huge: arithmetic never builds 10**exponent;
only conversions whose result is that long do (int(), fixed-point format), MemoryError past 2**31."""

import math
import sys

# Frames of this code are left out of tracebacks: CPython implements it in C (vm/exc.ts codeFramesHidden).
__immortal_native__ = True

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext',
    'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

# The rounding modes are strings naming themselves; _ROUNDINGS is in the order the error message lists.
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP) = ('ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR',
                                             'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_05UP')
_ROUNDING_ERROR = ('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                   '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

# libmpdec's exponent of a result that certainly overflows (MPD_EXP_INF) and the number of digits of
# the largest exponent (MPD_EXPDIGITS), which sets the extra precision of non-integral powers.
_EXP_INF = 2000000000000000001
_EXPDIGITS = 19


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """The exponent was changed to fit the representation."""


class InvalidOperation(DecimalException):
    """An operation with no meaningful result."""


class ConversionSyntax(InvalidOperation):
    """A string that is not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division whose quotient does not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero divided by zero."""


class Inexact(DecimalException):
    """Digits that were not zero were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """An invalid context was detected."""


class Rounded(DecimalException):
    """Digits (possibly zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The exponent is below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded inexactly."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals in a constructor or comparison."""


# The signals in the C module's order (flags/traps keys, which exception a trap raises first).
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped]
# The order Context's repr lists them in (libmpdec's status bits).
_REPR_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
                 Subnormal, Underflow]
# The conditions of InvalidOperation, in the order a trapped exception's list names them.
_CONDITIONS = [InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext]
_SIGNAL_ERROR = ('valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                 '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]')


def _signal_of(condition):
    # ConversionSyntax, DivisionImpossible ... are conditions of the InvalidOperation signal
    return InvalidOperation if issubclass(condition, InvalidOperation) else condition


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent), as Decimal.as_tuple() returns it."""
    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0], doc='Alias for field number 0')
    digits = property(lambda self: self[1], doc='Alias for field number 1')
    exponent = property(lambda self: self[2], doc='Alias for field number 2')

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)

    def _asdict(self):
        return {'sign': self[0], 'digits': self[1], 'exponent': self[2]}

    def _replace(self, **kw):
        d = self._asdict()
        d.update(kw)
        return DecimalTuple(d['sign'], d['digits'], d['exponent'])

    def __getnewargs__(self):
        return tuple(self)


# ---- contexts ------------------------------------------------------------------------------------

class _SignalDict(dict):
    """flags / traps: a mapping from each signal class to a bool, with exactly the nine signals as keys
    (the C module's SignalDict)."""

    def __getitem__(self, key):
        try:
            return dict.__getitem__(self, key)
        except (KeyError, TypeError):
            raise KeyError(_SIGNAL_ERROR) from None

    def __setitem__(self, key, value):
        if not dict.__contains__(self, key):
            raise KeyError(_SIGNAL_ERROR)
        dict.__setitem__(self, key, bool(value))

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def pop(self, *args):
        raise ValueError('signal keys cannot be deleted')

    def popitem(self):
        raise ValueError('signal keys cannot be deleted')

    def clear(self):
        raise ValueError('signal keys cannot be deleted')

    def setdefault(self, key, default=None):
        return self[key]

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self)

    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + s.__name__, dict.__getitem__(self, s))
                               for s in _SIGNALS) + '}'


def _signal_dict(source):
    """A new _SignalDict from Context()'s flags/traps argument: a list of signals or a full signal dict."""
    d = _SignalDict((s, False) for s in _SIGNALS)
    if source is None:
        return d
    if isinstance(source, list):
        for k in source:
            if k not in _SIGNALS:
                raise KeyError(_SIGNAL_ERROR)
            dict.__setitem__(d, k, True)
        return d
    _set_from_dict(d, source)
    return d


def _set_from_dict(d, source):
    if not isinstance(source, dict):
        raise TypeError('argument must be a signal dict')
    if len(source) != len(_SIGNALS):
        raise KeyError('invalid signal dict')
    values = []
    for s in _SIGNALS:
        if s not in source:
            raise KeyError('invalid signal dict')
        values.append(bool(source[s]))
    for s, v in zip(_SIGNALS, values):
        dict.__setitem__(d, s, v)


class Context(object):
    """Arithmetic settings: precision, rounding, exponent range, and the signal flags and traps."""
    __immortal_tp_name__ = 'decimal.Context'  # messages name it as CPython's C type (objects/type.ts)

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = _default_context
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        object.__setattr__(self, 'flags', _signal_dict(flags))
        if traps is None:
            traps = dict(base.traps) if base else [InvalidOperation, DivisionByZero, Overflow]
        object.__setattr__(self, 'traps', _signal_dict(traps))

    def __setattr__(self, name, value):
        if name == 'prec':
            self._check_int(name, value, 1, MAX_PREC, '[1, MAX_PREC]')
        elif name == 'Emin':
            self._check_int(name, value, MIN_EMIN, 0, '[MIN_EMIN, 0]')
        elif name == 'Emax':
            self._check_int(name, value, 0, MAX_EMAX, '[0, MAX_EMAX]')
        elif name == 'capitals':
            self._check_int(name, value, 0, 1, '[0, 1]')
        elif name == 'clamp':
            self._check_int(name, value, 0, 1, '[0, 1]')
        elif name == 'rounding':
            if value not in _ROUNDINGS or not isinstance(value, str):
                raise TypeError(_ROUNDING_ERROR)
            value = _ROUNDINGS[_ROUNDINGS.index(value)]
        elif name in ('flags', 'traps'):
            if isinstance(value, _SignalDict):
                value = _SignalDict(value)
            else:
                d = _SignalDict((s, False) for s in _SIGNALS)
                _set_from_dict(d, value)
                value = d
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    @staticmethod
    def _check_int(name, value, lo, hi, text):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value > 2 ** 63 - 1 or value < -2 ** 63:
            raise OverflowError('Python int too large to convert to C ssize_t')
        if not lo <= value <= hi:
            if name in ('capitals', 'clamp'):
                raise ValueError('valid values for %s are 0 or 1' % name)
            raise ValueError('valid range for %s is %s' % (name, text))

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _REPR_SIGNALS if dict.__getitem__(self.flags, s))
        traps = ', '.join(s.__name__ for s in _REPR_SIGNALS if dict.__getitem__(self.traps, s))
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, flags, traps))

    def __reduce__(self):
        flags = [s for s in _SIGNALS if dict.__getitem__(self.flags, s)]
        traps = [s for s in _SIGNALS if dict.__getitem__(self.traps, s)]
        return (type(self), (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                             flags, traps))

    def copy(self):
        """An independent copy (flags and traps included)."""
        c = object.__new__(type(self))
        d = object.__setattr__
        d(c, 'prec', self.prec)
        d(c, 'rounding', self.rounding)
        d(c, 'Emin', self.Emin)
        d(c, 'Emax', self.Emax)
        d(c, 'capitals', self.capitals)
        d(c, 'clamp', self.clamp)
        d(c, 'flags', _SignalDict(self.flags))
        d(c, 'traps', _SignalDict(self.traps))
        return c

    __copy__ = copy

    def _work(self, prec=None, rounding=None, maximal=False, clamp=None):
        """A copy with no traps and clear flags (libmpdec's work contexts), optionally with another
        precision, rounding and clamp; maximal: the largest exponent range (mpd_maxcontext)."""
        c = object.__new__(Context)
        d = object.__setattr__
        d(c, 'prec', self.prec if prec is None else prec)
        d(c, 'rounding', self.rounding if rounding is None else rounding)
        d(c, 'Emin', MIN_EMIN if maximal else self.Emin)
        d(c, 'Emax', MAX_EMAX if maximal else self.Emax)
        d(c, 'capitals', self.capitals)
        d(c, 'clamp', 0 if maximal else self.clamp if clamp is None else clamp)
        d(c, 'flags', _SignalDict((s, False) for s in _SIGNALS))
        d(c, 'traps', _SignalDict((s, False) for s in _SIGNALS))
        return c

    def _status(self):
        """The signals set in the flags (for passing a work context's outcome on)."""
        return [s for s in _SIGNALS if dict.__getitem__(self.flags, s)]

    def clear_flags(self):
        """Reset all flags to False."""
        for s in _SIGNALS:
            dict.__setitem__(self.flags, s, False)

    def clear_traps(self):
        """Reset all traps to False."""
        for s in _SIGNALS:
            dict.__setitem__(self.traps, s, False)

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """The largest exponent with clamping: Emax - prec + 1."""
        return self.Emax - self.prec + 1

    def _raise(self, conditions):
        """Record conditions in the flags; when any is trapped, raise the first trapped signal (in the C
        module's order) with the list of the trapped conditions, as dec_addstatus does."""
        flags, traps = self.flags, self.traps
        trapped = False
        for c in conditions:
            s = InvalidOperation if issubclass(c, InvalidOperation) else c
            dict.__setitem__(flags, s, True)
            if dict.__getitem__(traps, s):
                trapped = True
        if trapped:
            names = []
            if dict.__getitem__(traps, InvalidOperation):
                names = [c for c in _CONDITIONS if c in conditions]
            signals = set(_signal_of(c) for c in conditions)
            names += [s for s in _SIGNALS[1:] if s in signals and dict.__getitem__(traps, s)]
            for s in _SIGNALS:
                if s in signals and dict.__getitem__(traps, s):
                    raise s(names)

    def create_decimal(self, num='0'):
        """num (a string, int, float, tuple or Decimal) as a Decimal rounded to this context."""
        if isinstance(num, str):
            parsed = _parse(num, False)
            if parsed is None or (parsed[3] >= _NAN and _ndigits(parsed[1]) > self.prec - self.clamp
                                  and parsed[1]):
                self._raise([ConversionSyntax])
                return _new(0, 0, 0, _NAN)
            return _new(*parsed)._fix(self)
        if isinstance(num, Decimal):
            if num._special >= _NAN and num._int and _ndigits(num._int) > self.prec - self.clamp:
                self._raise([ConversionSyntax])
                return _new(0, 0, 0, _NAN)
            return _new(num._sign, num._int, num._exp, num._special)._fix(self)
        if isinstance(num, (tuple, list)):
            return self.create_decimal(str(Decimal(num)))
        if isinstance(num, float):
            self._raise([FloatOperation])
        return Decimal(num, self)._fix(self)

    def create_decimal_from_float(self, f):
        """Context.create_decimal for a float (or int), without the FloatOperation signal."""
        return Decimal.from_float(f)._fix(self)

    def _apply(self, a):
        return _dec(a, True)._fix(self)

    # The operations in context form: the operands are converted (Decimal or int) or TypeError.
    def abs(self, a): return _dec(a, True).__abs__(context=self)
    def add(self, a, b): return _add(_dec(a, True), _dec(b, True), 0, self)
    def subtract(self, a, b): return _add(_dec(a, True), _dec(b, True), 1, self)
    def multiply(self, a, b): return _mul(_dec(a, True), _dec(b, True), self)
    def divide(self, a, b): return _div(_dec(a, True), _dec(b, True), self)
    def divide_int(self, a, b): return _divint(_dec(a, True), _dec(b, True), self)
    def remainder(self, a, b): return _rem(_dec(a, True), _dec(b, True), self)
    def divmod(self, a, b): return _divmod(_dec(a, True), _dec(b, True), self)
    def power(self, a, b, modulo=None): return _dec(a, True).__pow__(_dec(b, True), modulo, self, True)
    def plus(self, a): return _dec(a, True).__pos__(self)
    def minus(self, a): return _dec(a, True).__neg__(self)
    def sqrt(self, a): return _dec(a, True).sqrt(self)
    def quantize(self, a, b): return _dec(a, True).quantize(_dec(b, True), context=self)
    def compare(self, a, b): return _dec(a, True).compare(b, self)
    def to_sci_string(self, a): return _dec(a, True).__str__(False, self)
    def to_eng_string(self, a): return _dec(a, True).__str__(True, self)
    def exp(self, a): return _dec(a, True).exp(self)
    def ln(self, a): return _dec(a, True).ln(self)
    def log10(self, a): return _dec(a, True).log10(self)
    def logb(self, a): return _dec(a, True).logb(self)
    def number_class(self, a): return _dec(a, True).number_class(self)
    def is_subnormal(self, a): return _dec(a, True).is_subnormal(self)
    def is_normal(self, a): return _dec(a, True).is_normal(self)
    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True
    def is_finite(self, a): return _dec(a, True).is_finite()
    def is_infinite(self, a): return _dec(a, True).is_infinite()
    def is_nan(self, a): return _dec(a, True).is_nan()
    def is_qnan(self, a): return _dec(a, True).is_qnan()
    def is_snan(self, a): return _dec(a, True).is_snan()
    def is_signed(self, a): return _dec(a, True).is_signed()
    def is_zero(self, a): return _dec(a, True).is_zero()
    def compare_total(self, a, b): return _dec(a, True).compare_total(b)
    def compare_total_mag(self, a, b): return _dec(a, True).compare_total_mag(b)
    def compare_signal(self, a, b): return _dec(a, True).compare_signal(b, self)
    def same_quantum(self, a, b): return _dec(a, True).same_quantum(b)
    def logical_and(self, a, b): return _dec(a, True).logical_and(b, self)
    def logical_or(self, a, b): return _dec(a, True).logical_or(b, self)
    def logical_xor(self, a, b): return _dec(a, True).logical_xor(b, self)
    def logical_invert(self, a): return _dec(a, True).logical_invert(self)
    def rotate(self, a, b): return _dec(a, True).rotate(b, self)
    def shift(self, a, b): return _dec(a, True).shift(b, self)
    def scaleb(self, a, b): return _dec(a, True).scaleb(b, self)
    def fma(self, a, b, c): return _dec(a, True).fma(b, c, self)
    def max(self, a, b): return _dec(a, True).max(b, self)
    def min(self, a, b): return _dec(a, True).min(b, self)
    def max_mag(self, a, b): return _dec(a, True).max_mag(b, self)
    def min_mag(self, a, b): return _dec(a, True).min_mag(b, self)
    def next_plus(self, a): return _dec(a, True).next_plus(self)
    def next_minus(self, a): return _dec(a, True).next_minus(self)
    def next_toward(self, a, b): return _dec(a, True).next_toward(b, self)
    def normalize(self, a): return _dec(a, True).normalize(self)
    def remainder_near(self, a, b): return _dec(a, True).remainder_near(b, self)
    def to_integral_exact(self, a): return _dec(a, True).to_integral_exact(context=self)
    def to_integral_value(self, a): return _dec(a, True).to_integral_value(context=self)
    to_integral = to_integral_value
    def copy_abs(self, a): return _dec(a, True).copy_abs()
    def copy_negate(self, a): return _dec(a, True).copy_negate()
    def copy_sign(self, a, b): return _dec(a, True).copy_sign(b)
    def copy_decimal(self, a): return _copy(_dec(a, True))
    def radix(self): return _new(0, 10, 0)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a


_default_context = None
_current = None


def getcontext():
    """The current context (created from DefaultContext on first use)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    """Make context the current context (DefaultContext and friends are copied first)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


# CPython's type is named ContextManager but the module has no such attribute.
_ContextManager = ContextManager
del ContextManager


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager: a copy of ctx (default: the current context) is current inside the block,
    with the attributes given as keyword arguments set on it."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    ctx = ctx.copy()
    for k in kwargs:
        if k not in _LOCALCONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    for k in _LOCALCONTEXT_KEYS:
        if k in kwargs:
            v = kwargs[k]
            if k in ('flags', 'traps') and isinstance(v, list):
                v = _signal_dict(v)
            setattr(ctx, k, v)
    return _ContextManager(ctx)


# ---- coefficient arithmetic ---------------------------------------------------------------------

# _special: 0 finite, 1 infinity, 2 quiet NaN, 3 signaling NaN (the coefficient is the NaN payload)
_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _new(sign, coeff, exp, special=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _copy(x):
    return x if type(x) is Decimal else _new(x._sign, x._int, x._exp, x._special)


def _ndigits(n):
    if n < 10 ** 18:
        return len(str(n)) if n else 1
    d = n.bit_length() * 30103 // 100000        # a lower bound on the digit count
    while 10 ** d <= n:
        d += 1
    return d


def _str(n):
    """The decimal digits of a non-negative int, however many (str() refuses more than
    sys.get_int_max_str_digits(); decimal has no such limit)."""
    if n < _STR_SPLIT:
        return str(n)
    k = _ndigits(n) // 2
    hi, lo = divmod(n, 10 ** k)
    return _str(hi) + _str(lo).rjust(k, '0')


def _int(digits):
    """The int of a string of ASCII digits, however long."""
    if len(digits) <= 4000:
        return int(digits)
    k = len(digits) // 2
    return _int(digits[:-k]) * 10 ** k + _int(digits[-k:])


_STR_SPLIT = 10 ** 4000
_TOO_BIG = 2 ** 31          # results with more characters than this: MemoryError, as allocation fails


def _shift_right(c, n):
    """(c // 10**n, class of the dropped digits: 0 none, 1 below half, 2 half, 3 above half), n > 0,
    without building 10**n when n exceeds the digits of c."""
    if c == 0:
        return 0, 0
    if n > 18 and n > _ndigits(c):
        return 0, 1
    q, r = divmod(c, 10 ** n)
    if r == 0:
        return q, 0
    half = 5 * 10 ** (n - 1)
    return q, (1 if r < half else 2 if r == half else 3)


def _incr(q, cls, sign, rounding):
    """Whether the truncated coefficient q (dropped digits of class cls) rounds away from zero."""
    if cls == 0:
        return False
    if rounding == ROUND_HALF_EVEN:
        return cls == 3 or (cls == 2 and q & 1 == 1)
    if rounding == ROUND_HALF_UP:
        return cls >= 2
    if rounding == ROUND_HALF_DOWN:
        return cls == 3
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return q % 5 == 0   # ROUND_05UP


def _rescale(sign, coeff, exp, new_exp, rounding):
    """(coefficient, class of the dropped digits) of sign*coeff*10**exp with exponent new_exp; a shift
    left (new_exp < exp) must be small enough to build."""
    if new_exp <= exp:
        return coeff * 10 ** (exp - new_exp), 0
    q, cls = _shift_right(coeff, new_exp - exp)
    if _incr(q, cls, sign, rounding):
        q += 1
    return q, cls


def _parse(text, lenient=True):
    """(sign, coefficient, exponent, special) of a numeric string, or None. lenient (Decimal()): strip
    surrounding whitespace and drop underscores; Context.create_decimal accepts neither."""
    s = text
    if lenient:
        s = s.strip()
        if '_' in s:
            s = s.replace('_', '')
    if not s.isascii():
        # Unicode decimal digits count as their ASCII digits (the C module converts them first)
        out = []
        for ch in s:
            if ch.isascii():
                out.append(ch)
            elif ch.isdecimal():
                out.append(str(int(ch)))
            elif ch.isspace() and lenient:
                out.append(' ')
            else:
                return None
        s = ''.join(out)
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    for prefix, kind in (('snan', _SNAN), ('nan', _NAN)):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == '':
                return sign, 0, 0, kind
            if payload.isdigit():
                return sign, _int(payload), 0, kind
            return None
    mant, sep, expo = low.partition('e')
    exp = 0
    if sep:
        body = expo[1:] if expo[:1] in '+-' else expo
        if not body or not body.isdigit():
            return None
        exp = int(expo)
    whole, dot, frac = mant.partition('.')
    digits = whole + frac
    if not digits or not digits.isdigit():
        return None
    return sign, _int(digits), exp - len(frac), _FINITE


def _dec(value, strict=False):
    """value as a Decimal for arithmetic: Decimals and ints; None (NotImplemented) otherwise, or a
    TypeError when strict."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _new(1 if value < 0 else 0, abs(value), 0)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
    return None


def _nans(ctx, a, b=None, c=None):
    """The NaN result of an operation with a NaN operand (the first sNaN, which signals
    InvalidOperation, else the first quiet NaN, made quiet with its payload fitted), or None."""
    for x in (a, b, c):
        if x is not None and x._special == _SNAN:
            ctx._raise([InvalidOperation])
            return _quiet(x, ctx)
    for x in (a, b, c):
        if x is not None and x._special == _NAN:
            return _quiet(x, ctx)
    return None


def _quiet(x, ctx):
    """x as a quiet NaN whose payload keeps at most prec - clamp digits (_mpd_fix_nan)."""
    payload = x._int
    keep = ctx.prec - ctx.clamp
    if payload and _ndigits(payload) > keep:
        payload = payload % 10 ** keep if keep > 0 else 0
    return _new(x._sign, payload, 0, _NAN)


def _invalid(ctx, condition=InvalidOperation):
    ctx._raise([condition])
    return _new(0, 0, 0, _NAN)


def _overflow(sign, ctx, extra=()):
    ctx._raise([Overflow, Inexact, Rounded] + list(extra))
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _new(sign, 0, 0, _INF)
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _cmp(a, b):
    """-1, 0 or 1 comparing two non-NaN Decimals (by value)."""
    if a._special or b._special:
        va = 0 if a._special != _INF else (-1 if a._sign else 1)
        vb = 0 if b._special != _INF else (-1 if b._sign else 1)
        if va != vb:
            return (va > vb) - (va < vb)
        if va:
            return 0
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = _cmp_abs(a, b)
    return -c if a._sign else c


def _cmp_abs(a, b):
    """-1, 0 or 1 comparing the magnitudes of two finite nonzero Decimals (or infinities)."""
    if a._special == _INF or b._special == _INF:
        return (a._special == _INF) - (b._special == _INF)
    da, db = _ndigits(a._int), _ndigits(b._int)
    adja, adjb = a._exp + da - 1, b._exp + db - 1
    if adja != adjb:
        return 1 if adja > adjb else -1
    # same adjusted exponent: the exponent difference is at most the digit counts
    if a._exp >= b._exp:
        x, y = a._int * 10 ** (a._exp - b._exp), b._int
    else:
        x, y = a._int, b._int * 10 ** (b._exp - a._exp)
    return (x > y) - (x < y)


def _cmp_total_equal(a, b):
    """-1, 0 or 1 ordering numerically equal finite Decimals by sign, then exponent (total order)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


def _total_cmp(a, b):
    """-1, 0 or 1 comparing a and b by the total order of compare_total."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    rank = (0, 1, 3, 2)                  # finite < infinity < sNaN < NaN
    ra, rb = rank[a._special], rank[b._special]
    if ra != rb:
        c = -1 if ra < rb else 1
    elif a._special >= _NAN:
        c = (a._int > b._int) - (a._int < b._int)
    elif a._special == _INF:
        c = 0
    else:
        if a._int == 0 and b._int == 0:
            c = 0
        elif a._int == 0 or b._int == 0:
            c = -1 if a._int == 0 else 1
        else:
            c = _cmp_abs(a, b)
        if c == 0:
            c = (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


def _add(a, b, negate, ctx):
    """a + b (a - b when negate), rounded to ctx (mpd_qadd / mpd_qsub)."""
    bsign = b._sign ^ negate
    if a._special or b._special:
        nan = _nans(ctx, a, b)
        if nan is not None:
            return nan
        if a._special == _INF:
            if b._special == _INF and a._sign != bsign:
                return _invalid(ctx)
            return _new(a._sign, 0, 0, _INF)
        return _new(bsign, 0, 0, _INF)
    exp = a._exp if a._exp < b._exp else b._exp
    if not a._int or not b._int:
        if not a._int and not b._int:
            if a._sign == bsign:
                sign = a._sign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _new(sign, 0, exp)._fix(ctx)
        x, xsign = (b, bsign) if not a._int else (a, a._sign)
        # x rescaled to exponent exp: beyond prec + 1 digits the extra zeros only make it round
        pad = x._exp - exp
        nd = _ndigits(x._int)
        if pad and nd + pad > ctx.prec + 1:
            pad = max(0, ctx.prec + 1 - nd)
        return _new(xsign, x._int * 10 ** pad, x._exp - pad)._fix(ctx)
    x, xsign, y, ysign = (a, a._sign, b, bsign) if a._exp >= b._exp else (b, bsign, a, a._sign)
    yint, yexp = y._int, y._exp
    # When y lies wholly below the digits that can influence the rounded result, only its sign and
    # "nonzero" matter: a single 1 just below that point rounds the same (no huge alignment).
    floor_exp = x._exp + min(-1, _ndigits(x._int) - ctx.prec - 2)
    if _ndigits(yint) + yexp - 1 < floor_exp:
        yint, yexp = 1, floor_exp
    exp = yexp
    total = (-x._int if xsign else x._int) * 10 ** (x._exp - exp) + (-yint if ysign else yint)
    if total == 0:
        sign = 1 if (xsign and ysign) or (xsign != ysign and ctx.rounding == ROUND_FLOOR) else 0
    else:
        sign = 1 if total < 0 else 0
    return _new(sign, abs(total), exp)._fix(ctx)


def _mul(a, b, ctx):
    """a * b rounded to ctx."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nans(ctx, a, b)
        if nan is not None:
            return nan
        if (a._special == _INF and b._special == _FINITE and not b._int) or \
                (b._special == _INF and a._special == _FINITE and not a._int):
            return _invalid(ctx)
        return _new(sign, 0, 0, _INF)
    return _new(sign, a._int * b._int, a._exp + b._exp)._fix(ctx)


def _div_special(a, b, ctx, sign):
    """The cases of a division with a special operand that / and // share: a NaN, inf / inf (invalid),
    inf / finite (an infinity); None for finite / inf, which each of them rounds its own way."""
    nan = _nans(ctx, a, b)
    if nan is not None:
        return nan
    if a._special == _INF and b._special == _INF:
        return _invalid(ctx)
    if a._special == _INF:
        return _new(sign, 0, 0, _INF)
    return None


def _div(a, b, ctx):
    """a / b rounded to ctx, exact results at the exponent closest to the ideal one (mpd_qdiv)."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _div_special(a, b, ctx, sign)
        if r is not None:
            return r
        ctx._raise([Clamped])
        return _new(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, DivisionUndefined)
        ctx._raise([DivisionByZero])
        return _new(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _new(sign, 0, ideal)._fix(ctx)
    shift = _ndigits(b._int) - _ndigits(a._int) + ctx.prec + 1
    exp = ideal - shift
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    if r:
        if q % 5 == 0:
            q += 1            # a sticky digit: the quotient is not exact
    elif exp < ideal:
        # exact: drop trailing zeros toward the ideal exponent
        n = ideal - exp
        k = 0
        while k < n and q % 10 == 0:
            q //= 10
            k += 1
        exp += k
    return _new(sign, q, exp)._fix(ctx)


def _divmod_finite(a, b, ctx):
    """(q, r) of finite a and nonzero finite b truncating toward zero, unrounded, or None with
    DivisionImpossible to signal (_mpd_qdivmod)."""
    sign_ab = a._sign ^ b._sign
    ideal = a._exp if a._exp < b._exp else b._exp
    if a._int == 0:
        return _new(sign_ab, 0, 0), _new(a._sign, 0, ideal)
    expdiff = (a._exp + _ndigits(a._int)) - (b._exp + _ndigits(b._int))
    if expdiff < 0:
        if a._exp > b._exp:
            return _new(sign_ab, 0, 0), _new(a._sign, a._int * 10 ** (a._exp - b._exp), ideal)
        return _new(sign_ab, 0, 0), _copy(a)
    if expdiff > ctx.prec:
        return None
    if a._exp >= b._exp:
        x, y = a._int * 10 ** (a._exp - b._exp), b._int
    else:
        x, y = a._int, b._int * 10 ** (b._exp - a._exp)
    q, r = divmod(x, y)
    if _ndigits(q) > ctx.prec:
        return None
    return _new(sign_ab, q, 0), _new(a._sign, r, ideal)


def _divint(a, b, ctx):
    """a // b (truncating) as Decimal.__floordiv__ / Context.divide_int."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _div_special(a, b, ctx, sign)
        if r is not None:
            return r
        return _new(sign, 0, 0)
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, DivisionUndefined)
        ctx._raise([DivisionByZero])
        return _new(sign, 0, 0, _INF)
    qr = _divmod_finite(a, b, ctx)
    if qr is None:
        return _invalid(ctx, DivisionImpossible)
    return qr[0]._fix(ctx)


def _rem_qr(a, b, ctx):
    """The steps remainder and remainder_near share: (result, None) for special operands, a zero
    divisor or an impossible division, else (None, (quotient, remainder)) of the truncating division."""
    if a._special or b._special:
        nan = _nans(ctx, a, b)
        if nan is not None:
            return nan, None
        if a._special == _INF:
            return _invalid(ctx), None
        return _copy(a)._fix(ctx), None
    if b._int == 0:
        return _invalid(ctx, DivisionUndefined if a._int == 0 else InvalidOperation), None
    qr = _divmod_finite(a, b, ctx)
    if qr is None:
        return _invalid(ctx, DivisionImpossible), None
    return None, qr


def _rem(a, b, ctx):
    """The remainder of truncating division (sign of a), as Decimal.__mod__ / Context.remainder."""
    res, qr = _rem_qr(a, b, ctx)
    return res if qr is None else qr[1]._fix(ctx)


def _divmod(a, b, ctx):
    """(a // b, a % b) as divmod() computes them (mpd_qdivmod)."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        nan = _nans(ctx, a, b)
        if nan is not None:
            return nan, nan
        if a._special == _INF:
            q = _new(0, 0, 0, _NAN) if b._special == _INF else _new(sign, 0, 0, _INF)
            ctx._raise([InvalidOperation])
            return q, _new(0, 0, 0, _NAN)
        return _new(sign, 0, 0), _copy(a)._fix(ctx)
    if b._int == 0:
        if a._int == 0:
            ctx._raise([DivisionUndefined])
            return _new(0, 0, 0, _NAN), _new(0, 0, 0, _NAN)
        ctx._raise([DivisionByZero, InvalidOperation])
        return _new(sign, 0, 0, _INF), _new(0, 0, 0, _NAN)
    qr = _divmod_finite(a, b, ctx)
    if qr is None:
        ctx._raise([DivisionImpossible])
        return _new(0, 0, 0, _NAN), _new(0, 0, 0, _NAN)
    # both are finalized before any trapped condition is raised (one status for the pair)
    work = ctx._work()
    q, r = qr[0]._fix(work), qr[1]._fix(work)
    ctx._raise(work._status())
    return q, r


def _is_integral(x):
    """Whether finite x has an integral value."""
    if x._exp >= 0 or x._int == 0:
        return True
    n = -x._exp
    if n > _ndigits(x._int):
        return False
    return x._int % 10 ** n == 0


def _integer_value(x):
    """The integer value of an integral finite x (sign included)."""
    v = x._int * 10 ** x._exp if x._exp >= 0 else x._int // 10 ** -x._exp
    return -v if x._sign else v


def _is_odd(x):
    """Whether integral finite x is odd."""
    if x._exp > 0:
        return False
    if x._exp == 0:
        return x._int & 1 == 1
    return (x._int // 10 ** -x._exp) & 1 == 1


# ---- Decimal --------------------------------------------------------------------------------------

class Decimal(object):
    """An exact decimal number sign * coefficient * 10**exponent, or Infinity / NaN / sNaN."""
    __immortal_tp_name__ = 'decimal.Decimal'  # messages name it as CPython's C type (objects/type.ts)

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                (context or getcontext())._raise([ConversionSyntax])
                return cls._make(0, 0, 0, _NAN)
            return cls._make(*parsed)
        if isinstance(value, int):
            return cls._make(1 if value < 0 else 0, abs(value), 0, _FINITE)
        if isinstance(value, Decimal):
            return cls._make(value._sign, value._int, value._exp, value._special)
        if isinstance(value, float):
            (context or getcontext())._raise([FloatOperation])
            d = Decimal.from_float(value)
            return cls._make(d._sign, d._int, d._exp, d._special)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if not isinstance(sign, int) or sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if not isinstance(digits, (tuple, list)):
                raise ValueError('coefficient must be a tuple of digits')
            coeff = 0
            for dgt in digits:
                if not isinstance(dgt, int) or not 0 <= dgt <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coeff = coeff * 10 + dgt
            if isinstance(exp, str):
                if exp == 'F':
                    return cls._make(sign, 0, 0, _INF)
                if exp in ('n', 'N'):
                    return cls._make(sign, coeff, 0, _NAN if exp == 'n' else _SNAN)
                raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            return cls._make(sign, coeff, exp, _FINITE)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def _make(cls, sign, coeff, exp, special):
        d = object.__new__(cls)
        d._sign = sign
        d._int = coeff
        d._exp = exp
        d._special = special
        return d

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            d = _new(1 if f < 0 else 0, abs(f), 0)
        elif not isinstance(f, float):
            raise TypeError('argument must be int or float')
        elif math.isnan(f):
            d = _new(0, 0, 0, _NAN)
        else:
            sign = 1 if math.copysign(1.0, f) < 0 else 0
            if math.isinf(f):
                d = _new(sign, 0, 0, _INF)
            else:
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1            # den == 2**k
                d = _new(sign, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # -- predicates and simple accessors
    def is_nan(self): return self._special >= _NAN
    def is_qnan(self): return self._special == _NAN
    def is_snan(self): return self._special == _SNAN
    def is_infinite(self): return self._special == _INF
    def is_finite(self): return self._special == _FINITE
    def is_zero(self): return self._special == _FINITE and self._int == 0
    def is_signed(self): return self._sign == 1
    def is_canonical(self): return True
    def canonical(self): return self

    def is_normal(self, context=None):
        ctx = context or getcontext()
        return self._special == _FINITE and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context or getcontext()
        return self._special == _FINITE and self._int != 0 and self.adjusted() < ctx.Emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._special == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(map(int, _str(self._int))) if (self._int or not self._special) else ()
        if self._special:
            return DecimalTuple(self._sign, digits, 'n' if self._special == _NAN else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """(numerator, denominator), the exact value as a fraction in lowest terms."""
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            if n and self._exp > _TOO_BIG:
                raise MemoryError
            return n * 10 ** self._exp if n else 0, 1
        if n == 0:
            return 0, 1
        # the denominator 10**k reduces only by the 2s and 5s of the numerator
        k = -self._exp
        m = abs(n)
        twos = fives = 0
        while twos < k and m & 1 == 0:
            m >>= 1
            twos += 1
        while fives < k and m % 5 == 0:
            m //= 5
            fives += 1
        return (-m if n < 0 else m), 2 ** (k - twos) * 5 ** (k - fives)

    def copy_abs(self): return _new(0, self._int, self._exp, self._special)
    def copy_negate(self): return _new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        return _new(_dec(other, True)._sign, self._int, self._exp, self._special)

    @property
    def real(self): return self

    @property
    def imag(self): return _new(0, 0, 0)

    def conjugate(self): return self

    # -- text
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == _INF:
            return sign + 'Infinity'
        if self._special:
            return sign + ('NaN' if self._special == _NAN else 'sNaN') + (_str(self._int) if self._int else '')
        digits = _str(self._int)
        left = self._exp + len(digits)
        dot = 1
        if self._exp <= 0 and left > -6:
            dot = left
        elif eng:
            dot = (left - 1) % 3 + 1 if self._int else (left + 1) % 3 - 1
        if dot <= 0:
            text = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            text = digits + '0' * (dot - len(digits))
        else:
            text = digits[:dot] + '.' + digits[dot:]
        if left != dot:
            e = 'E' if (context or getcontext()).capitals else 'e'
            text += '%s%+d' % (e, left - dot)
        return sign + text

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __format__(self, spec, override=None):
        return _format(self, spec, getcontext(), override)

    # -- rounding to a context
    def _fix(self, ctx):
        """self rounded to ctx's precision and exponent range, signalling what happened
        (mpd_qfinalize: the exponent checks, then rounding to the precision)."""
        special = self._special
        if special:
            if special >= _NAN:
                payload = self._int
                keep = ctx.prec - ctx.clamp
                if payload and _ndigits(payload) > keep:
                    return _new(self._sign, payload % 10 ** keep if keep > 0 else 0, 0, special)
            return _copy(self)
        sign, coeff, exp = self._sign, self._int, self._exp
        prec = ctx.prec
        if coeff == 0:
            top = ctx.Emax if not ctx.clamp else ctx.Emax - prec + 1
            etiny = ctx.Emin - prec + 1
            new_exp = top if exp > top else etiny if exp < etiny else exp
            if new_exp != exp:
                ctx._raise([Clamped])
                return _new(sign, 0, new_exp)
            return _copy(self)
        nd = _ndigits(coeff)
        adj = exp + nd - 1
        if adj > ctx.Emax:
            return _overflow(sign, ctx)
        if ctx.clamp:
            etop = ctx.Emax - prec + 1
            if exp > etop:
                ctx._raise([Clamped, Subnormal] if adj < ctx.Emin else [Clamped])
                return _new(sign, coeff * 10 ** (exp - etop), etop)
        if adj < ctx.Emin:
            etiny = ctx.Emin - prec + 1
            if exp >= etiny:
                ctx._raise([Subnormal])
                return _copy(self)
            q, cls = _shift_right(coeff, etiny - exp)
            if _incr(q, cls, sign, ctx.rounding):
                q += 1
            conditions = [Subnormal, Rounded]
            if cls:
                conditions += [Inexact, Underflow]
                if q == 0:
                    conditions.append(Clamped)
            ctx._raise(conditions)
            return _new(sign, q, etiny)
        if nd > prec:
            q, cls = _shift_right(coeff, nd - prec)
            exp += nd - prec
            if _incr(q, cls, sign, ctx.rounding):
                q += 1
                if q == 10 ** prec:
                    q //= 10
                    exp += 1
                    if exp + prec - 1 > ctx.Emax:
                        return _overflow(sign, ctx)
            ctx._raise([Rounded, Inexact] if cls else [Rounded])
            return _new(sign, q, exp)
        return _copy(self)

    # -- arithmetic
    def __add__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _add(self, other, 0, context or getcontext())

    def __radd__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _add(other, self, 0, context or getcontext())

    def __sub__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _add(self, other, 1, context or getcontext())

    def __rsub__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _add(other, self, 1, context or getcontext())

    def __mul__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _mul(self, other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _mul(other, self, context or getcontext())

    def __truediv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _div(self, other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _div(other, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _divint(self, other, context or getcontext())

    def __rfloordiv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _divint(other, self, context or getcontext())

    def __mod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _rem(self, other, context or getcontext())

    def __rmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _rem(other, self, context or getcontext())

    def __divmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _divmod(self, other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return _divmod(other, self, context or getcontext())

    def __pow__(self, other, modulo=None, context=None, _strict=False):
        other = _dec(other, _strict)
        if other is None:
            return NotImplemented
        ctx = context or getcontext()
        if modulo is not None:
            mod = _dec(modulo, _strict)
            if mod is None:
                return NotImplemented
            return _powmod(self, other, mod, ctx)
        return _pow(self, other, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special >= _NAN:
            return _nans(ctx, self)
        sign = 0 if (self.is_zero() and ctx.rounding != ROUND_FLOOR) else 1 - self._sign
        return _new(sign, self._int, self._exp, self._special)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special >= _NAN:
            return _nans(ctx, self)
        sign = 0 if (self.is_zero() and ctx.rounding != ROUND_FLOOR) else self._sign
        return _new(sign, self._int, self._exp, self._special)._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if self._special >= _NAN:
            return _nans(ctx, self)
        return _new(0, self._int, self._exp, self._special)._fix(ctx)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = context or getcontext()
        other, third = _dec(other, True), _dec(third, True)
        if self._special or other._special:
            nan = _nans(ctx, self, other)
            if nan is not None:
                # an sNaN operand of the product ends it; a quiet NaN goes on into the addition
                if self._special == _SNAN or other._special == _SNAN:
                    return nan
                return _add(nan, third, 0, ctx)
            if (self._special == _INF and other.is_zero()) or (other._special == _INF and self.is_zero()):
                return _invalid(ctx)
            product = _new(self._sign ^ other._sign, 0, 0, _INF)
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return _add(product, third, 0, ctx)

    def sqrt(self, context=None):
        """The square root, correctly rounded (half-even) to the context precision."""
        ctx = context or getcontext()
        if self._special >= _NAN:
            return _nans(ctx, self)
        if self.is_zero():
            return _new(self._sign, 0, self._exp // 2)._fix(ctx)
        if self._sign:
            return _invalid(ctx)
        if self._special == _INF:
            return _new(0, 0, 0, _INF)
        ideal = self._exp // 2
        # Scale to an even exponent with enough digits for prec+1 root digits, then an integer root.
        prec = ctx.prec + 1
        c, e = self._int, self._exp
        shift = max(2 * prec - _ndigits(c) + 1, 0)
        if (e - shift) % 2:
            shift += 1
        c *= 10 ** shift
        e -= shift
        root = math.isqrt(c)
        exact = root * root == c
        exp = e // 2
        if exact:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        elif root % 5 == 0:
            root += 1              # sticky digit for correct rounding
        return _fix_half_even(_new(0, root, exp), ctx)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._next(context or getcontext(), 0)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._next(context or getcontext(), 1)

    def _next(self, ctx, down):
        if self._special >= _NAN:
            return _nans(ctx, self)
        if self._special == _INF:
            if self._sign == down:
                return _copy(self)
            return _new(1 - down, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)
        work = ctx._work(rounding=ROUND_FLOOR if down else ROUND_CEILING)
        fixed = self._fix(work)
        if work.flags[Inexact] or work.flags[InvalidOperation] or work.flags[DivisionByZero]:
            return fixed
        work = ctx._work(rounding=ROUND_FLOOR if down else ROUND_CEILING)
        return _add(self, _new(0, 1, ctx.Emin - ctx.prec), down, work)

    def next_toward(self, other, context=None):
        """The representable number next to self in the direction of other."""
        ctx = context or getcontext()
        other = _dec(other, True)
        nan = _nans(ctx, self, other) if (self._special >= _NAN or other._special >= _NAN) else None
        if nan is not None:
            return nan
        c = _cmp(self, other)
        if c == 0:
            return _new(other._sign, self._int, self._exp, self._special)
        result = self._next(ctx, 0 if c < 0 else 1)
        if result._special == _INF:
            ctx._raise([Overflow, Rounded, Inexact])
        elif result.adjusted() < ctx.Emin:
            ctx._raise([Underflow, Subnormal, Rounded, Inexact] + ([Clamped] if result._int == 0 else []))
        return result

    def exp(self, context=None):
        """e ** self, correctly rounded (Inexact and Rounded unless self is zero)."""
        ctx = context or getcontext()
        if self._special:
            if self._special >= _NAN:
                return _nans(ctx, self)
            return _new(0, 0, 0) if self._sign else _new(0, 0, 0, _INF)
        if self._int == 0:
            return _new(0, 1, 0)            # exactly 1, not rounded to the context (libmpdec)
        adj = self.adjusted()
        if adj < -(ctx.prec + 4):
            # |self| is far below half an ulp of 1: any value strictly between 1 and 1 + self rounds alike
            tiny = 10 ** (ctx.prec + 3)
            return _fix_half_even(_new(0, tiny - 1 if self._sign else tiny + 1, -(ctx.prec + 3)), ctx)
        # beyond these bounds the result certainly overflows or underflows (ln 10 < 2.31)
        limit = ((ctx.Emax + 2) if not self._sign else (ctx.prec - ctx.Etiny() + 3)) * 231
        if adj > 25:
            beyond = True
        elif self._exp + 2 >= 0:
            beyond = self._int * 10 ** (self._exp + 2) > limit
        else:
            beyond = self._int > limit * 10 ** (-self._exp - 2)
        if beyond:
            return _fix_half_even(_new(0, 1, ctx.Etiny() - 2 if self._sign else ctx.Emax + 1), ctx)
        num, scale = (self._int, -self._exp) if self._exp < 0 else (self._int * 10 ** self._exp, 0)
        if self._sign:
            num = -num
        return _ziv(ctx, lambda w: _exp_fixed(num, scale, w), ctx.prec + 6)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        ctx = context or getcontext()
        special = self._log_special(ctx)
        if special is not None:
            return special
        c, e = self._int, self._exp
        return _ziv(ctx, lambda w: (_ln_fixed(c, e, w + 3) // 1000, -w, 2), _log_start(self, ctx.prec))

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (exact for powers of ten)."""
        ctx = context or getcontext()
        special = self._log_special(ctx, False)
        if special is not None:
            return special
        c, e = self._int, self._exp
        if _is_power_of_ten(c):
            # exact (1 included), rounded to the context like any integer result
            n = e + _ndigits(c) - 1
            return _new(1 if n < 0 else 0, abs(n), 0)._fix(ctx)

        def approx(w):
            return _ln_fixed(c, e, w + 8) * 10 ** w // _ln10(w + 8), -w, 2
        return _ziv(ctx, approx, _log_start(self, ctx.prec))

    def _log_special(self, ctx, one=True):
        """The result of ln/log10 for NaN, infinite, zero, negative (and with one, 1) operands, else None."""
        if self._special >= _NAN:
            return _nans(ctx, self)
        if self._int == 0 and not self._special:
            return _new(1, 0, 0, _INF)
        if self._sign:
            return _invalid(ctx)
        if self._special == _INF:
            return _new(0, 0, 0, _INF)
        if one and self._exp <= 0 and _ndigits(self._int) == 1 - self._exp and self._int == 10 ** -self._exp:
            return _new(0, 0, 0)
        return None

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ctx = context or getcontext()
        if self._special >= _NAN:
            return _nans(ctx, self)
        if self._special == _INF:
            return _new(0, 0, 0, _INF)
        if self._int == 0:
            ctx._raise([DivisionByZero])
            return _new(1, 0, 0, _INF)
        a = self.adjusted()
        return _new(1 if a < 0 else 0, abs(a), 0)._fix(ctx)

    def number_class(self, context=None):
        ctx = context or getcontext()
        if self._special == _SNAN:
            return 'sNaN'
        if self._special == _NAN:
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == _INF:
            return sign + 'Infinity'
        if self._int == 0:
            return sign + 'Zero'
        return sign + ('Normal' if self.adjusted() >= ctx.Emin else 'Subnormal')

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN when either operand is a NaN."""
        other = _dec(other, True)
        ctx = context or getcontext()
        if self._special >= _NAN or other._special >= _NAN:
            return _nans(ctx, self, other)
        c = _cmp(self, other)
        return _new(1 if c < 0 else 0, abs(c), 0)

    def compare_signal(self, other, context=None):
        """compare(), except that quiet NaNs signal InvalidOperation too."""
        ctx = context or getcontext()
        other = _dec(other, True)
        if self._special >= _NAN or other._special >= _NAN:
            work = ctx._work()
            nan = _nans(work, self, other)
            ctx._raise([InvalidOperation])
            return nan
        c = _cmp(self, other)
        return _new(1 if c < 0 else 0, abs(c), 0)

    def compare_total(self, other, context=None):
        """-1, 0 or 1 as Decimals, by the total order (which also orders NaNs and exponents)."""
        k = _total_cmp(self, _dec(other, True))
        return _new(0, 0, 0) if k == 0 else _new(1 if k < 0 else 0, 1, 0)

    def compare_total_mag(self, other, context=None):
        """compare_total() of the absolute values."""
        return self.copy_abs().compare_total(_dec(other, True).copy_abs())

    def same_quantum(self, other, context=None):
        """Whether self and other have the same exponent (or are both NaN, or both infinite)."""
        other = _dec(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def radix(self):
        return _new(0, 10, 0)

    def _logical_digits(self, ctx):
        """The coefficient's last prec digits when self is a logical operand (sign 0, exponent 0,
        digits 0 and 1 only), else None."""
        if self._special or self._sign or self._exp != 0:
            return None
        text = _str(self._int)
        if text.strip('01'):
            return None
        return text[-ctx.prec:]

    def _logical(self, other, ctx, op):
        other = _dec(other, True)
        a, b = self._logical_digits(ctx), other._logical_digits(ctx)
        if a is None or b is None:
            return _invalid(ctx)
        n = max(len(a), len(b))
        a, b = a.rjust(n, '0'), b.rjust(n, '0')
        if op == 0:
            bits = ''.join('1' if x == '1' and y == '1' else '0' for x, y in zip(a, b))
        elif op == 1:
            bits = ''.join('1' if x == '1' or y == '1' else '0' for x, y in zip(a, b))
        else:
            bits = ''.join('1' if x != y else '0' for x, y in zip(a, b))
        return _new(0, _int(bits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context or getcontext(), 0)

    def logical_or(self, other, context=None):
        return self._logical(other, context or getcontext(), 1)

    def logical_xor(self, other, context=None):
        return self._logical(other, context or getcontext(), 2)

    def logical_invert(self, context=None):
        ctx = context or getcontext()
        a = self._logical_digits(ctx)
        if a is None:
            return _invalid(ctx)
        bits = ''.join('0' if x == '1' else '1' for x in a.rjust(ctx.prec, '0'))
        return _new(0, _int(bits), 0)

    def _shift_amount(self, other, ctx):
        """(result, count): a NaN/invalid/infinite result, or the validated integer count of rotate/shift."""
        other = _dec(other, True)
        nan = _nans(ctx, self, other) if (self._special >= _NAN or other._special >= _NAN) else None
        if nan is not None:
            return nan, 0
        if other._special or other._exp != 0 or other._int > ctx.prec:
            return _invalid(ctx), 0
        if self._special == _INF:
            return _new(self._sign, 0, 0, _INF), 0
        return None, -other._int if other._sign else other._int

    def rotate(self, other, context=None):
        """The coefficient (as prec digits) rotated left by other places (right when negative)."""
        ctx = context or getcontext()
        result, n = self._shift_amount(other, ctx)
        if result is not None:
            return result
        c = self._int
        if _ndigits(c) > ctx.prec:
            c %= 10 ** ctx.prec
        digits = _str(c).rjust(ctx.prec, '0')
        n %= ctx.prec
        return _new(self._sign, _int(digits[n:] + digits[:n]), self._exp)

    def shift(self, other, context=None):
        """The coefficient shifted left by other digits (right when negative), kept to prec digits."""
        ctx = context or getcontext()
        result, n = self._shift_amount(other, ctx)
        if result is not None:
            return result
        c = self._int
        if _ndigits(c) > ctx.prec:
            c %= 10 ** ctx.prec
        c = c * 10 ** n if n >= 0 else c // 10 ** -n
        if _ndigits(c) > ctx.prec:
            c %= 10 ** ctx.prec
        return _new(self._sign, c, self._exp)

    def normalize(self, context=None):
        """Rounded to the context, with trailing zeros of the coefficient removed."""
        ctx = context or getcontext()
        if self._special:
            return _nans(ctx, self) if self._special >= _NAN else _copy(self)
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return _new(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = ctx.Emax if not ctx.clamp else ctx.Etop()
        while e < top and c % 10 == 0:
            c //= 10
            e += 1
        return _new(d._sign, c, e)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (by rounding or the context's) to the exponent of exp (mpd_qquantize)."""
        ctx = context or getcontext()
        if rounding is not None and (rounding not in _ROUNDINGS or not isinstance(rounding, str)):
            raise TypeError(_ROUNDING_ERROR)
        exp = _dec(exp, True)
        if self._special or exp._special:
            nan = _nans(ctx, self, exp)
            if nan is not None:
                return nan
            if self._special == _INF and exp._special == _INF:
                return _copy(self)
            return _invalid(ctx)
        e = exp._exp
        if not ctx.Emin - ctx.prec + 1 <= e <= ctx.Emax:
            return _invalid(ctx)
        if self._int == 0:
            return _new(self._sign, 0, e)._fix(ctx)
        nd = _ndigits(self._int)
        if nd + self._exp - e > ctx.prec:
            return _invalid(ctx)
        conditions = []
        if e <= self._exp:
            coeff = self._int * 10 ** (self._exp - e)
        else:
            coeff, cls = _rescale(self._sign, self._int, self._exp, e, rounding or ctx.rounding)
            if _ndigits(coeff) > ctx.prec:
                return _invalid(ctx)
            conditions = [Rounded, Inexact] if cls else [Rounded]
        adj = (_ndigits(coeff) if coeff else 1) + e - 1
        if adj > ctx.Emax or adj < ctx.Emin - ctx.prec + 1:
            return _invalid(ctx)
        work = ctx._work()
        result = _new(self._sign, coeff, e)._fix(work)
        ctx._raise(conditions + work._status())
        return result

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (exponent 0 when it was negative), with no Inexact/Rounded flags."""
        return self._to_integral(rounding, context, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Like to_integral_value, but signalling Inexact and Rounded."""
        return self._to_integral(rounding, context, True)

    def _to_integral(self, rounding, context, exact):
        ctx = context or getcontext()
        if rounding is not None and (rounding not in _ROUNDINGS or not isinstance(rounding, str)):
            raise TypeError(_ROUNDING_ERROR)
        if self._special:
            return _nans(ctx, self) if self._special >= _NAN else _copy(self)
        if self._exp >= 0:
            return _copy(self)
        if self._int == 0:
            return _new(self._sign, 0, 0)
        coeff, cls = _rescale(self._sign, self._int, self._exp, 0, rounding or ctx.rounding)
        if exact:
            ctx._raise([Rounded, Inexact] if cls else [Rounded])
        return _new(self._sign, coeff, 0)

    def scaleb(self, other, context=None):
        """self with other added to its exponent, rounded to the context."""
        ctx = context or getcontext()
        other = _dec(other, True)
        if self._special or other._special:
            nan = _nans(ctx, self, other)
            if nan is not None:
                return nan
        if other._special == _INF or other._exp != 0 or other._int > 2 * (ctx.Emax + ctx.prec):
            return _invalid(ctx)
        if self._special == _INF:
            return _copy(self)
        n = -other._int if other._sign else other._int
        exp = min(max(self._exp + n, -4000000000000000001), _EXP_INF)
        return _new(self._sign, self._int, exp)._fix(ctx)

    def remainder_near(self, other, context=None):
        """self - n * other where n is the integer nearest self / other (ties to even)."""
        ctx = context or getcontext()
        other = _dec(other, True)
        res, qr = _rem_qr(self, other, ctx)
        if qr is None:
            return res
        q, r = qr
        if r._int:
            expdiff = other.adjusted() - r.adjusted()
            if -1 <= expdiff <= 1:
                # r - other (same signs) or r + other: the candidate on the other side of zero
                alt = _exact_add(r, other, self._sign == other._sign)
                c = _cmp_abs(alt, r) if alt._int else -1
                if c < 0 or (c == 0 and q._int & 1):
                    if q._int == 10 ** ctx.prec - 1:
                        return _invalid(ctx, DivisionImpossible)
                    r = alt
        return r._fix(ctx)

    def max(self, other, context=None):
        """The larger of self and other (a quiet NaN loses to a number)."""
        return _minmax(self, _dec(other, True), context or getcontext(), True, False)

    def min(self, other, context=None):
        """The smaller of self and other (a quiet NaN loses to a number)."""
        return _minmax(self, _dec(other, True), context or getcontext(), False, False)

    def max_mag(self, other, context=None):
        """The one of larger magnitude (ties broken as max())."""
        return _minmax(self, _dec(other, True), context or getcontext(), True, True)

    def min_mag(self, other, context=None):
        """The one of smaller magnitude (ties broken as min())."""
        return _minmax(self, _dec(other, True), context or getcontext(), False, True)

    # -- comparisons
    def _compare(self, other, op):
        """-1/0/1, None when a NaN is involved, or NotImplemented (dec_richcompare)."""
        ctx = getcontext()
        if isinstance(other, Decimal):
            pass
        elif isinstance(other, int):
            other = _dec(other)
        elif isinstance(other, float):
            ctx._raise([FloatOperation]) if op != 'eq' else dict.__setitem__(ctx.flags, FloatOperation, True)
            other = Decimal.from_float(other)
        elif isinstance(other, complex) and op == 'eq':
            if other.imag != 0:
                return NotImplemented
            dict.__setitem__(ctx.flags, FloatOperation, True)
            other = Decimal.from_float(other.real)
        elif _is_rational(other):
            if self._special:
                if self._special >= _NAN:
                    if op != 'eq' or self._special == _SNAN:
                        ctx._raise([InvalidOperation])
                    return None
                return -1 if self._sign else 1
            n, d = self.as_integer_ratio()
            a, b = n * other.denominator, other.numerator * d
            return (a > b) - (a < b)
        else:
            return NotImplemented
        if self._special >= _NAN or other._special >= _NAN:
            if op != 'eq' or self._special == _SNAN or other._special == _SNAN:
                ctx._raise([InvalidOperation])
            return None
        return _cmp(self, other)

    def __eq__(self, other):
        c = self._compare(other, 'eq')
        return c if c is NotImplemented else (c == 0 if c is not None else False)

    def __ne__(self, other):
        c = self._compare(other, 'eq')
        return c if c is NotImplemented else (c != 0 if c is not None else True)

    def __lt__(self, other):
        c = self._compare(other, 'lt')
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other):
        c = self._compare(other, 'le')
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other):
        c = self._compare(other, 'gt')
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other):
        c = self._compare(other, 'ge')
        return c if c is NotImplemented else (c is not None and c >= 0)

    def __hash__(self):
        if self._special == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._special == _NAN:
            return object.__hash__(self)
        if self._special == _INF:
            return -sys.hash_info.inf if self._sign else sys.hash_info.inf
        # sign * coefficient * 10**exp modulo 2**61 - 1, as int/float/Fraction hash their values
        m = sys.hash_info.modulus
        if self._exp >= 0:
            h = self._int % m * pow(10, self._exp, m) % m
        else:
            h = self._int % m * pow(_INV10, -self._exp, m) % m
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._special != _FINITE or self._int != 0

    # -- conversions
    def __float__(self):
        if self._special >= _NAN:
            if self._special == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        return float(self.__str__())

    def __complex__(self):
        return complex(self.__float__())

    def __int__(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            if self._int and self._exp > _TOO_BIG:
                raise MemoryError
            v = self._int * 10 ** self._exp if self._int else 0
        elif -self._exp > _ndigits(self._int):
            v = 0
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def _to_int(self, rounding):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            return self.__int__()
        v, _ = _rescale(self._sign, self._int, self._exp, 0, rounding)
        return -v if self._sign else v

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        if not -2 ** 63 <= n < 2 ** 63:
            raise OverflowError('Python int too large to convert to C ssize_t')
        return self.quantize(_new(0, 1, -n))

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self if type(self) is Decimal else type(self)(self)

    def __deepcopy__(self, memo):
        return self if type(self) is Decimal else type(self)(self)


_INV10 = pow(10, -1, sys.hash_info.modulus)


def _is_rational(x):
    # numbers is imported by every module that can make a non-int Rational (fractions, user ABCs),
    # so a missing numbers module means x is not one; importing it here would slow `import decimal`.
    mod = sys.modules.get('numbers')
    return mod is not None and isinstance(x, mod.Rational)


# Decimal is a numbers.Number; numbers.py registers it when it is imported after this module.
if 'numbers' in sys.modules:
    sys.modules['numbers'].Number.register(Decimal)


def _is_power_of_ten(c):
    """Whether the coefficient c is 10**k for some k >= 0."""
    return _str(c).rstrip('0') == '1'


def _exact_add(a, b, negate):
    """a + b (a - b when negate) exactly, for finite operands of similar size."""
    bsign = b._sign ^ negate
    exp = min(a._exp, b._exp)
    total = (-a._int if a._sign else a._int) * 10 ** (a._exp - exp) + \
        (-b._int if bsign else b._int) * 10 ** (b._exp - exp)
    return _new(1 if total < 0 else 0, abs(total), exp)


def _minmax(a, b, ctx, want_max, mag):
    """max/min/max_mag/min_mag (mpd_qmax and friends): a quiet NaN loses to a number; equal values
    are ordered by the total order (sign, then exponent)."""
    if a._special == _NAN and b._special < _NAN:
        return _copy(b)._fix(ctx)
    if b._special == _NAN and a._special < _NAN:
        return _copy(a)._fix(ctx)
    if a._special >= _NAN or b._special >= _NAN:
        return _nans(ctx, a, b)
    if mag:
        if a._special == _INF or b._special == _INF:
            c = (a._special == _INF) - (b._special == _INF)
        elif not a._int or not b._int:
            c = (a._int != 0) - (b._int != 0)
        else:
            c = _cmp_abs(a, b)
    else:
        c = _cmp(a, b)
    if c == 0:
        if a._special == _INF:
            c = _cmp_total_equal(_new(a._sign, 0, 0), _new(b._sign, 0, 0))
        else:
            c = _cmp_total_equal(a, b)
    if want_max:
        return _copy(b if c < 0 else a)._fix(ctx)
    return _copy(a if c < 0 else b)._fix(ctx)


# ---- powers (mpd_qpow, mpd_qpowmod) --------------------------------------------------------------

_ONE = _new(0, 1, 0)


def _pow(base, exp, ctx):
    """base ** exp rounded to ctx, by libmpdec's algorithm: special cases, powers of one, certain
    overflow/underflow, then an integer power (binary exponentiation at a higher working precision) or
    exp(exp * ln(base)) at a working precision, rounded once more to ctx."""
    if base._special or exp._special:
        nan = _nans(ctx, base, exp)
        if nan is not None:
            return nan
    intexp = exp._special == _FINITE and _is_integral(exp)
    sign = 1 if intexp and base._sign and _is_odd(exp) else 0
    if base._special == _FINITE and base._int == 0:
        if exp._special == _FINITE and exp._int == 0:
            return _invalid(ctx)
        if exp._sign:
            return _new(sign, 0, 0, _INF)
        return _new(sign, 0, 0)
    if base._sign and (not intexp or exp._special == _INF):
        return _invalid(ctx)
    if exp._special == _INF:
        c = _cmp(base, _ONE)
        if c == 0:
            ctx._raise([Inexact, Rounded])
            return _new(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec)
        if exp._sign:
            c = -c
        return _new(sign, 0, 0) if c < 0 else _new(sign, 0, 0, _INF)
    if base._special == _INF:
        if exp._int == 0:
            return _new(sign, 1, 0)
        if exp._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 0, _INF)
    if exp._int == 0:
        return _new(sign, 1, 0)
    if _cmp_abs(base, _ONE) == 0:
        # a power of (+-)1: exact 1 with the digits the power has, at most prec of them
        if intexp:
            if exp._sign:
                return _new(sign, 1, 0)
            shift = 0 if base._exp == 0 else _integer_value(exp) * -base._exp if exp.adjusted() < 40 \
                else ctx.prec
            if shift > ctx.prec - 1:
                shift = ctx.prec - 1
                ctx._raise([Rounded])
        else:
            shift = ctx.prec - 1
            ctx._raise([Inexact, Rounded])
        return _new(sign, 10 ** shift, -shift)
    bound = _pow_bounds(base, exp, sign, ctx)
    if bound is not None:
        return bound
    if intexp:
        return _pow_int(base, exp, sign, ctx)
    return _pow_real(base, exp, ctx)


def _pow_bounds(x, y, sign, ctx):
    """The over/underflowed result when |x| ** y certainly leaves the exponent range, else None
    (_qcheck_pow_bounds: lower bounds of log10(|log10(x)|) and log10(|y|) against the limits' digits)."""
    lb_theta = y.adjusted()
    t = x.adjusted()
    if t > 0:
        lb_zeta = _ndigits(t) - 1
    elif t < -1:
        lb_zeta = _ndigits(-(t + 1)) - 1
    else:
        # 1/10 <= |x| < 10: from the size of |x| - 1 (x has exponent <= 0 here)
        diff = abs(x._int - 10 ** -x._exp)
        u = x._exp + _ndigits(diff) - 1
        lb_zeta = u - 2 if t == 0 else u - 1
    if (t < 0) ^ y._sign == 0:
        if _ndigits(ctx.Emax) < lb_zeta + lb_theta:
            return _new(sign, 1, _EXP_INF)._fix(ctx)
    else:
        etiny = ctx.Emin - ctx.prec + 1
        if _ndigits(-etiny) < lb_zeta + lb_theta:
            return _new(sign, 1, etiny - 1)._fix(ctx)
    return None


def _pow_int(base, exp, sign, ctx):
    """base ** exp for an integral exp (_mpd_qpow_int): binary exponentiation, each product rounded
    half-even to prec + digits(exp) + exponent(exp) + 2 digits, then rounded to ctx; all the signals of
    the steps are reported."""
    work = ctx._work(prec=ctx.prec + _ndigits(exp._int) + exp._exp + 2, rounding=ROUND_HALF_EVEN, clamp=0)
    if exp._sign:
        work.prec += 1
        tbase = _div(_ONE, base, work)
        if work.flags[InvalidOperation] or work.flags[DivisionByZero]:
            return _finish(_new(0, 0, 0, _NAN), work, ctx)
    else:
        tbase = base
    n = abs(_integer_value(exp))
    if n < 2 ** 64:
        # left to right over the bits of n (_mpd_qpow_uint)
        result = tbase
        for bit in bin(n)[3:]:
            result = _mul(result, result, work)
            if bit == '1':
                result = _mul(result, tbase, work)
            if result._special or (result._int == 0 and work.flags[Clamped]):
                break
    else:
        # right to left (_mpd_qpow_mpd)
        result = _ONE
        while n:
            if n & 1:
                result = _mul(result, tbase, work)
                if result._special or (result._int == 0 and work.flags[Clamped]):
                    break
            tbase = _mul(tbase, tbase, work)
            n >>= 1
    if result._special == _INF:
        result = _new(sign, 1, _EXP_INF)
    else:
        result = _new(sign, result._int, result._exp, result._special)
    return _finish(result, work, ctx)


def _finish(result, work, ctx):
    """result rounded to ctx, with the signals of work and of that rounding reported together."""
    final = ctx._work()
    result = result._fix(final)
    ctx._raise(work._status() + final._status())
    return result


def _pow_real(base, exp, ctx):
    """base ** exp for a non-integral exp and base > 0 (_mpd_qpow_real): ln(base) * exp, then exp() of
    it, at prec + 23 digits with the largest exponent range, then rounded to ctx (always Inexact)."""
    wp = max(_ndigits(base._int), ctx.prec) + 4 + _EXPDIGITS
    work = ctx._work(prec=wp, rounding=ROUND_HALF_EVEN, maximal=True)
    y = _mul(base.ln(work), exp, work)
    status = ctx._work(prec=wp, rounding=ROUND_HALF_EVEN, maximal=True)
    result = y.exp(status)
    conditions = [s for s in (InvalidOperation, DivisionByZero) if work.flags[s]] + status._status()
    conditions += [Inexact, Rounded]
    if not result._special and _cmp(result, _ONE) == 0:
        result = _new(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)
    if result._special == _INF:
        result = _new(0, 1, _EXP_INF)
    final = ctx._work()
    result = result._fix(final)
    ctx._raise(conditions + final._status())
    return result


def _powmod(base, exp, mod, ctx):
    """(base ** exp) % mod for integral operands, exactly (mpd_qpowmod): the result has the sign of
    base ** exp and exponent 0; mod must fit the precision and exp must not be negative."""
    if base._special or exp._special or mod._special:
        nan = _nans(ctx, base, exp, mod)
        if nan is not None:
            return nan
        return _invalid(ctx)
    if not (_is_integral(base) and _is_integral(exp) and _is_integral(mod)):
        return _invalid(ctx)
    if mod._int == 0 or _ndigits(mod._int) + mod._exp > ctx.prec:
        return _invalid(ctx)
    sign = 1 if base._sign and _is_odd(exp) else 0
    if exp._int == 0:
        if base._int == 0:
            return _invalid(ctx)
        return _new(sign, 0 if _cmp_abs(mod, _ONE) == 0 else 1, 0)
    if exp._sign:
        return _invalid(ctx)
    if base._int == 0:
        return _new(sign, 0, 0)
    m = abs(_integer_value(mod))
    if base._exp > _TOO_BIG:
        # libmpdec builds 10**exponent here and fails to allocate it
        dict.__setitem__(ctx.flags, InvalidOperation, True)
        raise MemoryError
    if base._exp >= 0:
        b = base._int % m * pow(10, base._exp, m) % m
    else:
        b = abs(_integer_value(base)) % m
    if exp._exp > 0:
        # exp = coefficient * 10**k: raise to the 10th power k times, as libmpdec does
        e = exp._int
        for _ in range(exp._exp):
            b = pow(b, 10, m)
    else:
        e = abs(_integer_value(exp))
    return _new(sign, pow(b, e, m), 0)


# ---- correctly rounded transcendental functions (integer fixed point, Ziv's retry loop) ---------

_CONST_CACHE = {}


def _atanh_inv(n, scale):
    """atanh(1/n) * scale, to within a few units."""
    total, term, n2, k = 0, scale // n, n * n, 1
    while term:
        total += term // k
        term //= n2
        k += 2
    return total


def _const(name, digits):
    """ln 2 or ln 10 times 10**digits (cached at the largest precision asked for)."""
    have = _CONST_CACHE.get(name)
    if have is None or have[0] < digits:
        p = digits + 10
        scale = 10 ** p
        ln2 = 2 * _atanh_inv(3, scale)
        value = ln2 if name == 'ln2' else 3 * ln2 + 2 * _atanh_inv(9, scale)
        have = _CONST_CACHE[name] = (p, value)
    return have[1] // 10 ** (have[0] - digits)


def _ln10(digits):
    return _const('ln10', digits)


def _ln_fixed(c, e, s):
    """ln(c * 10**e) * 10**s for c > 0, within a few units."""
    nd = _ndigits(c)
    a = e + nd - 1
    S = 10 ** (s + 10)
    m = c * S // 10 ** (nd - 1)          # the mantissa in [1, 10)
    k = 0
    while 2 * m > 3 * S:                 # bring it into (0.75, 1.5] by halving
        m >>= 1
        k += 1
    z = abs(m - S) * S // (m + S)
    total, term, z2, i = 0, z, z * z // S, 1
    while term:
        total += term // i
        term = term * z2 // S
        i += 2
    result = -2 * total if m < S else 2 * total
    result += k * _const('ln2', s + 10)
    if a:
        da = _ndigits(abs(a))
        result += a * _ln10(s + 10 + da) // 10 ** da
    return result // 10 ** 10


def _exp_fixed(num, scale, w):
    """(m, ex, err): e ** (num / 10**scale) is m * 10**ex to within err units, m of w+1 digits."""
    d = max(0, _ndigits(abs(num)) - scale) + 1
    p = w + 12 + d
    T = 10 ** p
    x = num * T // 10 ** scale if scale >= 0 else num * T * 10 ** -scale
    ln10 = _ln10(p)
    q = x // ln10
    r = (x - q * ln10) >> 8                # e**x = 10**q * (e**(r/256))**256, r in [0, ln 10)
    total, term, i = T, T, 1
    while term:
        term = term * r // (T * i)
        total += term
        i += 1
    for _ in range(8):
        total = total * total // T
    return total // 10 ** (12 + d), q - w, 3


def _log_start(x, prec):
    """A first working precision for ln/log10 of x: more digits when x is very close to 1."""
    w = prec + 6
    if x._exp < 0 and -1 <= x.adjusted() <= 0:
        diff = abs(x._int - 10 ** -x._exp)
        if diff:
            w += max(0, -(_ndigits(diff) - 1 + x._exp))
    return w


def _fix_half_even(d, ctx):
    """d rounded to ctx but half-even whatever ctx.rounding says (exp, ln, log10 and non-integral
    powers always round that way in libmpdec)."""
    saved = ctx.rounding
    object.__setattr__(ctx, 'rounding', ROUND_HALF_EVEN)
    try:
        return d._fix(ctx)
    finally:
        object.__setattr__(ctx, 'rounding', saved)


def _ziv(ctx, approx, w, half_even=True):
    """Round approx(w) = (v, ex, err) -- the result is within err units of v * 10**ex -- to ctx,
    doubling w until both ends of the error interval round alike (the result is never exact)."""
    work = ctx.copy()
    work.clear_traps()
    if half_even:
        work.rounding = ROUND_HALF_EVEN
    while True:
        v, ex, err = approx(w)
        m, sign = abs(v), (1 if v < 0 else 0)
        if m > err:
            work.clear_flags()
            lo = _new(sign, m - err, ex)._fix(work)
            hi = _new(sign, m + err, ex)._fix(work)
            if (lo._int, lo._exp, lo._special) == (hi._int, hi._exp, hi._special):
                d = _new(sign, m * 10 + 1, ex - 1)
                return _fix_half_even(d, ctx) if half_even else d._fix(ctx)
        w *= 2



_FORMAT_LIMIT = 'format specification exceeds internal limits of _decimal'


def _parse_spec(spec, caps):
    """The fields of a Decimal format spec by the C module's grammar (mpd_parse_fmt_str):
    [[fill]align][sign][0][width][,][.precision][type], or None when it is invalid. The 'z' option
    (PEP 682) sits before or after the sign; it is taken out first, as the C module does."""
    p = 2 if len(spec) >= 2 and spec[1] in '<>=^' else 1 if spec[:1] in ('<', '>', '=', '^') else 0
    no_neg_zero = False
    if spec[p:p + 1] == 'z':
        spec, no_neg_zero = spec[:p] + spec[p + 1:], True
    elif spec[p:p + 1] in ('+', '-', ' ') and spec[p + 1:p + 2] == 'z':
        spec, no_neg_zero = spec[:p + 1] + spec[p + 2:], True
    n = len(spec)
    i = 0
    fill, align, have_align = ' ', '>', False
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i, have_align = spec[0], spec[1], 2, True
    elif n >= 1 and spec[0] in '<>=^':
        align, i, have_align = spec[0], 1, True
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign, i = spec[i], i + 1
    if i < n and spec[i] == '0':
        if have_align:
            return None
        fill, align = '0', 'z'
        i += 1
    width = 0
    if i < n and spec[i] in '0123456789':
        if spec[i] == '0':
            return None
        start = i
        while i < n and spec[i] in '0123456789':
            i += 1
        width = int(spec[start:i])
        if width > 2 ** 63 - 1:
            return None
    dot = sep = ''
    grouping = ()
    if i < n and spec[i] == ',':
        dot, sep, grouping = '.', ',', (3, 3)
        i += 1
    precision = -1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i] in '0123456789':
            i += 1
        if i == start:
            return None
        precision = int(spec[start:i])
        if precision > 2 ** 63 - 1:
            return None
    kind = 'G' if caps else 'g'
    if i < n and spec[i] in 'eEfFgG%':
        kind, i = spec[i], i + 1
    elif i < n and spec[i] in 'nN':
        if sep:
            return None
        kind, i = ('G' if spec[i] == 'N' else 'g'), i + 1
        dot, sep, grouping = '.', '', ()        # the C locale's conventions
    if i != n:
        return None
    return fill, align, sign, no_neg_zero, width, dot, sep, grouping, precision, kind


def _format(d, spec, ctx, override=None):
    """format(d, spec) as the C module does it (mpd_qformat_spec, then padding)."""
    if not isinstance(spec, str):
        raise TypeError('format arg must be str')
    fields = _parse_spec(spec, ctx.capitals)
    if fields is None:
        raise ValueError('invalid format string')
    fill, align, sign_opt, no_neg_zero, width, dot, sep, grouping, precision, kind = fields
    if override is not None:
        # (undocumented) locale conventions to use instead of the C locale's
        if not isinstance(override, dict):
            raise TypeError('optional argument must be a dict')
        for key in ('decimal_point', 'thousands_sep', 'grouping'):
            if key in override and not isinstance(override[key], str):
                raise TypeError('bad argument type for built-in operation')
        dot = override.get('decimal_point', dot)
        sep = override.get('thousands_sep', sep)
        if 'grouping' in override:
            grouping = tuple(map(ord, override['grouping'].split('\0')[0]))
        nbytes = lambda t: len(t.encode('utf-8', 'surrogatepass'))
        if not dot or nbytes(dot) > 4 or nbytes(sep) > 4 or any(g > 127 for g in grouping):
            raise ValueError('invalid override dict')
    if width > MAX_PREC or precision > MAX_PREC:
        raise ValueError(_FORMAT_LIMIT)
    upper = kind in 'EFG'
    kind = kind.lower()
    x = d
    if d._special:
        if align == 'z':
            fill, align = ' ', '>'
        text = _sign_text(d._sign, sign_opt) + d.copy_abs().__str__() + ('%' if kind == '%' else '')
        return _pad(text, fill, align, width)
    dplace = 1
    if kind == '%':
        x = _new(x._sign, x._int, x._exp + 2)
    if precision >= 0:
        r = ctx.rounding
        if kind == 'g':
            prec = precision or 1
            if _ndigits(x._int) > prec:
                x = _round_digits(x, prec, r)
        elif kind == 'e':
            if x._int == 0:
                dplace = 1 - precision
            else:
                x = _round_digits(x, precision + 1, r)
        else:
            if -precision < MIN_ETINY:
                raise ValueError(_FORMAT_LIMIT)
            coeff, _ = _rescale(x._sign, x._int, x._exp, -precision, r)
            x = _new(x._sign, coeff, -precision)
    if kind in 'f%' and x._int == 0 and x._exp > 0:
        x = _new(x._sign, 0, 0)
    if no_neg_zero and x._sign and x._int == 0 and (not upper or d._int == 0):
        x = _new(0, 0, x._exp)
    text = _sign_text(x._sign, sign_opt) + _number_text(x, kind, upper, dplace)
    if kind == '%':
        text += '%'
    if dot:
        text = _apply_lconv(text, dot, sep, grouping, align, width)
    return _pad(text, fill, align, width)


def _number_text(x, kind, upper, dplace):
    """The digits of finite x as _mpd_to_string writes them for a format type (no sign)."""
    nd = _ndigits(x._int)
    ldigits = nd + x._exp
    if kind == 'e':
        pass
    elif kind in 'f%' or (x._exp <= 0 and ldigits > -6):
        dplace = ldigits
    if max(dplace, -dplace) > _TOO_BIG:
        raise MemoryError          # a fixed-point text of billions of digits
    digits = _str(x._int)
    if dplace <= 0:
        text = '0.' + '0' * -dplace + digits
    elif dplace >= nd:
        text = digits + '0' * (dplace - nd)
    else:
        text = digits[:dplace] + '.' + digits[dplace:]
    if ldigits != dplace or kind == 'e':
        text += ('E' if upper else 'e') + '%+d' % (ldigits - dplace)
    return text


def _apply_lconv(text, dot, sep, grouping, align, width):
    """text with its decimal point replaced by dot and separators inserted into the integer part;
    with zero padding ('0' flag) the padding zeros are grouped too (_mpd_add_sep_dot)."""
    sign = ''
    if text[:1] in ('+', '-', ' '):
        sign, text = text[0], text[1:]
    k = 0
    while k < len(text) and text[k] in '0123456789':
        k += 1
    intpart, rest = text[:k], text[k:]
    has_dot = rest[:1] == '.'
    if has_dot:
        rest = rest[1:]
    if not has_dot and (not sep or not grouping):
        return sign + text
    out = [rest]
    nchars = len(rest)
    if has_dot:
        out.append(dot)
        nchars += 1
    gi = 0
    consume = grouping[0] if grouping else 0
    n_src = len(intpart)
    pad = False
    while True:
        g = grouping[gi] if gi < len(grouping) else 0
        if g == 0 or g >= 127 or consume > n_src:
            consume = n_src
        n_src -= consume
        out.append('0' * consume if pad else intpart[n_src:n_src + consume])
        nchars += consume
        if n_src == 0:
            if align == 'z' and nchars + len(sign) < width:
                n_src = width - (nchars + len(sign))
                consume = g - consume
                pad = True
                continue
            break
        if sep:
            if pad and n_src > 1:
                n_src -= 1
            out.append(sep)
            nchars += 1
        if g and gi + 1 < len(grouping) and grouping[gi + 1]:
            gi += 1
        consume = grouping[gi] if gi < len(grouping) else 0
    out.append(sign)
    return ''.join(reversed(out))


def _round_digits(x, ndigits, rounding):
    """x rounded to ndigits significant digits (_mpd_round: the adjusted exponent may grow by one)."""
    exp = x._exp + _ndigits(x._int) - ndigits
    coeff, _ = _rescale(x._sign, x._int, x._exp, exp, rounding)
    if _ndigits(coeff) > ndigits:
        coeff, _ = _rescale(x._sign, coeff, exp, exp + 1, rounding)
        exp += 1
    return _new(x._sign, coeff, exp)


def _sign_text(sign, opt):
    if sign:
        return '-'
    return '' if opt == '-' else opt


def _pad(text, fill, align, width):
    """text padded with fill to width characters (_mpd_add_pad; '0' padding keeps the sign first)."""
    pad = width - len(text)
    if pad <= 0:
        return text
    if align == 'z':
        align = '='
    if align == '<':
        return text + fill * pad
    if align == '^':
        return fill * (pad // 2) + text + fill * (pad - pad // 2)
    if align == '=' and text[:1] in ('+', '-', ' '):
        return text[0] + fill * pad + text[1:]
    return fill * pad + text


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
_default_context = DefaultContext
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
