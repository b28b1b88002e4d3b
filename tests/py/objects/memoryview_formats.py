# memoryview item access for every native struct format a cast can ask for ('@' prefix included):
# itemsize, reading, writing with __index__/__float__/__bool__ conversions, CPython's errors for wrong
# types and out-of-range values, half floats, and equality across formats.


class Seven:
    def __index__(self):
        return 7


class TwoAndAHalf:
    def __float__(self):
        return 2.5


class Exploding:
    def __index__(self):
        raise ZeroDivisionError('boom')

    def __float__(self):
        raise ZeroDivisionError('float boom')


class Falsy:
    def __bool__(self):
        return False


VALUES = [0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -32769,
          2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, -2 ** 31 - 1,
          2 ** 63 - 1, 2 ** 63, 2 ** 64 - 1, 2 ** 64, -2 ** 63, -2 ** 63 - 1,
          True, Seven(), 1.5, TwoAndAHalf(), b'x', b'xy', bytearray(b'x'), 'a', None, Exploding(), Falsy(),
          1e39, 65504.0, 65519.0, 65520.0, 2 ** 1024, float('inf'), float('-inf'), float('nan')]


# Spelled out: the corpus reads a printed 4294967295 as an immortal refcount.
NAMES = {2 ** 32 - 1: '2**32-1', 2 ** 1024: '2**1024'}


def label(v):
    if type(v).__module__ == '__main__':
        return type(v).__name__
    return NAMES.get(v, repr(v)) if type(v) in (int, float) else repr(v)


for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', '?', 'c', 'f', 'd', 'e', '@d']:
    m = memoryview(bytearray(16)).cast(fmt)
    print(fmt, m.format, m.itemsize, len(m), m.nbytes)
    stored, errors = [], {}
    for v in VALUES:
        try:
            m[1] = v
        except Exception as e:
            errors.setdefault(f'{type(e).__name__}: {e}', []).append(label(v))
        else:
            stored.append(f'{label(v)}->{label(m[1])}/{m.tobytes()[m.itemsize:2 * m.itemsize].hex()}')
    print('  ok:', ' '.join(stored))
    for msg, vs in errors.items():
        print('  ', msg, '<-', ', '.join(vs))

# Reading back what other formats wrote.
raw = bytearray(b'\x01\x02\x03\x04\x05\x06\x07\x80\xff\xfe\xfd\xfc\x00\x00\xc0\x7f')
view = memoryview(raw)
for fmt in 'bBhHiIlLqQnNP?cfde':
    print(fmt, view.cast(fmt).tolist())
print(memoryview(bytes([0, 1, 2, 255])).cast('?').tolist())

# Half floats round to nearest even and keep signed zeros, infinities and NaN.
half = memoryview(bytearray(2)).cast('e')
for x in [5.960464477539063e-08, 2.9802322387695312e-08, 2.98023223876953126e-08, 1e-8, 0.1, 1 / 3,
          65519.99, -0.0, 1.0009765625, 1.00048828125, 1.00146484375, 6.1e-5, 6.103515625e-05, -2.5]:
    half[0] = x
    print(x, half[0], half.tobytes().hex())
print(memoryview(bytes([1, 0, 255, 3, 0, 4, 255, 123, 0, 124, 0, 252, 1, 124])).cast('e').tolist())

# A record of mixed fields written through views of different formats on one buffer.
record = bytearray(16)
memoryview(record)[0:8].cast('d')[0] = 3.25
memoryview(record)[8:12].cast('i')[0] = -123456
memoryview(record)[12:14].cast('H')[0] = 65535
memoryview(record)[14:16].cast('c')[0] = b'Z'
memoryview(record)[15:16].cast('?')[0] = Falsy()
print(record.hex(), memoryview(record)[0:8].cast('d')[0], memoryview(record)[8:12].cast('i').tolist(),
      memoryview(record)[12:14].cast('H')[0], memoryview(record)[14:15].cast('c').tolist())

# Equality compares values: same formats by item, different formats as Python numbers would.
nan = memoryview(bytearray(16)).cast('d')
nan[0] = float('nan')
print(nan == nan, nan[1:] == nan[1:], nan.tolist())
four = bytes([0, 1, 2, 255])
print(memoryview(four).cast('?') == memoryview(four), memoryview(four).cast('?')[:2] == four[:2],
      memoryview(four).cast('b') == four, memoryview(four).cast('b')[:3] == four[:3],
      memoryview(four).cast('c') == four, memoryview(four).cast('c') == memoryview(four).cast('@c'))
one_d = memoryview(bytes([0, 0, 0, 0, 0, 0, 0xf0, 0x3f])).cast('d')
print(one_d == memoryview(bytes([0, 0, 0x80, 0x3f])).cast('f'), one_d == memoryview(bytes(8)).cast('q'),
      one_d == memoryview(bytes([1, 0, 0, 0, 0, 0, 0, 0])).cast('q'),
      memoryview(bytes([0, 0x3c])).cast('e') == memoryview(bytes([1, 0])).cast('h'),
      memoryview(bytes([1] + [0] * 7)).cast('P') == memoryview(bytes([1] + [0] * 7)).cast('Q'),
      memoryview(bytes([0] * 7 + [128])).cast('Q') == memoryview(bytes([0] * 7 + [128])).cast('d'),
      memoryview(bytes([0, 0, 0, 0, 0, 0, 0xe0, 0x43])).cast('d') == memoryview(bytes([0] * 7 + [128])).cast('Q'))
print(memoryview(b'ab') == 'ab', memoryview(b'ab') == [97, 98], memoryview(b'ab') == bytearray(b'ab'),
      b'ab' != memoryview(b'ab'), memoryview(b'\x00\x00').cast('e') == memoryview(b'\x00\x80').cast('e'))
