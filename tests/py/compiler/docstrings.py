"""Module docstring: functions, classes and modules keep their first string literal as __doc__."""


def documented():
    """Return the answer."""
    return 42


def undocumented():
    x = "not a docstring"
    return x


class Documented:
    """A class with a docstring."""

    def method(self):
        """Method docstring."""


print(__doc__)
print(documented.__doc__, undocumented.__doc__)
print(Documented.__doc__, Documented.method.__doc__)
print(Documented().method.__doc__)


def multi():
    """First line.

    Indented detail line.
    """


print(repr(multi.__doc__))
print((lambda: None).__doc__)
