# Edge cases of enum and dataclasses that Immortal once got wrong: auto() inside tuple values,
# the 3.12 fallback (and DeprecationWarning) of the default _generate_next_value_, members named
# like a base class's property (name, value), repr(auto()), `in` with unhashable values, the
# module's __all__, global_flag_repr on a non-int Flag, and string annotations ClassVar/InitVar/
# KW_ONLY, which dataclasses resolves in the class's module namespace.
import enum
import warnings
import dataclasses
import typing as ty
from enum import Enum, Flag, auto
from dataclasses import dataclass, fields, KW_ONLY, InitVar


def attempt(fn):
    try:
        print('ok', fn())
    except Exception as exc:
        print(type(exc).__name__, exc)


class Tup(Enum):
    a = 1
    e = (auto(), auto())
    f = (auto(), 7, auto())
    g = auto()


print([(m.name, m.value) for m in Tup])


class Seen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        print('gnv', name, count, last_values)
        return count * 10
    a = 1
    b = (auto(), auto())
    c = (3, 4)
    d = auto()


print([(m.name, m.value) for m in Seen])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    class Mixed(Enum):
        a = 'x'
        b = auto()
        c = 3
        d = 'y'
        e = auto()
    print([(m.name, m.value) for m in Mixed])
    for values in (['a', 'b'], ['a', 3, (1,)], [], [2.5, 1], [1, 3, 2], [1, 2], [True]):
        print(values, Enum._generate_next_value_('n', 5, len(values), values))
print([(w.category.__name__, str(w.message)[:30]) for w in caught])


class Name(Enum):
    name = 1
    value = 2
    other = 3


print(Name.name.name, Name.name.value, Name.value.name, Name.value.value, Name.other.name)
print(repr(Name.name), type(Name.__dict__['name']).__name__, Name.__dict__['other'])
attempt(lambda: setattr(Name.name, 'name', 'x'))
print(repr(auto()), repr(auto(3)))
print('show_flag_values' in enum.__all__, enum.show_flag_values(10))


class Unh(Enum):
    A = [1]
    B = [2]


print(Unh.A in Unh, Unh([2]))
attempt(lambda: [1] in Unh)
attempt(lambda: [3] in Unh)


@enum.global_enum
class GF(Flag):
    FA = 1
    FB = 2


attempt(lambda: repr(GF.FA))
print(repr(GF(0)), str(GF.FA | GF.FB))
attempt(lambda: type('Z', (Enum, int), {}))


@dataclass
class Strings:
    a: 'ClassVar[int]' = 1           # ClassVar is not bound here: a plain field
    b: 'ty.ClassVar[int]' = 2        # typing is bound as ty: a ClassVar
    c: 'typing.ClassVar[int]' = 3    # no name typing here: a plain field
    d: 'dataclasses.InitVar[int]' = 4
    e: 'KW_ONLY'
    f: int = 6


print([f.name for f in fields(Strings)], sorted(Strings.__dataclass_fields__), Strings.__doc__)
print(Strings(1, 2), Strings(f=9))
