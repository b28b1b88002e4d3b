"""Rational numbers (Immortal's own implementation of the fractions module's documented CPython 3.12
behaviour). A Fraction keeps its value in lowest terms with a positive denominator; every operation
with ints and Fractions is exact, mixing in a float or complex gives a float or complex. Hashes agree
with equal ints and floats, and format() accepts the float presentation types (3.12)."""

import math
import numbers
import sys

__all__ = ['Fraction']

# The operator module's functions, written out so importing fractions stays cheap.
def _op_add(a, b): return a + b
def _op_sub(a, b): return a - b
def _op_mul(a, b): return a * b
def _op_truediv(a, b): return a / b
def _op_floordiv(a, b): return a // b
def _op_mod(a, b): return a % b
def _op_lt(a, b): return a < b
def _op_gt(a, b): return a > b
def _op_le(a, b): return a <= b
def _op_ge(a, b): return a >= b

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _hash_of(num, den):
    # hash(n/d) is |n| * d**-1 modulo the hash prime, with the sign of n; a denominator divisible
    # by the prime has no inverse and hashes like infinity.
    try:
        inverse = pow(den, -1, _HASH_MODULUS)
    except ValueError:
        h = _HASH_INF
    else:
        h = hash(hash(abs(num)) * inverse)
    if num < 0:
        h = -h
    return -2 if h == -1 else h


