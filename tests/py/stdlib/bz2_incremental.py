# BZ2Compressor and BZ2Decompressor used piece by piece: where compressed output appears, the
# max_length limit, needs_input, eof and unused_data.
import bz2
import zlib


def lcg_text(n, seed):
    words = b'one two three four five six seven eight nine ten eleven twelve'.split()
    x = seed
    out = []
    size = 0
    while size < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        w = words[(x >> 12) % len(words)]
        out.append(w)
        size += len(w) + 1
    return b' '.join(out)[:n]


data = lcg_text(230000, 3)

# level 1 blocks hold about 100 kB: output comes out when a block fills
comp = bz2.BZ2Compressor(1)
pieces = []
for i in range(0, len(data), 30000):
    out = comp.compress(data[i:i + 30000])
    pieces.append(out)
    print('fed', min(i + 30000, len(data)), 'got', len(out))
tail = comp.flush()
pieces.append(tail)
print('flush', len(tail))
whole = b''.join(pieces)
print(whole == bz2.compress(data, 1), len(whole), zlib.crc32(whole))

# one byte at a time gives the same stream
comp = bz2.BZ2Compressor(9)
small = data[:3000]
outs = [comp.compress(small[i:i + 1]) for i in range(len(small))]
print(sum(len(o) for o in outs), comp.flush() == bz2.compress(small))

# decompression with max_length: at most that much per call
packed = bz2.compress(data, 1)
dec = bz2.BZ2Decompressor()
print(dec.eof, dec.needs_input, dec.unused_data)
got = [dec.decompress(packed[:50000], 70000)]
print(len(got[0]), dec.needs_input, dec.eof)
got.append(dec.decompress(b'', 70000))
print(len(got[1]), dec.needs_input, dec.eof)
got.append(dec.decompress(packed[50000:], 70000))
print(len(got[2]), dec.needs_input, dec.eof)
while not dec.eof:
    got.append(dec.decompress(b'', 70000))
    print(len(got[-1]), dec.needs_input, dec.eof)
print(b''.join(got) == data, dec.unused_data)

# exactly the output size: the end of the stream is still found
small_packed = bz2.compress(b'xyz' * 100)
dec = bz2.BZ2Decompressor()
out = dec.decompress(small_packed, 300)
print(len(out), dec.eof, dec.needs_input)
dec = bz2.BZ2Decompressor()
out = dec.decompress(small_packed, 299)
print(len(out), dec.eof, dec.needs_input)
print(dec.decompress(b'', 5), dec.eof, dec.needs_input)

# max_length=0 reads the first block but gives nothing
dec = bz2.BZ2Decompressor()
print(dec.decompress(small_packed, 0), dec.needs_input, dec.eof)
print(len(dec.decompress(b'')), dec.eof)

# a compressed stream fed one byte at a time
dec = bz2.BZ2Decompressor()
out = bytearray()
states = set()
for i in range(len(small_packed)):
    out += dec.decompress(small_packed[i:i + 1])
    states.add((dec.needs_input, dec.eof))
print(bytes(out) == b'xyz' * 100, sorted(states))

# what follows the end of a stream is unused_data; a second stream needs a new decompressor
two = small_packed + bz2.compress(b'second') + b'trailing'
dec = bz2.BZ2Decompressor()
first = dec.decompress(two)
print(len(first), dec.eof, len(dec.unused_data), dec.unused_data[-8:])
dec2 = bz2.BZ2Decompressor()
print(dec2.decompress(dec.unused_data), dec2.unused_data)

# feeding more after the end raises
try:
    dec.decompress(b'more')
except EOFError as e:
    print('EOFError', e)

# the end of stream split over two calls
cut = len(small_packed) - 3
dec = bz2.BZ2Decompressor()
a = dec.decompress(small_packed[:cut])
print(len(a), dec.eof, dec.needs_input)
b = dec.decompress(small_packed[cut:] + b'!!')
print(len(b), dec.eof, dec.needs_input, dec.unused_data)
