# bool: arithmetic promotes to int, bitwise ops stay bool, reprs, conversions and the bool() protocol.
vals = [True, False]
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a == b, a < b, a ** b]
        print(a, b, r, [type(x).__name__ for x in r])
        if b:
            print("  div", a / b, a // b, a % b, divmod(a, b))
print(~True, ~False, -True, +True, abs(False), True << 2, True >> 1, type(True << 0).__name__)
print(True & 3, type(True & 3).__name__, 3 | False, type(0 ^ True).__name__)
print(True + 0.5, True * 1j, True / 4, sum([True, True, False, True]), max(True, 0), min(True, 2))
print(repr(True), str(False), f"{True}", f"{True!r}", f"{True:>6}|{False:<6}|{True:^7}|", format(True), format(True, ""))
print("%s %r %d %i %f %x" % (True, False, True, False, True, True))
print(int(True), float(False), complex(True), str(True).upper(), bool("False"), bool(""), bool(0.0), bool(-0.0),
      bool(0j), bool([]), bool([0]), bool(None), bool(float("nan")))
print(True.__class__.__mro__, isinstance(True, int), issubclass(bool, int), bool.__base__)
print(True.bit_length(), False.bit_count(), True.to_bytes(), True.as_integer_ratio(), True.numerator, True.denominator)
print(hash(True), hash(False), {True: 1, 1: 2, 1.0: 3}, True in [1], 1 in [True], [True, 1, 1.0].count(1))
print(bool(), bool(0), bool(1), bool(2), bool.__new__(bool, 5))
try:
    bool(x=1)
except TypeError as e:
    print(e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
class Truthy:
    def __bool__(self):
        return 1
class LenOnly:
    def __len__(self):
        return 3
class NegLen:
    def __len__(self):
        return -1
print(bool(LenOnly()))
for o in [Truthy(), NegLen()]:
    try:
        print(bool(o))
    except Exception as e:
        print(type(e).__name__, e)
print(True is (not False), (True and 5), (False or 0.0), not 0, not "x", True == 1 == 1.0)
print(type(True).__name__, True.real, True.imag, True.conjugate(), type(True.conjugate()).__name__)
print(True.__and__(1), True.__or__(False), True.__xor__(True), True.__and__(2.0), True.__rand__(1))
