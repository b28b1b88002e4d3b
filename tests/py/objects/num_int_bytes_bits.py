# int.to_bytes / from_bytes, bit operations and the rational-number attributes of int and bool.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [0, 1, 255, 256, 65535, -1, -128, -129, 2**64 - 1, -(2**63)]:
    attempt(f"to_bytes8 {n}", lambda: n.to_bytes(8, signed=True))
for n in [0, 1, 127, 128, 255, 256]:
    attempt(f"to_bytes1 {n}", lambda: n.to_bytes())
    attempt(f"to_bytes1s {n}", lambda: n.to_bytes(1, 'little', signed=True))
attempt("neg unsigned", lambda: (-1).to_bytes(2, 'big'))
attempt("len0", lambda: (0).to_bytes(0, 'big'))
attempt("len0 one", lambda: (1).to_bytes(0, 'big'))
attempt("neg length", lambda: (1).to_bytes(-1, 'big'))
attempt("bad order", lambda: (1).to_bytes(2, 'middle'))
attempt("kw", lambda: (1000).to_bytes(length=4, byteorder='little'))
attempt("big", lambda: (2**100).to_bytes(13, 'big'))

for data in [b"", b"\x00", b"\xff", b"\x01\x00", b"\x80\x00", bytearray(b"\x12\x34")]:
    attempt(f"from {data!r} big", lambda: int.from_bytes(data))
    attempt(f"from {data!r} little signed", lambda: int.from_bytes(data, 'little', signed=True))
attempt("from list", lambda: int.from_bytes([1, 2, 3], 'big'))
attempt("from list bad", lambda: int.from_bytes([1, 256], 'big'))
attempt("from str", lambda: int.from_bytes("ab", 'big'))
attempt("bool from_bytes", lambda: bool.from_bytes(b"\x01", 'big'))

class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x02\x00", 'little')
print(type(r).__name__, r)

for n in [0, 1, -1, 7, 8, -8, 255, 2**100, -(2**100) + 1, True]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(),
          n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(type(True.numerator).__name__, type(True.real).__name__, type(True.as_integer_ratio()[0]).__name__)

for n, nd in [(12345, -1), (12345, -2), (15, -1), (25, -1), (35, -1), (-25, -1), (-35, -1),
              (1250, -2), (1350, -2), (5, -1), (12345, 0), (12345, 3), (-12345, -10), (10**30 + 5 * 10**9, -10)]:
    print("round", n, nd, round(n, nd))
print(round(7), type(round(7, 2)).__name__, round(True), type(round(True)).__name__)
attempt("round float nd", lambda: round(5, 1.5))
print((255).__index__(), int.__trunc__(-5), int.__floor__(9), int.__ceil__(-9))
print(MyInt(5).__trunc__().__class__.__name__, MyInt(5).numerator.__class__.__name__)
