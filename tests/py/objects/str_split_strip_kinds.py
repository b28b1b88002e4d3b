# str.split/rsplit/splitlines/strip/case mappings across the three storage kinds (latin-1, BMP,
# astral), with maxsplit, separators of one and several characters, lone surrogates, and which
# results are the receiver itself (an exact str split into one whole piece) or new objects.
import sys

samples = [
    "", " ", "a", "  a  b\tc\n d  ", "one,two,,three,", ",", ",,", "a,b", "x\x1cy\x1dz\x1e w\x85v\xa0u",
    "caf\xe9 cr\xe8me  br\xfbl\xe9e", "\u2028a\u2029b\u3000c\u2003", "\u0394\u03b5\u03bb\u03c4\u03b1 x",
    "\U0001f600 \U0001f601\t\U0001f602", "\ud800 \udc00 \ud800\udc00", "ab--cd--ef----gh", "--",
]
seps = [None, ",", "--", " ", "\u3000", "\U0001f601", "\ud800", "xyz"]

for s in samples:
    for sep in seps:
        for m in (-1, 0, 1, 2, 5):
            print(repr(s), repr(sep), m, s.split(sep, m), s.rsplit(sep, m))

lines = ["", "a", "a\n", "a\r\nb\rc\n\nd", "x\x0by\x0cz\x1cw\x1dv\x1eu\x85t\u2028s\u2029r", "\r", "\r\r\n\n",
         "tail\r", "\U0001f600\n\ud800\r\n\xe9"]
for s in lines:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=False))

strips = ["  a b  ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0x\u3000", ",,.x;!", "xyzzyx", "\U0001f600a\U0001f600",
          "\ud800a\ud800", "", "   ", "abc"]
for s in strips:
    for chars in (None, ",.;!", "xy", "\U0001f600", "\ud800", "", "a"):
        print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))

for s in ["Hello World", "a", "A", "hELLO wORLD 123", "caf\xe9", "\xdf", "\xff", "\u03a3\u03a3 \u03c3\u03a3",
          "\U00010428\U00010400", "ǅungla", "", "x1y2 z3"]:
    print(repr(s), s.lower(), s.upper(), s.casefold(), s.swapcase(), s.title(), s.capitalize())

# Identity: the whole string comes back as itself only where CPython returns self.
w = "word"
print(w.split()[0] is w, w.split(",")[0] is w, w.rsplit()[0] is w, w.rsplit(",")[0] is w,
      w.splitlines()[0] is w, w.strip() is w, w.strip("x") is w, w.lower() is w)
one = "A"
empty = ""
print(one.lower() is "a".lower(), one.upper() is one, empty.lower() is empty, " a ".split()[0] is chr(97), "ab,".split(",")[0][1] is chr(98))
class S(str):
    pass
sub = S("whole")
print(type(sub.split()[0]), sub.split()[0] is sub, type(sub.strip()), sub.strip() is sub)
print(sys.getrefcount(w) - sys.getrefcount("word"))

for bad in [(",", -2), ("", 1)]:
    try:
        "a,b".split(bad[0], bad[1])
    except ValueError as e:
        print("ValueError", e)
for bad in [1, b","]:
    try:
        "a,b".split(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        "a,b".strip(bad)
    except TypeError as e:
        print("TypeError", e)
print("a b c".split(maxsplit=1), "a b c".rsplit(None, maxsplit=1), "a,b,c".split(sep=",", maxsplit=-5))
