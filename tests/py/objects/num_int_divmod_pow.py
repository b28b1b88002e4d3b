# Floor division, modulo and divmod sign rules for ints and floats; pow with a modulus; ZeroDivisionError texts.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for a in [7, -7, 0, 10**20 + 3, -(10**20 + 3)]:
    for b in [2, -2, 3, -3, 10**10 + 7]:
        print(a, b, a // b, a % b, divmod(a, b))
for a in [7.5, -7.5, 0.0, -0.0, 1e300]:
    for b in [2.0, -2.0, 0.5, float("inf"), -float("inf")]:
        print(a, b, a // b, a % b, divmod(a, b))
print(7 // 2.0, -7 % 2.5, divmod(-7, 2.5), 5 % -0.0 if False else None)
print(-0.0 % 5.0, 0.0 % -5.0, (-1e-300) % 1.0, 1 % float("-inf"), -1 % float("inf"))
attempt("int //0", lambda: 1 // 0)
attempt("int %0", lambda: 1 % 0)
attempt("int divmod0", lambda: divmod(1, 0))
attempt("int /0", lambda: 1 / 0)
attempt("float //0", lambda: 1.0 // 0)
attempt("float %0", lambda: 1.0 % 0.0)
attempt("float divmod0", lambda: divmod(1.0, 0))
attempt("float /0", lambda: 1.0 / 0)
attempt("int/float0", lambda: 1 / 0.0)
attempt("0**-1", lambda: 0 ** -1)
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("bool /", lambda: True / False)
attempt("big/", lambda: 10**400 / 1)
attempt("big/big", lambda: 10**400 / 10**399)
attempt("big//float", lambda: 10**400 // 1.5)
attempt("(-8)**(1/3)", lambda: (-8) ** (1 / 3))
attempt("2**-2", lambda: 2 ** -2)
attempt("(-2)**-3", lambda: (-2) ** -3)
attempt("10.0**400", lambda: 10.0 ** 400)
attempt("(-1.5)**0.5", lambda: (-1.5) ** 0.5)

for a, b, m in [(3, 4, 5), (2, 100, 13), (-3, 3, 7), (3, 3, -7), (2, 10**18, 10**9 + 7),
                (3, -1, 7), (3, -2, 7), (-3, -1, 7), (3, -1, -7), (2, -1, 4), (7, 0, 1), (7, 0, -1), (0, 0, 5),
                (5, -3, 1), (10**20, -1, 10**9 + 7)]:
    attempt(f"pow({a}, {b}, {m})", lambda: pow(a, b, m))
attempt("pow m=0", lambda: pow(2, 3, 0))
attempt("pow float", lambda: pow(2.0, 3, 5))
attempt("pow kw", lambda: pow(base=2, exp=5, mod=7))
attempt("pow3 none", lambda: pow(2, 5, None))
attempt("int.__pow__", lambda: (2).__pow__(5, 3))
attempt("rpow", lambda: (5).__rpow__(2))
print(divmod(True, 2), True // True, -True, ~True, True + True, True * 3.5, True & 1, type(True & True).__name__,
      True | False, True ^ True, type(True ^ 1).__name__, abs(True), +False, True << 3, 7 >> True)
print(repr(True), str(False), int(True), float(True), complex(True), hash(True), hash(False))
attempt("shift neg", lambda: 1 << -1)
attempt("rshift neg", lambda: 1 >> -1)
print(-1 >> 100, 1 >> 100, (-(2**100)) >> 99, 5 << 0, 0 << 1000)
