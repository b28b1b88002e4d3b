"""The numeric tower of abstract base classes (PEP 3141), written for Immortal from the documented
behaviour of CPython 3.12's numbers module: Number > Complex > Real > Rational > Integral.
complex, float and int are registered as virtual subclasses (bool follows through int); each ABC
lists its abstract operations, and the mixin methods derive the rest (Real.__complex__, ...)."""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    """Root of the numeric tower. isinstance(x, Number) says x is a number of some kind."""
    __slots__ = ()

    # Number itself is not hashable by any rule of its own; concrete numbers define __hash__.
    __hash__ = None


class Complex(Number):
    """Numbers with real and imaginary parts, supporting the arithmetic operators of complex."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """The value as a builtin complex."""

    def __bool__(self):
        """A complex number is true when it is not zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real component."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary component."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, by way of negation and addition."""
        return self + -other

    def __rsub__(self, other):
        """other - self."""
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

    @abstractmethod
    def __abs__(self):
        """The magnitude, a Real."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, convertible to float, with floor/ceil/round/divmod."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """The value as a builtin float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The Integral nearest to self between 0 and self."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        raise NotImplementedError

    def __divmod__(self, other):
        """(self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

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

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    def __complex__(self):
        """A real number as a complex with zero imaginary part."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio numerator/denominator of two Integrals."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """numerator / denominator, with the division done by the Integral types."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rational numbers with denominator 1: int and friends, with the bitwise operators."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        raise NotImplementedError

    def __index__(self):
        """Lets an Integral be used as a sequence index."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        raise NotImplementedError

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
        raise NotImplementedError

    def __float__(self):
        """An Integral converts through int."""
        return float(int(self))

    @property
    def numerator(self):
        """An Integral is its own numerator."""
        return +self

    @property
    def denominator(self):
        """Integrals have denominator 1."""
        return 1


Integral.register(int)

# decimal.Decimal is a Number; decimal registers it itself when numbers was imported first.
import sys as _sys
if 'decimal' in _sys.modules:
    Number.register(_sys.modules['decimal'].Decimal)
del _sys
