"""Decimal floating point, basics (Immortal's own implementation of the decimal module's documented
CPython 3.12 behaviour). A Decimal is (sign, integer coefficient, exponent) or a special value;
construction is exact, arithmetic rounds once to the context (precision 28, ROUND_HALF_EVEN by
default) and records signals in context.flags, raising the trapped ones like the C module does.
exp, ln, log10 and non-integral powers are correctly rounded (integer fixed point with retries)."""

import math
import sys

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

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


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


# The signals in the order Context reprs list them.
_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded,
            Subnormal, Underflow]


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


# ---- contexts ------------------------------------------------------------------------------------

class _SignalDict(dict):
    """flags / traps: a dict from signal class to bool that accepts only the signals as keys."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(key)
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return '{' + ', '.join('<class %r>:%s' % ('decimal.' + s.__name__, self[s]) for s in _SIGNALS) + '}'


def _signal_dict(source):
    d = _SignalDict((s, False) for s in _SIGNALS)
    if isinstance(source, dict):
        for k, v in source.items():
            d[k] = v
    elif source is not None:
        for k in source:
            d[k] = True
    return d


class Context(object):
    """Arithmetic settings: precision, rounding, exponent range, and the signal flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        self.flags = _signal_dict(flags)
        if traps is None:
            traps = dict(base.traps) if base else [InvalidOperation, DivisionByZero, Overflow]
        self.traps = _signal_dict(traps)

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
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                                'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            if not isinstance(value, _SignalDict):
                value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    @staticmethod
    def _check_int(name, value, lo, hi, text):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not lo <= value <= hi:
            if name in ('capitals', 'clamp'):
                raise ValueError('valid values for %s are 0 or 1' % name)
            raise ValueError('valid range for %s is %s' % (name, text))

    def __repr__(self):
        flags = ', '.join(s.__name__ for s in _SIGNALS if self.flags[s])
        traps = ', '.join(s.__name__ for s in _SIGNALS if self.traps[s])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, flags, traps))

    def copy(self):
        """An independent copy (flags and traps included)."""
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return self.Emin - self.prec + 1

    def Etop(self):
        """The largest exponent with clamping: Emax - prec + 1."""
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        """Decimal(num) rounded to this context."""
        d = Decimal(num, self)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _raise(self, conditions):
        """Record conditions in the flags; raise the first trapped one (listing all trapped ones)."""
        trapped = []
        for c in conditions:
            s = _signal_of(c)
            self.flags[s] = True
            if self.traps[s] and c not in trapped:
                trapped.append(c)
        if trapped:
            trapped.sort(key=lambda c: _SIGNALS.index(_signal_of(c)))
            raise _signal_of(trapped[0])(trapped)

    # A few operations in context form.
    def add(self, a, b): return _dec(a, True).__add__(b, self)
    def subtract(self, a, b): return _dec(a, True).__sub__(b, self)
    def multiply(self, a, b): return _dec(a, True).__mul__(b, self)
    def divide(self, a, b): return _dec(a, True).__truediv__(b, self)
    def divide_int(self, a, b): return _dec(a, True).__floordiv__(b, self)
    def remainder(self, a, b): return _dec(a, True).__mod__(b, self)
    def power(self, a, b, modulo=None): return _dec(a, True).__pow__(b, modulo, self)
    def plus(self, a): return _dec(a, True).__pos__(self)
    def minus(self, a): return _dec(a, True).__neg__(self)
    def abs(self, a): return _dec(a, True).__abs__(self)
    def sqrt(self, a): return _dec(a, True).sqrt(self)
    def quantize(self, a, b): return _dec(a, True).quantize(b, context=self)
    def compare(self, a, b): return _dec(a, True).compare(b, self)
    def to_sci_string(self, a): return str(_dec(a, True))
    def to_eng_string(self, a): return _dec(a, True).to_eng_string(self)
    def exp(self, a): return _dec(a, True).exp(self)
    def ln(self, a): return _dec(a, True).ln(self)
    def log10(self, a): return _dec(a, True).log10(self)
    def logb(self, a): return _dec(a, True).logb(self)
    def number_class(self, a): return _dec(a, True).number_class(self)
    def is_subnormal(self, a): return _dec(a, True).is_subnormal(self)
    def is_normal(self, a): return _dec(a, True).is_normal(self)
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
    def fma(self, a, b, c): return _dec(a, True).fma(b, c, self)
    def copy_abs(self, a): return _dec(a, True).copy_abs()
    def copy_negate(self, a): return _dec(a, True).copy_negate()
    def copy_sign(self, a, b): return _dec(a, True).copy_sign(b)
    def copy_decimal(self, a): return Decimal(_dec(a, True))
    def radix(self): return Decimal(10)


_current = None


