# An unraisable hook that prints to stdout (tests must not write stderr), kept out of __main__ so it
# does not hold __main__'s dict alive.
import sys


def hook(u):
    print('unraisable:', u.err_msg, '|', u.exc_type.__name__, '|', u.exc_value, '|', u.object.__qualname__)


sys.unraisablehook = hook


class Fails:
    def __init__(self, name, exc):
        self.name = name
        self.exc = exc

    def __del__(self):
        print('del', self.name)
        raise self.exc
