# bz2.compress and bz2.decompress on generated inputs: the compressed bytes (shown by length and
# CRC-32) are libbzip2's at every level, and each decompresses back to its input.
import bz2
import zlib

WORDS = ('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho '
         'sigma tau upsilon phi chi psi omega the a of and to in is').split()


def lcg_bytes(n, seed, alphabet=256):
    out = bytearray()
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 16) % alphabet)
    return bytes(out)


def prose(n, seed):
    x = seed
    words = []
    size = 0
    while size < n:
        x = (x * 69069 + 1) & 0xffffffff
        w = WORDS[(x >> 10) % len(WORDS)]
        if (x >> 5) % 11 == 0:
            w += '.\n'
        words.append(w)
        size += len(w) + 1
    return ' '.join(words).encode()[:n]


inputs = [
    ('empty', b''),
    ('one', b'x'),
    ('two', b'xy'),
    ('run3', b'aaa'),
    ('run4', b'aaaa'),
    ('run5', b'aaaaa'),
    ('run255', b'b' * 255),
    ('run256', b'b' * 256),
    ('run1000', b'c' * 1000),
    ('count-bytes', b'\x00' * 4 + b'\x01' * 5 + b'\xfb' * 255 + b'\xff' * 259),
    ('all-bytes', bytes(range(256)) * 4),
    ('prose', prose(6000, 7)),
    ('random', lcg_bytes(3000, 99)),
    ('dna', lcg_bytes(5000, 5, 4).translate(bytes.maketrans(b'\x00\x01\x02\x03', b'ACGT'))),
    ('periodic', b'abcde' * 700),
    ('runs-mixed', b''.join(bytes([65 + i % 7]) * (i % 13 + 1) for i in range(400))),
]

for name, data in inputs:
    sizes = []
    for level in range(1, 10):
        packed = bz2.compress(data, level)
        assert bz2.decompress(packed) == data, (name, level)
        sizes.append('%d:%d/%08x' % (level, len(packed), zlib.crc32(packed)))
    print(name, len(data), ' '.join(sizes))

# the default level is 9, and the header says so
print(bz2.compress(b'hello')[:4], bz2.compress(b'hello', 1)[:4])
print(bz2.compress(b'hello') == bz2.compress(b'hello', 9))
print(bz2.compress(bytearray(b'spam' * 10)) == bz2.compress(memoryview(b'spam' * 10)))
empty = bz2.compress(b'')
print(len(empty), empty.hex())
print(bz2.decompress(empty), bz2.decompress(b''))

# several streams one after another decompress as one
a, b = bz2.compress(b'first part, '), bz2.compress(b'second part', 3)
print(bz2.decompress(a + b + a))
