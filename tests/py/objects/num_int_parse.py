# int(x, base) parsing: bases, prefixes, underscores, whitespace, unicode digits, and the error messages.

def label(args):
    return tuple(a if isinstance(a, (int, float, str, bytes, bytearray, list, type(None))) else type(a).__name__ for a in args)

def attempt(*args):
    try:
        print(label(args), "->", repr(int(*args)))
    except Exception as e:
        print(label(args), "->", type(e).__name__, e)

attempt("42")
attempt("  -42  ")
attempt("+0017")
attempt("1_000_000")
attempt("1__000")
attempt("_1")
attempt("1_")
attempt("")
attempt("   ")
attempt("x")
attempt("12a")
attempt("0x1f", 16)
attempt("0X1F", 0)
attempt("1f", 16)
attempt("0b101", 0)
attempt("0o17", 0)
attempt("017", 0)
attempt("0", 0)
attempt("00", 0)
attempt("0_0", 0)
attempt("0x_ff", 0)
attempt("0x", 16)
attempt("z", 36)
attempt("Zz", 36)
attempt("10", 1)
attempt("10", 37)
attempt("10", -1)
attempt("10", 2)
attempt("12", 2)
attempt("\u0661\u0662\u0663")
attempt("\uff11\uff12")
attempt("\u0967\u0968", 10)
attempt("\t\n 7 \r\x0b\x0c")
attempt("\u2003 8 \u3000")
attempt(b"99")
attempt(bytearray(b" 12 "))
attempt(b"ff", 16)
attempt(b"xyz")
attempt(3.99)
attempt(-3.99)
attempt(1e20)
attempt(float("inf"))
attempt(float("nan"))
attempt(True)
attempt(None)
attempt([1])
attempt(5, 10)
attempt("5", 10.0)
attempt("1" * 20)
attempt("-" + "9" * 30, 10)
attempt("x" * 300)
attempt("0b", 0)
attempt("0b2", 0)
attempt("  0o7_7  ", 0)
attempt("1 2")
attempt("--1")

class WithIndex:
    def __index__(self):
        return 7
class WithInt:
    def __int__(self):
        return 8
class WithTrunc:
    def __trunc__(self):
        return 9
attempt(WithInt())
attempt("101", WithIndex())
print(int(), int("77", base=8))