def getcontext():
    """The current thread's context (created from DefaultContext on first use)."""
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


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager: a copy of ctx (default: the current context) is current inside the block."""
    if ctx is None:
        ctx = getcontext()
    ctx = ctx.copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(ctx, k, v)
    return _ContextManager(ctx)


# ---- Decimal --------------------------------------------------------------------------------------

# _special: 0 finite, 1 infinity, 2 quiet NaN, 3 signaling NaN (the coefficient is the NaN payload)
_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _new(sign, coeff, exp, special=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = special
    return d


def _ndigits(n):
    if n < 10 ** 18:
        return len(str(n)) if n else 1
    d = n.bit_length() * 30103 // 100000        # a lower bound on the digit count
    while 10 ** d <= n:
        d += 1
    return d


def _round_up(q, r, divisor, sign, rounding):
    """Whether truncated quotient q (remainder r of divisor) rounds away from zero."""
    if r == 0:
        return False
    if rounding == ROUND_HALF_EVEN:
        return 2 * r > divisor or (2 * r == divisor and q & 1 == 1)
    if rounding == ROUND_HALF_UP:
        return 2 * r >= divisor
    if rounding == ROUND_HALF_DOWN:
        return 2 * r > divisor
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return q % 5 == 0   # ROUND_05UP


def _rescale_coeff(sign, coeff, exp, new_exp, rounding):
    """(coefficient, inexact) of sign*coeff*10**exp re-expressed with exponent new_exp."""
    if new_exp <= exp:
        return coeff * 10 ** (exp - new_exp), False
    divisor = 10 ** (new_exp - exp)
    q, r = divmod(coeff, divisor)
    if _round_up(q, r, divisor, sign, rounding):
        q += 1
    return q, r != 0


def _parse(text):
    """(sign, coefficient, exponent, special) of a numeric string, or None."""
    s = text.strip().replace('_', '')   # the C module drops every underscore
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
            if payload.isdecimal() and payload.isascii():
                return sign, int(payload), 0, kind
            return None
    mant, sep, expo = s.replace('E', 'e').partition('e')
    exp = 0
    if sep:
        body = expo[1:] if expo[:1] in '+-' else expo
        if not body or not body.isdecimal():
            return None
        exp = int(expo)
    whole, dot, frac = mant.partition('.')
    if not (whole + frac) or not (whole + frac).isdecimal() or '.' in frac:
        return None
    return sign, int(whole + frac), exp - len(frac), _FINITE


def _dec(value, strict=False):
    """value as a Decimal for arithmetic: Decimals and ints; None (NotImplemented) otherwise."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _new(1 if value < 0 else 0, abs(value), 0)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
    return None


