# zlib decompression through its fast and careful paths: one-shot and streamed (tiny input pieces,
# max_length limits with unconsumed_tail) on text with many short matches, long runs (overlapping
# copies) and binary data; flipped bytes at fixed places, a window too small for the distances used,
# an empty code-length code, and truncated streams report zlib's errors.
import zlib

words = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split()
state = 7
parts = []
for _ in range(30000):
    state = (state * 1103515245 + 12345) & 0x7fffffff
    parts.append(words[(state >> 8) % len(words)])
text = ' '.join(parts).encode()
runs = b'a' * 5000 + b'ab' * 3000 + b'abc' * 2000 + bytes(range(256)) * 40
binary = bytes(((i * i) >> 5) & 0xff for i in range(60000))

for name, data in [('text', text), ('runs', runs), ('binary', binary)]:
    for level in (1, 6, 9):
        packed = zlib.compress(data, level)
        assert zlib.decompress(packed) == data
        # tiny pieces
        d = zlib.decompressobj()
        out = b''.join(d.decompress(packed[i:i + 7]) for i in range(0, len(packed), 7)) + d.flush()
        assert out == data and d.eof
        # bounded output, feeding back unconsumed_tail
        d = zlib.decompressobj()
        chunks = []
        buf = packed
        while not d.eof:
            chunk = d.decompress(buf, 1000)
            assert len(chunk) <= 1000
            chunks.append(chunk)
            buf = d.unconsumed_tail
        assert b''.join(chunks) == data
        print(name, level, len(data), len(chunks), zlib.crc32(data), d.unused_data)

# raw and gzip containers, with trailing data
raw = zlib.compressobj(6, zlib.DEFLATED, -15)
rawdata = raw.compress(text) + raw.flush()
d = zlib.decompressobj(-15)
print(len(d.decompress(rawdata + b'tail')), d.eof, d.unused_data)
gz = zlib.compressobj(6, zlib.DEFLATED, 31)
gzdata = gz.compress(runs) + gz.flush()
print(len(zlib.decompress(gzdata, 47)), len(zlib.decompress(gzdata, 31)))

# damaged streams
packed = zlib.compress(text, 6)
for pos in (2, 3, 10, 100, 1000, len(packed) // 2, len(packed) - 5, len(packed) - 2):
    bad = bytearray(packed)
    bad[pos] ^= 0x55
    try:
        out = zlib.decompress(bytes(bad))
        print(pos, 'decoded', len(out))
    except zlib.error as e:
        print(pos, e)
for cut in (1, 5, 100, len(packed) - 4):
    try:
        zlib.decompress(packed[:-cut])
    except zlib.error as e:
        print('cut', cut, e)
    d = zlib.decompressobj()
    print('cut', cut, len(d.decompress(packed[:-cut])), d.eof)

# distances beyond a 512-byte window
far = zlib.compressobj(6, zlib.DEFLATED, -15)
fardata = far.compress(bytes(range(256)) * 4 + b'x' * 3000 + bytes(range(256)) * 4) + far.flush()
try:
    zlib.decompress(fardata, -9)
except zlib.error as e:
    print(e)
print(len(zlib.decompress(fardata, -15)))

# a dynamic block whose code-length code has no codes
for data in (bytes([5, 0, 0, 0]), bytes([5]) + bytes(40)):
    d = zlib.decompressobj(-15)
    try:
        print(len(d.decompress(data)), d.eof)
    except zlib.error as e:
        print(e)
