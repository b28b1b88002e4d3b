# gzip: damaged input: not gzip data, unknown method, truncated members, CRC and length mismatches,
# for gzip.decompress and for GzipFile reads, plus BadGzipFile's place in the exception tree.
import gzip
import io
import struct

good = gzip.compress(b'The quick brown fox jumps over the lazy dog.\n' * 20, mtime=0)
body_end = len(good) - 8
crc, size = struct.unpack('<II', good[body_end:])
cases = {
    'not gzip': b'PK\x03\x04 not a gzip file',
    'method': b'\x1f\x8b\x07' + good[3:],
    'truncated body': good[:30],
    'no trailer': good[:body_end],
    'bad crc': good[:body_end] + struct.pack('<II', crc ^ 1, size),
    'bad size': good[:body_end] + struct.pack('<II', crc, size + 1),
    'garbage after': good + b'\x1f\x8bxx',
}
for name, data in cases.items():
    for how in ('decompress', 'GzipFile'):
        try:
            if how == 'decompress':
                out = gzip.decompress(data)
            else:
                with gzip.GzipFile(fileobj=io.BytesIO(data)) as g:
                    out = g.read()
            print(name, how, 'ok', len(out))
        except (gzip.BadGzipFile, EOFError) as e:
            print(name, how, type(e).__name__, e)

# a reader that stops at the first error keeps what it decoded before
with gzip.GzipFile(fileobj=io.BytesIO(good + good[:20])) as g:
    first = g.read(100)
    print(len(first))
    try:
        g.read()
    except EOFError as e:
        print('EOFError', e)

print(issubclass(gzip.BadGzipFile, OSError), gzip.BadGzipFile.__mro__[1].__name__)

# zero bytes are padding only between members, not before the first one
for data in [b'\0' * 1024, b'\0\0\x1f', gzip.compress(b'abc', mtime=0) + b'\0' * 10 + gzip.compress(b'def', mtime=0) + b'\0' * 7]:
    try: print(gzip.GzipFile(fileobj=io.BytesIO(data)).read(10))
    except Exception as e: print(type(e).__name__, e)
