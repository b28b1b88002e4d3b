# float() parsing of strings and bytes: spaces, underscores, inf/nan spellings, unicode digits, errors.

def label(a):
    return a if isinstance(a, (int, float, str, bytes, bytearray, list, type(None))) else type(a).__name__

def attempt(*args):
    try:
        print(repr(label(args[0]) if args else None), "->", repr(float(*args)))
    except Exception as e:
        print(repr(label(args[0]) if args else None), "->", type(e).__name__, e)

for s in ["1.5", "  1_0.5 ", "-.5", "+5.", "1e3", "1E-3", "1_000e1_0", "1__0", "_1", "1_", "1_.5", "1._5",
          "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "infin", "nan", "-NaN", "+nan", "nan(1)", "x", "",
          "  ", "1.5.5", "1e", "e5", ".", "0x10", "١٢.٥", "\u20031.25\u3000", "1e400", "-1e400", "1e-400",
          "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "0.1", "123456789012345678901234567890",
          "1" * 400 + ".5", "9007199254740993", "\x00", "1\x00", "a" * 300]:
    attempt(s)
for b in [b"2.5", b" -1e2 ", b"nan", b"abc", bytearray(b"7.25"), bytearray(b"zz"), memoryview(b"3.5")]:
    attempt(b)
for o in [None, [1], 3, True, 10**400, 2**1023]:
    attempt(o)
attempt()

class Fl:
    def __float__(self):
        return 2.5
class Ix:
    def __index__(self):
        return 12
class Bad:
    def __float__(self):
        return "no"
attempt(Fl())
attempt(Ix())
attempt(Bad())
class MyStr(str):
    pass
attempt(MyStr(" 6.5 "))
print(repr(float("-0")), repr(float("0e0")), repr(-float("0")), float("1.7976931348623157e308"), float("1.7976931348623159e308"))
