# struct: pack/unpack of every format code under each byte order prefix, native alignment and sizes,
# half/single/double floats (rounding, inf, nan, overflow), s/p/x/c/? codes, Struct objects
# (format, size, methods, subclassing, re-init), pack_into/unpack_from offsets, iter_unpack,
# and CPython's error types and messages.
import struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        # (the checker reserves 4294967295 for immortal refcounts)
        print(type(e).__name__, str(e).replace('4294967295', '2**32-1'))


# sizes and alignment
for fmt in ['b', 'h', 'i', 'l', 'q', 'n', 'P', 'e', 'f', 'd', '?', 'c', 'x', 's', 'p',
            '@bq', '@bqb', '@b0q', '@c0i', '@?e', '@bhbd', '<qL?xxh', '=l', '!Q', ' i  h ', '10s3p', '2147483647q']:
    print(fmt, struct.calcsize(fmt))

# integers round-trip at their limits
for prefix in '@=<>!':
    for code in 'bBhHiIlLqQ':
        size = struct.calcsize(prefix + code)
        signed = code.islower()
        lo = -(1 << (8 * size - 1)) if signed else 0
        hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
        for v in (lo, hi, 0, 1 if hi > 1 else 0):
            data = struct.pack(prefix + code, v)
            assert struct.unpack(prefix + code, data) == (v,)
        print(prefix + code, struct.pack(prefix + code, hi).hex(), struct.pack(prefix + code, lo).hex())
        t(struct.pack, prefix + code, hi + 1)
for code in 'nNP':
    print(code, struct.pack(code, 300).hex(), struct.unpack(code, struct.pack(code, 2**40 + 7)))
t(struct.pack, 'P', -1)
t(struct.pack, 'P', 2**64)
t(struct.pack, 'n', 2**63)

# __index__ and non-integers
class Seven:
    def __index__(self):
        return 7
t(struct.pack, '>h', Seven())
t(struct.pack, 'i', 1.0)
t(struct.pack, 'i', '1')
t(struct.pack, 'i', None)
t(struct.pack, 'd', Seven())
t(struct.pack, 'f', 'x')

# floats
for v in [0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, 65519.0, 6e-8, 1e-8, 2.9802322387695312e-08,
          5.960464477539063e-08 * 1.5, 5.960464477539063e-08 * 2.5, float('inf'), float('-inf')]:
    print(v, struct.pack('<e', v).hex(), struct.pack('>f', v).hex(), struct.pack('<d', v).hex(),
          struct.unpack('<e', struct.pack('<e', v)))
print(struct.pack('<e', float('nan')).hex(), struct.pack('<e', -float('nan')).hex())
print(struct.pack('<f', float('nan')).hex(), struct.pack('<f', -float('nan')).hex())
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('>f', b'\x7f\xc0\x00\x00'))
t(struct.pack, '<e', 65520.0)
t(struct.pack, '<f', 1e300)
print(struct.pack('f', 1e300).hex())
print(struct.unpack('<3e', bytes.fromhex('003c00c0ff7b')))

# bytes codes
print(struct.pack('3s2c?x?', b'abcdef', b'x', b'y', [], 5))
print(struct.unpack('3s2c?x?', b'abcxy\x00\x00\x02'))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.unpack('5p', b'\x09abcd'))
print(struct.pack('s', bytearray(b'zz')), struct.pack('0s', b'abc'), struct.pack('0p', b'a'))
t(struct.pack, 'c', b'ab')
t(struct.pack, 'c', 'a')
t(struct.pack, 's', 'a')
t(struct.pack, 'p', 1)
t(struct.pack, '3s', memoryview(b'ab'))

# format errors
for bad in ['z', '3', '<P', '=n', '!N', 'i 3 s', 'i\x00', '99999999999999999999i', 'é']:
    t(struct.calcsize, bad)
t(struct.calcsize, 1)
t(struct.calcsize, b'<hh')
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack)
t(struct.pack, 'i', x=1)
t(struct.unpack, 'i', b'abc')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i', b'abcd', 1)
print(struct.unpack('', b''), struct.pack(''))

# Struct objects
s = struct.Struct('>hi')
print(s.format, s.size, type(s).__name__, type(s).__module__)
print(s.pack(1, -2), s.unpack(b'\x00\x01\xff\xff\xff\xfe'))
print(struct.Struct(b'<2H').format, struct.Struct(format='q').size)
t(setattr, s, 'size', 3)
s.__init__('hh')
print(s.format, s.size)
t(struct.Struct)
t(struct.Struct, 1)
t(struct.Struct, 'i', 1)
t(s.pack, x=1)
t(s.unpack)

class Point(struct.Struct):
    def __init__(self):
        super().__init__('<ii')
    def read(self, data):
        return dict(zip('xy', self.unpack(data)))
p = Point()
print(p.size, p.read(p.pack(3, -4)), isinstance(p, struct.Struct))

# pack_into / unpack_from
buf = bytearray(12)
struct.pack_into('<hh', buf, 2, 258, -1)
print(buf.hex())
struct.Struct('<i').pack_into(buf, -4, 0x11223344)
print(buf.hex())
mv = memoryview(buf)
struct.pack_into('>H', mv, 0, 0xabcd)
print(buf.hex(), struct.unpack_from('<hh', buf, 2), struct.unpack_from('<i', buf, offset=-4))
print(struct.unpack_from('>H', buffer=buf), struct.Struct('<hh').unpack_from(buf, 2))
t(struct.pack_into, 'i', bytearray(6), 4, 1)
t(struct.pack_into, 'i', bytearray(6), -10, 1)
t(struct.pack_into, 'i', bytearray(6), -2, 1)
t(struct.pack_into, 'i', b'123456', 0, 1)
t(struct.pack_into, 'i', bytearray(8), 0, 1, 2)
t(struct.pack_into, 'i', bytearray(4), 0.0, 1)
t(struct.pack_into, 'i')
t(struct.pack_into, 'i', bytearray(4))
t(struct.unpack_from, 'i', b'abcdef', 4)
t(struct.unpack_from, 'i', b'abcdef', -10)
t(struct.unpack_from, 'i', b'abcdef', -2)
t(struct.unpack_from)
t(struct.unpack_from, 'i')

# iter_unpack
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.Struct('<bB').iter_unpack(bytearray(b'\xff\xff\x01\x02'))))
t(struct.iter_unpack, 'i', b'abcdef')
t(struct.iter_unpack, '', b'')
t(struct.iter_unpack, 'i')

# a realistic record: a tiny BMP-like header
header = struct.Struct('<2sIHHI')
raw = header.pack(b'BM', 70, 0, 0, 54)
magic, size, r1, r2, offset = header.unpack(raw)
print(raw.hex(), magic, size, offset, header.size)
print(isinstance(struct.error('x'), Exception), struct.error.__module__, struct.error.__name__)
struct._clearcache()
print(sorted(n for n in dir(struct) if not n.startswith('__')))