def _toward_zero(n, d):
    # n / d rounded toward zero (// alone rounds toward minus infinity)
    return -(-n // d) if n < 0 else n // d


def _is_decimal(x):
    # Only an imported decimal module can have made a Decimal, so this never imports it.
    mod = sys.modules.get('decimal')
    return mod is not None and isinstance(x, mod.Decimal)


def _digits_end(s, i):
    """End of a run of decimal digits with single underscores between them that starts at i, or -1."""
    n = len(s)
    if i >= n or not s[i].isdecimal():
        return -1
    while True:
        while i < n and s[i].isdecimal():
            i += 1
        if i + 1 < n and s[i] == '_' and s[i + 1].isdecimal():
            i += 1
            continue
        return i


def _parse(text):
    """(numerator, denominator) of a Fraction literal, not yet in lowest terms; None when invalid."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    if not (i < n and (s[i].isdecimal() or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    end = _digits_end(s, i)
    if end < 0:
        end = i
    num = int(s[i:end]) if end > i else 0
    den = 1
    i = end
    j = i
    while j < n and s[j].isspace():
        j += 1
    if j < n and s[j] == '/':
        j += 1
        while j < n and s[j].isspace():
            j += 1
        end = _digits_end(s, j)
        if end < 0 or end != n:
            return None
        den = int(s[j:end])
    else:
        if i < n and s[i] == '.':
            i += 1
            end = _digits_end(s, i)
            if end > i:
                frac = s[i:end].replace('_', '')
                scale = 10 ** len(frac)
                num = num * scale + int(frac)
                den = scale
                i = end
        if i < n and s[i] in 'eE':
            i += 1
            start = i
            if i < n and s[i] in '+-':
                i += 1
            end = _digits_end(s, i)
            if end < 0:
                return None
            exp = int(s[start:end])
            i = end
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
        if i != n:
            return None
    return (-num if negative else num), den


def _round_at(n, d, exponent, sign_of_result):
    """n/d rounded half-even to a multiple of 10**exponent: (negative, |multiple|).
    With sign_of_result the sign is that of the rounded value (so -0.001 at 10**-2 is positive)."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(2 * n + d, 2 * d)        # floor(n/d + 1/2)
    if r == 0:                              # exactly halfway: pick the even neighbour
        q -= q & 1
    return (q < 0 if sign_of_result else n < 0), abs(q)


def _round_sig(n, d, figures):
    """n/d rounded half-even to `figures` significant digits: (negative, significand, exponent) with
    10**(figures-1) <= significand < 10**figures (or 0 with exponent 1-figures for zero)."""
    if n == 0:
        return False, 0, 1 - figures
    # m with 10**(m-1) <= |n|/d <= 10**m, from the lengths of the decimal strings.
    sn, sd = str(abs(n)), str(d)
    m = len(sn) - len(sd) + (1 if sd <= sn else 0)
    exponent = m - figures
    negative, sig = _round_at(n, d, exponent, False)
    if sig >= 10 ** figures:
        sig //= 10
        exponent += 1
    return negative, sig, exponent


def _parse_float_spec(spec):
    """The fields of a float-style format spec, or None when it is not one."""
    n = len(spec)
    i = 0
    fill, align = ' ', '>'
    explicit_align = False
    if n >= 2 and spec[1] in '<>=^':
        fill, align, i, explicit_align = spec[0], spec[1], 2, True
    elif n >= 1 and spec[0] in '<>=^':
        align, i, explicit_align = spec[0], 1, True
    sign = ''
    if i < n and spec[i] in '+- ':
        sign = '' if spec[i] == '-' else spec[i]
        i += 1
    no_neg_zero = alternate = zeropad = False
    if i < n and spec[i] == 'z':
        no_neg_zero, i = True, i + 1
    if i < n and spec[i] == '#':
        alternate, i = True, i + 1
    if i + 1 < n and spec[i] == '0' and spec[i + 1] in '0123456789':
        zeropad, i = True, i + 1
    width = 0
    if i < n and spec[i] == '0':
        i += 1
    elif i < n and spec[i] in '123456789':
        start = i
        while i < n and spec[i] in '0123456789':
            i += 1
        width = int(spec[start:i])
    thousands = ''
    if i < n and spec[i] in ',_':
        thousands, i = spec[i], i + 1
    precision = 6
    if i < n and spec[i] == '.':
        i += 1
        if i < n and spec[i] == '0':
            precision, i = 0, i + 1
        elif i < n and spec[i] in '123456789':
            start = i
            while i < n and spec[i] in '0123456789':
                i += 1
            precision = int(spec[start:i])
        else:
            return None
    if i != n - 1 or spec[i] not in 'eEfFgG%':
        return None
    return (fill, align, explicit_align, sign, no_neg_zero, alternate, zeropad, width, thousands,
            precision, spec[i])


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms.

    Fraction(7, -14) == Fraction(-1, 2); Fraction('3/4'), Fraction('-1.25e2'), Fraction(0.5),
    Fraction(other_rational) and Fraction(a, b) with Rational a and b all work.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Build a Fraction from a Rational, a float, a Decimal, a string, or a pair of Rationals."""
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            # One argument: everything but a string is already in lowest terms.
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
            elif isinstance(numerator, Fraction) or isinstance(numerator, numbers.Rational):
                self._numerator, self._denominator = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
            elif not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational instance')
            else:
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                return self._normalize(*parsed)
            return self
        if type(numerator) is not int or type(denominator) is not int:
            if not (isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational)):
                raise TypeError('both arguments should be Rational instances')
            # (p/q) / (r/s) == (p*s) / (r*q)
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        return self._normalize(numerator, denominator)

    def _normalize(self, top, bottom):
        # Store top/bottom in lowest terms with a positive denominator; returns self.
        if bottom == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        common = math.gcd(top, bottom)
        if bottom < 0:
            common = -common
        self._numerator, self._denominator = top // common, bottom // common
        return self

    @classmethod
    def _reduced(cls, numerator, denominator):
        # numerator/denominator already in lowest terms with denominator > 0
        made = super(Fraction, cls).__new__(cls)
        made._numerator, made._denominator = numerator, denominator
        return made

    @classmethod
    def from_float(cls, f):
        """The exact value of a finite float (Fraction.from_float(0.1) is not 1/10)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls._reduced(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a finite Decimal (or of an Integral)."""
        from decimal import Decimal
        if not isinstance(dec, Decimal):
            if not isinstance(dec, numbers.Integral):
                raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                                % (cls.__name__, dec, type(dec).__name__))
            dec = Decimal(int(dec))
        return cls._reduced(*dec.as_integer_ratio())

    def is_integer(self):
        """True when the denominator is 1."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms, denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction closest to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self: lo_* and hi_* are the last two convergents.
        lo_p, lo_q, hi_p, hi_q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            next_q = lo_q + a * hi_q
            if next_q > max_denominator:
                break
            lo_p, lo_q, hi_p, hi_q = hi_p, hi_q, lo_p + a * hi_p, next_q
            n, d = d, n - a * d
        # The best semiconvergent still within the bound, versus the last convergent.
        k = (max_denominator - lo_q) // hi_q
        semi_p, semi_q = lo_p + k * hi_p, lo_q + k * hi_q
        if 2 * d * semi_q <= self._denominator:
            return Fraction._reduced(hi_p, hi_q)
        return Fraction._reduced(semi_p, semi_q)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        """str(self) for an empty spec, else float-style formatting (e, E, f, F, g, G, %), exactly rounded."""
        if not format_spec:
            return str(self)
        fields = _parse_float_spec(format_spec)
        if fields is None:
            raise ValueError(f'Invalid format specifier {format_spec!r} for object of type {type(self).__name__!r}')
        (fill, align, explicit_align, pos_sign, no_neg_zero, alternate, zeropad, width, thousands,
         precision, kind) = fields
        if explicit_align and zeropad:
            raise ValueError(f'Invalid format specifier {format_spec!r} for object of type '
                             f"{type(self).__name__!r}; can't use explicit alignment when zero-padding")
        n, d = self._numerator, self._denominator
        if kind in 'fF%':
            exponent = -precision - (2 if kind == '%' else 0)
            negative, sig = _round_at(n, d, exponent, no_neg_zero)
            scientific = False
            after_point = precision
        else:
            figures = max(precision, 1) if kind in 'gG' else precision + 1
            negative, sig, exponent = _round_sig(n, d, figures)
            scientific = kind in 'eE' or exponent > 0 or exponent + figures <= -4
            after_point = figures - 1 if scientific else -exponent
            if no_neg_zero and sig == 0:
                negative = False
        if kind == '%':
            suffix = '%'
        elif scientific:
            e = exponent + after_point
            suffix = ('E' if kind in 'EFG' else 'e') + ('-' if e < 0 else '+') + ('%02d' % abs(e))
        else:
            suffix = ''
        digits = str(sig).rjust(after_point + 1, '0')
        whole = digits[:len(digits) - after_point]
        frac = digits[len(digits) - after_point:]
        if kind in 'gG' and not alternate:
            frac = frac.rstrip('0')
        point = '.' if frac or alternate else ''
        tail = point + frac + suffix
        sign = '-' if negative else pos_sign
        if zeropad:
            need = width - len(sign) - len(tail)
            # separators are inserted into the zero padding too: ask for fewer digits when grouping
            whole = whole.zfill(3 * need // 4 + 1 if thousands else need)
        if thousands:
            head = 1 + (len(whole) - 1) % 3
            groups = [whole[:head]]
            for p in range(head, len(whole), 3):
                groups.append(whole[p:p + 3])
            whole = thousands.join(groups)
        body = whole + tail
        pad = fill * (width - len(sign) - len(body))
        if align == '>':
            return pad + sign + body
        if align == '<':
            return sign + body + pad
        if align == '^':
            half = len(pad) // 2
            return pad[:half] + sign + body + pad[half:]
        return sign + pad + body

    # Arithmetic: exact with int and Fraction operands, float/complex arithmetic otherwise.
    def _binary(exact, inexact, name):
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return inexact(float(a), b)
            if isinstance(b, complex):
                return inexact(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int) or isinstance(a, numbers.Rational):
                return exact(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return inexact(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return inexact(complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % name
        reverse.__name__ = '__r%s__' % name
        forward.__doc__ = reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _sub(a, b):
        """a - b"""
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    def _mul(a, b):
        """a * b"""
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    def _div(a, b):
        """a / b"""
        if b._numerator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        q, r = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return q, Fraction(r, a.denominator * b.denominator)

    def _mod(a, b):
        """a % b"""
        return Fraction((a.numerator * b.denominator) % (b.numerator * a.denominator),
                        a.denominator * b.denominator)

    __add__, __radd__ = _binary(_add, _op_add, 'add')
    __sub__, __rsub__ = _binary(_sub, _op_sub, 'sub')
    __mul__, __rmul__ = _binary(_mul, _op_mul, 'mul')
    __truediv__, __rtruediv__ = _binary(_div, _op_truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _binary(_floordiv, _op_floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _binary(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _binary(_mod, _op_mod, 'mod')
    del _binary

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, a float (or complex) otherwise."""
        if isinstance(b, (int, Fraction)) or isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            p = b.numerator
            n, d = a._numerator, a._denominator
            if p >= 0:
                return Fraction._reduced(n ** p, d ** p)
            if n == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % d ** -p)
            if n > 0:
                return Fraction._reduced(d ** -p, n ** -p)
            return Fraction._reduced((-d) ** -p, (-n) ** -p)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b where only b is a Fraction."""
        whole = b._denominator == 1
        if whole and b._numerator >= 0:
            return a ** b._numerator  # a natural-number power: let a's type do it
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** b._numerator if whole else a ** float(b)

    def __pos__(a):
        """Plus: always an exact Fraction, even for a subclass."""
        return Fraction._reduced(a._numerator, a._denominator)

    def __neg__(a):
        """Negation."""
        return Fraction._reduced(-a._numerator, a._denominator)

    def __abs__(a):
        """Absolute value."""
        return Fraction._reduced(abs(a._numerator), a._denominator)

    # Integer conversions. Python's // rounds toward minus infinity, so ceil is -((-n) // d), and
    # truncation picks floor or ceil by the sign.
    def __floor__(a):
        """Largest int <= a."""
        return a._numerator // a._denominator

    def __ceil__(a):
        """Smallest int >= a."""
        return -(-a._numerator // a._denominator)

    def __trunc__(a):
        """a rounded toward zero."""
        return _toward_zero(a._numerator, a._denominator)

    def __int__(a):
        """int(a): rounds toward zero."""
        return _toward_zero(a._numerator, a._denominator).__index__()

    def __round__(self, ndigits=None):
        """round(self) is an int, round(self, n) a Fraction; ties go to the even neighbour."""
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice > self._denominator or (twice == self._denominator and q & 1):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """Equal to the hash of an equal int or float."""
        return _hash_of(self._numerator, self._denominator)

    def __eq__(a, b):
        """Exact equality; a float or a complex with no imaginary part compares by its exact value."""
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, (int, Fraction)) or isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex):
            if b.imag == 0:
                b = b.real
            else:
                return NotImplemented
        if not isinstance(b, float):
            return NotImplemented
        if math.isfinite(b):
            return a == a.from_float(b)
        return b == 0.0  # nan and infinities equal no Fraction

    def _compare(self, other, op):
        # (int and Fraction first: the ABC check is the slow path)
        if isinstance(other, (int, Fraction)) or isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """Less than."""
        return a._compare(b, _op_lt)

    def __gt__(a, b):
        """Greater than."""
        return a._compare(b, _op_gt)

    def __le__(a, b):
        """Less than or equal."""
        return a._compare(b, _op_le)

    def __ge__(a, b):
        """Greater than or equal."""
        return a._compare(b, _op_ge)

    def __bool__(a):
        """True unless zero."""
        return bool(a._numerator)

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)