class Decimal(object):
    """An exact decimal number sign * coefficient * 10**exponent, or Infinity / NaN / sNaN."""

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
            (context or getcontext()).flags[FloatOperation] = True
            if (context or getcontext()).traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return cls.from_float(value)
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            coeff = 0
            for dgt in digits:
                if not isinstance(dgt, int) or not 0 <= dgt <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coeff = coeff * 10 + dgt
            if exp == 'F':
                return cls._make(sign, 0, 0, _INF)
            if exp in ('n', 'N'):
                return cls._make(sign, coeff, 0, _NAN if exp == 'n' else _SNAN)
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
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if math.isnan(f):
            return cls._make(0, 0, 0, _NAN)
        sign = 1 if math.copysign(1.0, f) < 0 else 0
        if math.isinf(f):
            return cls._make(sign, 0, 0, _INF)
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1            # d == 2**k
        return cls._make(sign, n * 5 ** k, -k, _FINITE)

    # -- predicates and simple accessors
    def is_nan(self): return self._special >= _NAN
    def is_qnan(self): return self._special == _NAN
    def is_snan(self): return self._special == _SNAN
    def is_infinite(self): return self._special == _INF
    def is_finite(self): return self._special == _FINITE
    def is_zero(self): return self._special == _FINITE and self._int == 0
    def is_signed(self): return self._sign == 1
    def is_normal(self, context=None):
        return self._special == _FINITE and self._int != 0 and self.adjusted() >= (context or getcontext()).Emin
    def is_canonical(self): return True

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if (self._int or not self._special) else ()
        if self._special == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, digits, 'n' if self._special == _NAN else 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        n = -self._int if self._sign else self._int
        if self._exp >= 0:
            return n * 10 ** self._exp, 1
        d = 10 ** -self._exp
        g = math.gcd(n, d)
        return n // g, d // g

    def copy_abs(self): return _new(0, self._int, self._exp, self._special)
    def copy_negate(self): return _new(1 - self._sign, self._int, self._exp, self._special)
    def copy_sign(self, other, context=None):
        return _new(_dec(other, True)._sign, self._int, self._exp, self._special)

    @property
    def real(self): return self

    @property
    def imag(self): return Decimal(0)

    def conjugate(self): return self

    # -- text
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == _INF:
            return sign + 'Infinity'
        if self._special:
            return sign + ('NaN' if self._special == _NAN else 'sNaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
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
        return "Decimal('%s')" % str(self)

    def __format__(self, spec, context=None):
        return _format(self, spec, context or getcontext())

    # -- rounding to a context
    def _fix(self, ctx):
        """self rounded to ctx's precision and exponent range, signalling what happened."""
        if self._special:
            if self._special >= _NAN and _ndigits(self._int) > ctx.prec - ctx.clamp and self._int:
                return _new(self._sign, int(str(self._int)[-(ctx.prec - ctx.clamp):]), 0, self._special)
            return self if type(self) is Decimal else _new(self._sign, self._int, self._exp, self._special)
        etiny, etop = ctx.Etiny(), ctx.Etop()
        sign, coeff, exp = self._sign, self._int, self._exp
        conditions = []
        if coeff == 0:
            top = ctx.Emax if not ctx.clamp else etop
            new_exp = min(max(exp, etiny), top)
            if new_exp != exp:
                ctx._raise([Clamped])
            return _new(sign, 0, new_exp)
        nd = _ndigits(coeff)
        exp_min = nd + exp - ctx.prec
        if exp_min > etop:
            return _overflow(sign, ctx)
        subnormal = exp_min < etiny
        if subnormal:
            exp_min = etiny
        if exp < exp_min:
            coeff, inexact = _rescale_coeff(sign, coeff, exp, exp_min, ctx.rounding)
            exp = exp_min
            if _ndigits(coeff) > ctx.prec:
                coeff //= 10
                exp += 1
                if exp > etop:
                    return _overflow(sign, ctx)
            if subnormal:
                conditions.append(Subnormal)
                if inexact:
                    conditions.append(Underflow)
                if coeff == 0:
                    conditions.append(Clamped)
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
            ctx._raise(conditions)
            return _new(sign, coeff, exp)
        if subnormal:
            ctx._raise([Subnormal])
        if ctx.clamp and exp > etop:
            ctx._raise([Clamped])
            return _new(sign, coeff * 10 ** (exp - etop), etop)
        return self if type(self) is Decimal else _new(sign, coeff, exp)

    # -- arithmetic
    def _nan_result(self, other, ctx):
        """The NaN result when an operand is a NaN (sNaN signals InvalidOperation), else None."""
        for x in (self, other):
            if x is not None and x._special == _SNAN:
                ctx._raise([InvalidOperation])
                return _new(x._sign, x._int, 0, _NAN)
        for x in (self, other):
            if x is not None and x._special == _NAN:
                return _new(x._sign, x._int, 0, _NAN)._fix(ctx)
        return None

    def __add__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        ctx = context or getcontext()
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
            if self._special == _INF and other._special == _INF and self._sign != other._sign:
                return _invalid(ctx)
            inf = self if self._special == _INF else other
            return _new(inf._sign, 0, 0, _INF)
        x, y = (self, other) if self._exp >= other._exp else (other, self)
        ysign, yint, yexp = y._sign, y._int, y._exp
        # When y lies wholly below the digits that can influence the rounded result, only its sign
        # and "nonzero" matter: a single 1 just below that point rounds the same (no huge alignment).
        floor_exp = x._exp + min(-1, _ndigits(x._int) - ctx.prec - 2)
        if x._int and yint and _ndigits(yint) + yexp - 1 < floor_exp:
            yint, yexp = 1, floor_exp
        exp = min(x._exp, yexp)
        a = x._int * 10 ** (x._exp - exp) * (-1 if x._sign else 1)
        b = yint * 10 ** (yexp - exp) * (-1 if ysign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (self._sign != other._sign and ctx.rounding == ROUND_FLOOR) else 0
        else:
            sign = 1 if total < 0 else 0
        return _new(sign, abs(total), exp)._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
            if (self._special == _INF and other.is_zero()) or (other._special == _INF and self.is_zero()):
                return _invalid(ctx)
            return _new(sign, 0, 0, _INF)
        return _new(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        ctx = context or getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan
            if self._special == _INF and other._special == _INF:
                return _invalid(ctx)
            if self._special == _INF:
                return _new(sign, 0, 0, _INF)
            ctx._raise([Clamped])
            return _new(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return _invalid(ctx, DivisionUndefined)
            ctx._raise([DivisionByZero])
            return _new(sign, 0, 0, _INF)
        ideal = self._exp - other._exp
        if self._int == 0:
            return _new(sign, 0, ideal)._fix(ctx)
        shift = _ndigits(other._int) - _ndigits(self._int) + ctx.prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, r = divmod(self._int * 10 ** shift, other._int)
        else:
            q, r = divmod(self._int, other._int * 10 ** -shift)
        if r:
            if q % 5 == 0:
                q += 1            # a sticky digit: the quotient is not exact
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _new(sign, q, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other.__truediv__(self, context)

    def _divide_int(self, other, ctx, want='qr'):
        """(quotient, remainder) truncating toward zero, or a NaN pair; both unrounded checks done."""
        sign = self._sign ^ other._sign
        if self._special or other._special:
            nan = self._nan_result(other, ctx)
            if nan is not None:
                return nan, nan
            if self._special == _INF and other._special == _INF:
                r = _invalid(ctx)
                return r, r
            if self._special == _INF:
                return _new(sign, 0, 0, _INF), _invalid(ctx)
            return _new(sign, 0, 0), _new(self._sign, self._int, self._exp)._fix(ctx)
        if other._int == 0:
            if self._int == 0:
                r = _invalid(ctx, DivisionUndefined)
                return r, r
            # the quotient divides by zero, the remainder is invalid: signal what is asked for at once
            ctx._raise({'q': [DivisionByZero], 'r': [InvalidOperation]}.get(want, [DivisionByZero, InvalidOperation]))
            return _new(sign, 0, 0, _INF), _new(0, 0, 0, _NAN)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _ndigits(q) > ctx.prec:
            res = _invalid(ctx, DivisionImpossible)
            return res, res
        return _new(sign, q, 0), _new(self._sign, r, exp)._fix(ctx)

    def __floordiv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._divide_int(other, context or getcontext(), 'q')[0]

    def __rfloordiv__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._divide_int(other, context or getcontext(), 'r')[1]

    def __rmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return self._divide_int(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        if modulo is not None:
            raise NotImplementedError('three-argument pow() of Decimals is not supported by Immortal yet')
        ctx = context or getcontext()
        nan = self._nan_result(other, ctx) if (self._special or other._special) else None
        if nan is not None:
            return nan
        if self._special or other._special or other._exp < 0 and other._int % 10 ** -other._exp:
            return self._power_real(other, ctx)
        if other.adjusted() > 6:
            if self._int and str(self._int).rstrip('0') != '1':
                return self._power_real(other, ctx)
            if self._int:
                raise NotImplementedError('Decimal power of a power of ten with a huge exponent is not supported by Immortal yet')
        n = other._int * 10 ** other._exp if other._exp >= 0 else other._int // 10 ** -other._exp
        sign = self._sign if n % 2 else 0
        if other._sign and n:
            if self._int == 0:
                return _new(sign, 0, 0, _INF)
            # 1 / self**n, rounded once: an exact power then one correctly rounded division
            return _new(sign, 1, 0).__truediv__(_new(0, self._int ** n, self._exp * n), ctx)
        if n == 0:
            if self._int == 0:
                return _invalid(ctx)
            return _new(0, 1, 0)._fix(ctx)
        return _new(sign, self._int ** n, self._exp * n)._fix(ctx)

    def __rpow__(self, other, context=None):
        other = _dec(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, None, context)

    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special >= _NAN:
            return self._nan_result(None, ctx)
        sign = 0 if (self.is_zero() and ctx.rounding != ROUND_FLOOR) else 1 - self._sign
        return _new(sign, self._int, self._exp, self._special)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special >= _NAN:
            return self._nan_result(None, ctx)
        sign = 0 if (self.is_zero() and ctx.rounding != ROUND_FLOOR) else self._sign
        return _new(sign, self._int, self._exp, self._special)._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if self._special >= _NAN:
            return self._nan_result(None, ctx)
        return _new(0, self._int, self._exp, self._special)._fix(ctx)

    def sqrt(self, context=None):
        """The square root, correctly rounded to the context precision."""
        ctx = context or getcontext()
        if self._special >= _NAN:
            return self._nan_result(None, ctx)
        if self.is_zero():
            return _new(self._sign, 0, self._exp // 2)._fix(ctx)
        if self._sign:
            return _invalid(ctx)
        if self._special == _INF:
            return self
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
        saved = ctx.rounding
        object.__setattr__(ctx, 'rounding', ROUND_HALF_EVEN)
        try:
            return _new(0, root, exp)._fix(ctx)
        finally:
            object.__setattr__(ctx, 'rounding', saved)

    def next_plus(self, context=None):
        """The smallest representable number larger than self."""
        return self._next(context or getcontext(), 0)

    def next_minus(self, context=None):
        """The largest representable number smaller than self."""
        return self._next(context or getcontext(), 1)

    def _next(self, ctx, down):
        if self._special >= _NAN:
            return self._nan_result(None, ctx)
        if self._special == _INF:
            if self._sign == down:
                return self
            return _new(1 - down, 10 ** ctx.prec - 1, ctx.Etop())
        work = ctx.copy()
        work.clear_traps()
        work.rounding = ROUND_FLOOR if down else ROUND_CEILING
        fixed = self._fix(work)
        if _cmp(fixed, self) != 0:
            return fixed
        return self.__add__(_new(down, 1, work.Etiny() - 1), work)

    def exp(self, context=None):
        """e ** self, correctly rounded (Inexact and Rounded unless self is zero)."""
        ctx = context or getcontext()
        if self._special:
            if self._special >= _NAN:
                return self._nan_result(None, ctx)
            return _new(0, 0, 0) if self._sign else _new(0, 0, 0, _INF)
        if self._int == 0:
            return _new(0, 1, 0)
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
        special = self._log_special(ctx)
        if special is not None:
            return special
        c, e = self._int, self._exp
        text = str(c).rstrip('0')
        if text == '1':
            n = e + _ndigits(c) - 1
            return _new(1 if n < 0 else 0, abs(n), 0)._fix(ctx)

        def approx(w):
            return _ln_fixed(c, e, w + 8) * 10 ** w // _ln10(w + 8), -w, 2
        return _ziv(ctx, approx, _log_start(self, ctx.prec))

    def _log_special(self, ctx):
        """The result of ln/log10 for NaN, infinite, zero, negative and one operands, else None."""
        if self._special >= _NAN:
            return self._nan_result(None, ctx)
        if self._int == 0 and not self._special:
            return _new(1, 0, 0, _INF)
        if self._sign:
            return _invalid(ctx)
        if self._special == _INF:
            return _new(0, 0, 0, _INF)
        if self._exp <= 0 and self._int == 10 ** -self._exp:
            return _new(0, 0, 0)
        return None

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        ctx = context or getcontext()
        if self._special >= _NAN:
            return self._nan_result(None, ctx)
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

    def is_subnormal(self, context=None):
        return self._special == _FINITE and self._int != 0 and self.adjusted() < (context or getcontext()).Emin

    def compare_total(self, other, context=None):
        """-1, 0 or 1 as Decimals, by the total order (which also orders NaNs and exponents)."""
        k = _total_cmp(self, _dec(other, True))
        return _new(0, 0, 0) if k == 0 else _new(1 if k < 0 else 0, 1, 0)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_dec(other, True).copy_abs())

    def compare_signal(self, other, context=None):
        ctx = context or getcontext()
        other = _dec(other, True)
        if self.is_nan() or other.is_nan():
            ctx._raise([InvalidOperation])
            return _new(0, 0, 0, _NAN)
        return self.compare(other, ctx)

    def same_quantum(self, other, context=None):
        other = _dec(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def radix(self):
        return _new(0, 10, 0)

    def _logical_digits(self, ctx):
        """The coefficient's digit string when self is a logical operand (sign 0, exponent 0, 0/1 digits)."""
        if self._special or self._sign or self._exp != 0:
            return None
        text = str(self._int)
        if text.strip('01'):
            return None
        return text[-ctx.prec:] if ctx.prec else ''

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
        return _new(0, int(bits), 0)

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
        return _new(0, int(bits), 0)

    def _shift_amount(self, other, ctx):
        """(result, count): a NaN/invalid result, or the validated integer count of rotate/shift."""
        other = _dec(other, True)
        nan = self._nan_result(other, ctx) if (self._special >= _NAN or other._special >= _NAN) else None
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
        digits = str(self._int)[-ctx.prec:].rjust(ctx.prec, '0')
        n %= ctx.prec if ctx.prec else 1
        return _new(self._sign, int(digits[n:] + digits[:n]), self._exp)

    def shift(self, other, context=None):
        """The coefficient shifted left by other digits (right when negative), kept to prec digits."""
        ctx = context or getcontext()
        result, n = self._shift_amount(other, ctx)
        if result is not None:
            return result
        c = self._int % 10 ** ctx.prec
        c = c * 10 ** n if n >= 0 else c // 10 ** -n
        return _new(self._sign, c % 10 ** ctx.prec, self._exp)

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = context or getcontext()
        other, third = _dec(other, True), _dec(third, True)
        if self._special or other._special:
            for x in (self, other, third):
                if x._special == _SNAN:
                    ctx._raise([InvalidOperation])
                    return _new(x._sign, x._int, 0, _NAN)._fix(ctx)
            for x in (self, other):
                if x._special == _NAN:
                    return _new(x._sign, x._int, 0, _NAN)._fix(ctx)
            if (self._special == _INF and other.is_zero()) or (other._special == _INF and self.is_zero()):
                return _invalid(ctx)
            product = _new(self._sign ^ other._sign, 0, 0, _INF)
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
        return product.__add__(third, ctx)

    def _power_real(self, other, ctx):
        """self ** other for a non-integral or infinite exponent, or an integral one too big to do
        exactly (then self is finite, positive after the sign is taken off, and not a power of ten)."""
        if other._special == _INF:
            if self._sign and not self.is_zero():
                return _invalid(ctx)
            if self._special == _INF or self._int:
                c = _cmp(self.copy_abs(), _new(0, 1, 0)) if self._special != _INF else 1
                if c == 0:
                    return _new(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)._fix_inexact(ctx)
                big = (c > 0) != bool(other._sign)
                return _new(0, 0, 0, _INF) if big else _new(0, 0, 0)
            return _new(0, 0, 0) if not other._sign else _new(0, 0, 0, _INF)
        if other._int == 0:
            if self.is_zero():
                return _invalid(ctx)
            return _new(0, 1, 0)._fix(ctx)
        integral = other._exp >= 0 or other._int % 10 ** -other._exp == 0
        sign = 0
        if self._sign and not self.is_zero():
            if not integral:
                return _invalid(ctx)
            n = other._int * 10 ** other._exp if other._exp >= 0 else other._int // 10 ** -other._exp
            sign = n & 1
        if self._special == _INF:
            return _new(sign, 0, 0, _INF) if not other._sign else _new(sign, 0, 0)
        if self._int == 0:
            return _new(sign, 0, 0) if not other._sign else _new(sign, 0, 0, _INF)
        if _cmp(self.copy_abs(), _new(0, 1, 0)) == 0:
            return _new(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec)._fix_inexact(ctx)
        # size of y * ln|x| from a low-precision logarithm decides certain overflow/underflow
        small = Context(prec=20, Emax=MAX_EMAX, Emin=MIN_EMIN)
        lnx = self.copy_abs().ln(small)
        mag = lnx.adjusted() + other.adjusted()
        negative = lnx._sign != other._sign
        if mag > 25 or mag > 2 and \
                (_ndigits(ctx.Emax) if not negative else _ndigits(ctx.prec - ctx.Etiny())) + 1 < mag:
            return _new(sign, 1, ctx.Etiny() - 2 if negative else ctx.Emax + 1)._fix(ctx)
        if mag < -(ctx.prec + 4):
            return _new(sign, 10 ** (ctx.prec - 1), 1 - ctx.prec)._fix_inexact(ctx)
        xc, xe, yc, ye = self._int, self._exp, other._int, other._exp
        ysign = -1 if other._sign else 1

        def approx(w):
            s = w + 12 + max(0, mag + 1)
            num = ysign * yc * _ln_fixed(xc, xe, s)
            scale = s - ye
            if scale < 0:
                num, scale = num * 10 ** -scale, 0
            m, ex, err = _exp_fixed(num, scale, w)
            return (-m if sign else m), ex, err
        return _ziv(ctx, approx, ctx.prec + 6, False)

    def _fix_inexact(self, ctx):
        """self (prec digits already), flagged Inexact and Rounded as libmpdec does for results of 1."""
        ctx._raise([Inexact, Rounded])
        return self

    def normalize(self, context=None):
        """Rounded to the context, with trailing zeros of the coefficient removed."""
        ctx = context or getcontext()
        if self._special:
            return self._nan_result(None, ctx) if self._special >= _NAN else self
        d = self._fix(ctx)
        if d._int == 0:
            return _new(d._sign, 0, 0)
        c, e = d._int, d._exp
        top = ctx.Emax if not ctx.clamp else ctx.Etop()
        while c % 10 == 0 and e < top:
            c //= 10
            e += 1
        return _new(d._sign, c, e)

    def quantize(self, exp, rounding=None, context=None):
        """self rounded (by rounding or the context's) to the exponent of exp."""
        ctx = context or getcontext()
        exp = _dec(exp, True)
        if self._special or exp._special:
            nan = self._nan_result(exp, ctx)
            if nan is not None:
                return nan
            if self._special == _INF and exp._special == _INF:
                return _new(self._sign, 0, 0, _INF)
            return _invalid(ctx)
        e = exp._exp
        if not ctx.Etiny() <= e <= ctx.Emax:
            return _invalid(ctx)
        if self._int == 0:
            return _new(self._sign, 0, e)       # a zero takes the exponent with no flags
        coeff, inexact = _rescale_coeff(self._sign, self._int, self._exp, e, rounding or ctx.rounding)
        if _ndigits(coeff) > ctx.prec or (coeff and _ndigits(coeff) + e - 1 > ctx.Emax):
            return _invalid(ctx)
        conditions = []
        if inexact:
            conditions.append(Inexact)
        if e > self._exp:
            conditions.append(Rounded)
        if conditions:
            ctx._raise(conditions)
        return _new(self._sign, coeff, e)

    def to_integral_value(self, rounding=None, context=None):
        """Rounded to an integer (exponent 0 when it was negative), with no Inexact/Rounded flags."""
        ctx = context or getcontext()
        if self._special:
            return self._nan_result(None, ctx) if self._special >= _NAN else self
        if self._exp >= 0:
            return self
        coeff, _ = _rescale_coeff(self._sign, self._int, self._exp, 0, rounding or ctx.rounding)
        return _new(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """Like to_integral_value, but signalling Inexact and Rounded."""
        ctx = context or getcontext()
        if self._special or self._exp >= 0:
            return self.to_integral_value(rounding, ctx)
        coeff, inexact = _rescale_coeff(self._sign, self._int, self._exp, 0, rounding or ctx.rounding)
        ctx._raise(([Inexact] if inexact else []) + [Rounded])
        return _new(self._sign, coeff, 0)

    def scaleb(self, other, context=None):
        ctx = context or getcontext()
        other = _dec(other, True)
        nan = self._nan_result(other, ctx) if (self._special >= _NAN or other._special >= _NAN) else None
        if nan is not None:
            return nan
        if other._special or other._exp != 0 or other._int > 2 * (ctx.Emax + ctx.prec):
            return _invalid(ctx)
        if self._special == _INF:
            return _new(self._sign, 0, 0, _INF)
        return _new(self._sign, self._int, self._exp + int(other), self._special)._fix(context or getcontext())

    # -- comparisons
    def _compare(self, other, op):
        """-1/0/1, None when a NaN is involved (ordering signals InvalidOperation), or NotImplemented."""
        ctx = getcontext()
        if isinstance(other, float):
            ctx._raise([FloatOperation]) if op != 'eq' else ctx.flags.__setitem__(FloatOperation, True)
            other = Decimal.from_float(other)
        elif isinstance(other, (int, Decimal)):
            other = _dec(other)
        elif _is_rational(other):
            if self._special:
                if self._special >= _NAN:
                    if op != 'eq':
                        ctx._raise([InvalidOperation])
                    return None
                return -1 if self._sign else 1
            n, d = self.as_integer_ratio()
            a, b = n * other.denominator, other.numerator * d
            return (a > b) - (a < b)
        else:
            return NotImplemented
        if self.is_nan() or other.is_nan():
            if op != 'eq':
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

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1); NaN when either operand is a NaN."""
        other = _dec(other, True)
        ctx = context or getcontext()
        if self.is_nan() or other.is_nan():
            return self._nan_result(other, ctx)
        c = _cmp(self, other)
        return _new(1 if c < 0 else 0, abs(c), 0)

    def max(self, other, context=None):
        other = _dec(other, True)
        return (other if _cmp(self, other) < 0 else self)._fix(context or getcontext())

    def min(self, other, context=None):
        other = _dec(other, True)
        return (other if _cmp(self, other) > 0 else self)._fix(context or getcontext())

    def __hash__(self):
        if self._special == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if self._special == _NAN:
            return object.__hash__(self)
        if self._special == _INF:
            return -sys.hash_info.inf if self._sign else sys.hash_info.inf
        n, d = self.as_integer_ratio()
        if d == 1:
            return hash(n)
        m = sys.hash_info.modulus
        h = hash(hash(abs(n)) * pow(d, -1, m))
        h = -h if n < 0 else h
        return -2 if h == -1 else h

    def __bool__(self):
        return self._special != _FINITE or self._int != 0

    # -- conversions
    def __float__(self):
        if self._special == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if self._special == _NAN:
            return float('-nan') if self._sign else float('nan')
        return float(str(self))

    def __int__(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        v = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __floor__(self):
        return int(self.to_integral_value(ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(ROUND_CEILING))

    def __round__(self, n=None):
        if n is None:
            if self._special:
                if self._special == _INF:
                    raise OverflowError('cannot convert Infinity to integer')
                raise ValueError('cannot convert NaN to integer')
            return int(self.to_integral_value(ROUND_HALF_EVEN))
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _is_rational(x):
    # numbers is imported by every module that can make a non-int Rational (fractions, user ABCs),
    # so a missing numbers module means x is not one; importing it here would slow `import decimal`.
    mod = sys.modules.get('numbers')
    return mod is not None and isinstance(x, mod.Rational)


# Decimal is a numbers.Number; numbers.py registers it when it is imported after this module.
if 'numbers' in sys.modules:
    sys.modules['numbers'].Number.register(Decimal)


def _invalid(ctx, condition=InvalidOperation):
    ctx._raise([condition])
    return _new(0, 0, 0, _NAN)


def _overflow(sign, ctx):
    ctx._raise([Overflow, Inexact, Rounded])
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _new(sign, 0, 0, _INF)
    return _new(sign, 10 ** ctx.prec - 1, ctx.Etop())


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
        c = _cmp(a.copy_abs(), b.copy_abs()) or (a._exp > b._exp) - (a._exp < b._exp)
    return -c if a._sign else c


def _cmp(a, b):
    """-1, 0 or 1 comparing two non-NaN Decimals."""
    if a._special == _INF or b._special == _INF:
        va = 0 if a._special != _INF else (-1 if a._sign else 1)
        vb = 0 if b._special != _INF else (-1 if b._sign else 1)
        if va != vb:
            return (va > vb) - (va < vb)
        if va:
            return 0
    exp = min(a._exp, b._exp)
    x = a._int * 10 ** (a._exp - exp) * (-1 if a._sign else 1)
    y = b._int * 10 ** (b._exp - exp) * (-1 if b._sign else 1)
    return (x > y) - (x < y)


def _parse_spec(spec):
    """The fields of a Decimal format spec (the C module's grammar: no '#', no '_'), or None."""
    n = len(spec)
    i = 0
    fill, align = ' ', None
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in '<>=^':
        align, i = spec[0], 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign, i = spec[i], i + 1
    no_neg_zero = False
    if i < n and spec[i] == 'z':
        no_neg_zero, i = True, i + 1
    if i < n and spec[i] == '0' and align is None:
        fill, align = '0', '='
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    comma = False
    if i < n and spec[i] == ',':
        comma, i = True, i + 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            return None
        precision = int(spec[start:i])
    kind = None
    if i < n and spec[i] in 'eEfFgGn%':
        kind, i = spec[i], i + 1
    if i != n:
        return None
    return fill, align or '>', sign, no_neg_zero, width, comma, precision, kind


def _format(d, spec, ctx):
    fields = _parse_spec(spec)
    if fields is None:
        raise ValueError('invalid format string')
    fill, align, sign_opt, no_neg_zero, width, comma, precision, kind = fields
    if kind == 'n':
        kind = 'g'
    if d._special:
        body = str(d.copy_abs()) + ('%' if kind == '%' else '')
        return _align(_sign_text(d._sign, sign_opt), body, fill, align, width)
    if kind is None:
        kind = 'G' if ctx.capitals else 'g'
    if kind in 'gG' and precision == 0:
        precision = 1
    x = d
    if kind == '%':
        x = _new(x._sign, x._int, x._exp + 2)
    r = ctx.rounding
    if precision is not None:
        if kind in 'eE':
            x = _round_digits(x, precision + 1, r)
        elif kind in 'fF%':
            coeff, _ = _rescale_coeff(x._sign, x._int, x._exp, -precision, r)
            x = _new(x._sign, coeff, -precision)
        elif len(str(x._int)) > precision:
            x = _round_digits(x, precision, r)
    if x._int == 0 and x._exp > 0 and kind in 'fF%':
        x = _new(x._sign, 0, 0)
    sign = 0 if (x._int == 0 and no_neg_zero) else x._sign
    digits = str(x._int)
    left = x._exp + len(digits)
    if kind in 'eE':
        dot = 1 - precision if (x._int == 0 and precision is not None) else 1
    elif kind in 'fF%':
        dot = left
    else:
        dot = left if (x._exp <= 0 and left > -6) else 1
    if dot < 0:
        intpart, frac = '0', '0' * -dot + digits
    elif dot > len(digits):
        intpart, frac = digits + '0' * (dot - len(digits)), ''
    else:
        intpart, frac = digits[:dot] or '0', digits[dot:]
    exp = left - dot
    tail = ('.' + frac) if frac else ''
    if exp != 0 or kind in 'eE':
        tail += ('E' if kind in 'EG' else 'e') + '%+d' % exp
    if kind == '%':
        tail += '%'
    sign_text = _sign_text(sign, sign_opt)
    if comma:
        if fill == '0' and align == '=':
            need = width - len(sign_text) - len(tail)
            intpart = intpart.zfill(max(need - need // 4, 1))
        head = 1 + (len(intpart) - 1) % 3
        intpart = ','.join([intpart[:head]] + [intpart[p:p + 3] for p in range(head, len(intpart), 3)])
    return _align(sign_text, intpart + tail, fill, align, width)


def _round_digits(x, ndigits, rounding):
    # exactly ndigits significant digits (zeros are left alone)
    extra = len(str(x._int)) - ndigits
    if x._int == 0 or extra == 0:
        return x
    if extra < 0:
        return _new(x._sign, x._int * 10 ** -extra, x._exp + extra)
    coeff, _ = _rescale_coeff(x._sign, x._int, x._exp, x._exp + extra, rounding)
    e = x._exp + extra
    if len(str(coeff)) > ndigits:
        coeff //= 10
        e += 1
    return _new(x._sign, coeff, e)


def _sign_text(sign, opt):
    if sign:
        return '-'
    return '' if opt == '-' else opt


def _align(sign, body, fill, align, width):
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    if align == '=':
        return sign + fill * pad + body
    return fill * pad + sign + body


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
