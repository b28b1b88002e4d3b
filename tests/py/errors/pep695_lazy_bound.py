# PEP 695: a TypeVar bound and a type alias value are evaluated when first asked for, so a NameError
# in them surfaces there, with the traceback through the bound's and the value's own little function.
# immortal-test: exit=1
import traceback

type A = list[Missing]


def f[T: AlsoMissing](): pass


class C:
    type Inner = NotThere


try:
    A.__value__
except NameError as e:
    print(e)
try:
    f.__type_params__[0].__bound__
except NameError:
    traceback.print_exc()
C.Inner.__value__
