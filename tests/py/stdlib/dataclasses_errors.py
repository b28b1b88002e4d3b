# dataclasses: errors at class-definition time (field order, mutable defaults, order without eq,
# frozen inheritance, overwriting comparison methods, KW_ONLY twice, field default+factory).
from dataclasses import dataclass, field, KW_ONLY


def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


def order_problem():
    @dataclass
    class A:
        x: int = 1
        y: int


def mutable_default():
    @dataclass
    class A:
        items: list = []


def mutable_set():
    @dataclass
    class A:
        items: set = set()


def order_without_eq():
    @dataclass(order=True, eq=False)
    class A:
        x: int


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def overwrite_lt():
    @dataclass(order=True)
    class A:
        x: int

        def __lt__(self, other):
            return True


def two_kw_only():
    @dataclass
    class A:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
        c: int


def both_defaults():
    field(default=1, default_factory=list)


def unannotated_field():
    @dataclass
    class A:
        x = field(default=1)
        y: int = 2


def hash_overwrite():
    @dataclass(unsafe_hash=True)
    class A:
        x: int

        def __hash__(self):
            return 1


for f in [order_problem, mutable_default, mutable_set, order_without_eq, frozen_from_plain,
          plain_from_frozen, overwrite_lt, two_kw_only, both_defaults, unannotated_field,
          hash_overwrite]:
    attempt(f)


@dataclass
class Fine:
    x: int = 1
    y: tuple = ()
    z: frozenset = frozenset()


print(Fine())
