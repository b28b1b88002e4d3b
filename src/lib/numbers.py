"""The numeric tower of abstract base classes (PEP 3141), written for Immortal from the documented
behaviour of CPython 3.12's numbers module: Number > Complex > Real > Rational > Integral.

complex, float and int are registered as virtual subclasses (bool follows through int); each ABC
declares its abstract operations (their bodies raise NotImplementedError, for super() calls), and
mixin methods derive the rest from them (Real.__complex__, Integral.__index__, ...). Within a
class the declarations are grouped by kind: conversions, parts, arithmetic, comparisons."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Root of the numeric tower: isinstance(x, Number) says x is a number of some kind."""
    __slots__ = ()

    # no hashing rule of its own: concrete numbers define __hash__ (consistent with ==)
    __hash__ = None


class Complex(Number):
    """Numbers with a real and an imaginary part and the arithmetic of the builtin complex."""
    __slots__ = ()

    # -- conversion and parts
    @abstractmethod
    def __complex__(self):
        """complex(self). (The abstract version answers None.)"""

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """abs(self): the magnitude, a Real."""
        raise NotImplementedError

    def __bool__(self):
        """True unless self == 0."""
        return self != 0

    # -- arithmetic: each binary operator with its reflected form
    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    def __sub__(self, other):
        # subtraction is addition of the negation
        return self + -other

    def __rsub__(self, other):
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    # -- unary
    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    # -- comparison (complex numbers have no order, only equality)
    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, convertible to float, with floor division,
    modulo, and rounding."""
    __slots__ = ()

    # -- conversions
    @abstractmethod
    def __float__(self):
        """float(self)."""
        raise NotImplementedError

    def __complex__(self):
        """complex(self): the value with no imaginary part."""
        return complex(float(self))

    # -- rounding to an Integral (round with ndigits gives a Real)
    @abstractmethod
    def __trunc__(self):
        """math.trunc(self): toward zero."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """math.floor(self): toward minus infinity."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """math.ceil(self): toward plus infinity."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """round(self, ndigits): to nearest, ties to even."""
        raise NotImplementedError

    # -- parts: a real number is its own real part and its own conjugate
    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    # -- floor division and modulo, and divmod built from them
    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    def __divmod__(self, other):
        """divmod(self, other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self)."""
        return (other // self, other % self)

    # -- order (the reflected comparisons come from swapping operands)
    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError


Real.register(float)


class Rational(Real):
    """Real numbers that are the ratio of two Integrals, kept in lowest terms."""
    __slots__ = ()

    # -- the two halves of the ratio
    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    # (always positive: the sign lives in the numerator)
    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """float(self), by true division of the two Integrals (so huge ratios do not overflow on
        the way)."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rational numbers with denominator 1, such as int: add conversion to int, three-argument
    pow, and the bitwise operators."""
    __slots__ = ()

    # -- conversions
    @abstractmethod
    def __int__(self):
        """int(self)."""
        raise NotImplementedError

    def __index__(self):
        """operator.index(self): lets an Integral slice and index sequences."""
        return int(self)

    def __float__(self):
        """float(self), through int."""
        return float(int(self))

    # -- as a Rational: its own numerator, over 1
    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1

    # -- pow with an optional modulus
    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """pow(self, exponent, modulus)."""
        raise NotImplementedError

    # -- bitwise operators on the two's complement form: each with its reflected form
    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        """~self."""
        raise NotImplementedError


Integral.register(int)


# decimal.Decimal is a Number; decimal registers it itself when numbers was imported first.
import sys as _sys
if 'decimal' in _sys.modules:
    Number.register(_sys.modules['decimal'].Decimal)
del _sys
