# re.RegexFlag is an enum.IntFlag whose members are re's module constants: reprs and strs name them
# as re.X|re.Y, combinations keep the type, unknown bits show in hex, ~ stays within the known flags.
import enum
import re

print(repr(re.I | re.M), str(re.I | re.M), re.I, repr(re.NOFLAG), repr(~re.I), repr(re.I | 0x1000))
print(re.I.name, (re.I | re.M).name, re.I.value, list(re.RegexFlag)[:3], len(re.RegexFlag))
print(format(re.I), f"{re.I:d}", f"{re.M:#x}", re.I + 1, (re.I | re.M) == 10, hash(re.I) == 2, re.I == 2)
print(re.RegexFlag(2) is re.I, re.RegexFlag["IGNORECASE"] is re.I, type(re.I | re.M).__name__, type(re.I & 2).__name__)
print(isinstance(re.I, int), isinstance(re.I, enum.IntFlag), issubclass(re.RegexFlag, enum.Flag))
print([c.__name__ for c in re.RegexFlag.__mro__])
print(re.A is re.ASCII, re.U is re.UNICODE, re.S is re.DOTALL, re.X is re.VERBOSE, re.L is re.LOCALE, re.T is re.TEMPLATE)
print(repr(re.DEBUG), int(re.DEBUG), re.RegexFlag.__module__, re.RegexFlag.__qualname__, re.I.__class__ is re.RegexFlag)
print(sorted(m.name for m in re.RegexFlag), [m for m in re.RegexFlag.__members__][:4])
print(re.I in (re.I | re.M), re.S in (re.I | re.M), (re.I | re.S) & re.S, (re.I | re.S) ^ re.I, repr(re.I & re.M))
print(repr(re.RegexFlag(0)), repr(re.RegexFlag(3)), repr(re.RegexFlag(512)), bool(re.NOFLAG), bool(re.I))
print(re.compile("a", re.I | re.X), re.compile("a", re.I).flags, type(re.compile("a", re.I).flags).__name__)
print(re.search("B", "ab", re.I), re.findall("^x", "x\nx", re.M), re.sub("a", "b", "AaA", flags=re.I))
print(re.compile("a", 2 | 16), re.compile(b"a", re.I | re.L), re.compile("a", re.RegexFlag(0)))
print(sum([re.I, re.M]), max(re.I, re.M), sorted([re.M, re.I, re.A]), {re.I: 1}[2], str(re.M.value))
