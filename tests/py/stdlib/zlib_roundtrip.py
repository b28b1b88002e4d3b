# zlib: one-shot compress/decompress at every level and wbits form (zlib, raw deflate, gzip, auto),
# compressed lengths and bytes equal to CPython's zlib, crc32/adler32 with running values, constants,
# and zlib.error messages for corrupt, truncated and wrong-format input.
import zlib

seed = 2024


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed


words = [b'the', b'quick', b'brown', b'fox', b'jumps', b'over', b'lazy', b'dog', b'\n']
text = b' '.join(words[rnd() % 9] for _ in range(1200))
noise = bytes(rnd() & 0xff for _ in range(800))
samples = {'empty': b'', 'one': b'x', 'text': text, 'noise': noise, 'runs': b'ab' * 800 + bytes(1200),
           'mixed': text[:2000] + noise[:300] + text[2000:4000]}

for name, data in samples.items():
    sizes = []
    for level in range(-1, 10):
        z = zlib.compress(data, level)
        assert zlib.decompress(z) == data
        sizes.append(len(z))
    print(name, len(data), sizes, zlib.crc32(zlib.compress(data)), zlib.compress(data)[:6])

data = samples['text']
for wbits in (9, 12, 15, -9, -15, 25, 31):
    z = zlib.compress(data, 6, wbits)
    back = zlib.decompress(z, wbits)
    print('wbits', wbits, len(z), z[:3], back == data)
print('auto', zlib.decompress(zlib.compress(data, wbits=31), 47) == data,
      zlib.decompress(zlib.compress(data), 32 + 15) == data, zlib.decompress(zlib.compress(data), 0) == data)
print('bufsize', zlib.decompress(zlib.compress(data), bufsize=1) == data)

print(zlib.crc32(b''), zlib.crc32(b'hello world'), zlib.crc32(b' world', zlib.crc32(b'hello')))
print(zlib.adler32(b''), zlib.adler32(b'hello world'), zlib.adler32(b' world', zlib.adler32(b'hello')))
print(zlib.crc32(b'abc', -1), zlib.adler32(b'abc', 2 ** 40 + 7), zlib.crc32(memoryview(b'abc')), zlib.crc32(bytearray(b'abc')))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_FIXED,
      zlib.Z_RLE, zlib.ZLIB_VERSION)
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r[:20])
    except Exception as e:
        print(label, type(e).__name__, e)


good = zlib.compress(b'hello hello hello')
attempt('bad header', lambda: zlib.decompress(b'not zlib data'))
attempt('truncated', lambda: zlib.decompress(good[:-3]))
attempt('bad check', lambda: zlib.decompress(good[:-1] + bytes([good[-1] ^ 1])))
attempt('trailing', lambda: zlib.decompress(good + b'junk'))
attempt('empty', lambda: zlib.decompress(b''))
attempt('block type', lambda: zlib.decompress(b'\x78\x9c\x07\x00'))
attempt('stored len', lambda: zlib.decompress(b'\x78\x9c\x01\x01\x00\x00\x00'))
attempt('window', lambda: zlib.decompress(b'\x88\x98'))
attempt('window small', lambda: zlib.decompress(zlib.compress(b'abc'), 9))
attempt('gzip method', lambda: zlib.decompress(b'\x1f\x8b\x09\x00', 31))
attempt('gzip flags', lambda: zlib.decompress(b'\x1f\x8b\x08\xe0', 31))
attempt('not gzip', lambda: zlib.decompress(good, 31))
attempt('level', lambda: zlib.compress(b'x', 10))
attempt('wbits', lambda: zlib.compress(b'x', wbits=7))
attempt('raw 8', lambda: zlib.compress(b'x', wbits=-8))
attempt('dec wbits', lambda: zlib.decompress(good, wbits=7))
attempt('bufsize', lambda: zlib.decompress(good, bufsize=-1))
attempt('str', lambda: zlib.compress('text'))
attempt('crc str', lambda: zlib.crc32('text'))
attempt('level type', lambda: zlib.compress(b'x', level='high'))
attempt('no data', lambda: zlib.compress())
attempt('too many', lambda: zlib.compress(b'x', 1, 15, 3))
