# Throughput of zlib, bz2 and hashlib on 1 MB inputs: run under CPython and Immortal and compare
# (`python3 bench/codec_bench.py`, `node bin/immortal.js bench/codec_bench.py`). Best of N per case,
# after one warm-up run; prints one line per case with the time in ms and the rate in MB/s of input
# (of output for decompress). An optional second argument keeps only the cases whose label contains it.
import bz2
import hashlib
import sys
import time
import zlib

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10
ONLY = sys.argv[2] if len(sys.argv) > 2 else ''

# ~1 MB of English-like text from a fixed LCG (compresses about 3:1, like prose)
WORDS = ('the of and to in is was that for it with as his on be at by had are but from or have an they '
         'which one you were her all she there would their we him been has when who will more no if out '
         'so said what up its about into than them can only other new some could time these two may then '
         'do first any my now such like our over man me even most made after also did many before must '
         'through back years where much your way well down should because each just those people').split()
state = 12345
parts = []
size = 0
while size < 1 << 20:
    state = (state * 1103515245 + 12345) & 0x7fffffff
    w = WORDS[(state >> 8) % len(WORDS)]
    if (state >> 4) % 13 == 0:
        w += ',' if (state >> 2) % 3 else '.\n'
    parts.append(w)
    size += len(w) + 1
text = ' '.join(parts).encode()[:1 << 20]
packed = zlib.compress(text, 6)
blob = bytes((i * 7919 + (i >> 9)) & 0xff for i in range(1 << 20))  # for the digests
noise = bytes((i * 2654435761 >> 13) & 0xff for i in range(1 << 20))   # incompressible-looking bytes
zeros = bytes(1 << 20)                                                  # bz2: a periodic block (fallback sort)
bz2_packed = {name: bz2.compress(data) for name, data in (('text', text), ('noise', noise), ('zeros', zeros))}

CASES = [
    ('zlib.decompress 1 MB text', len(text), lambda: zlib.decompress(packed)),
    ('zlib.compress 1 MB text (level 6)', len(text), lambda: zlib.compress(text, 6)),
    ('bz2.compress 1 MB text (level 9)', len(text), lambda: bz2.compress(text)),
    ('bz2.compress 1 MB text (level 1)', len(text), lambda: bz2.compress(text, 1)),
    ('bz2.decompress 1 MB text', len(text), lambda: bz2.decompress(bz2_packed['text'])),
    ('bz2.compress 1 MB noise', len(noise), lambda: bz2.compress(noise)),
    ('bz2.decompress 1 MB noise', len(noise), lambda: bz2.decompress(bz2_packed['noise'])),
    ('bz2.compress 1 MB zeros', len(zeros), lambda: bz2.compress(zeros)),
    ('bz2.decompress 1 MB zeros', len(zeros), lambda: bz2.decompress(bz2_packed['zeros'])),
]


def digest_case(name):
    size = 32 if name.startswith('shake') else None
    return lambda: hashlib.new(name, blob).digest(*([size] if size else []))


for name in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', 'blake2s', 'shake_128'):
    CASES.append(('hashlib.%s 1 MB' % name, len(blob), digest_case(name)))

for label, nbytes, fn in CASES:
    if ONLY not in label:
        continue
    fn()
    best = float('inf')
    for _ in range(N):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    print('%-36s %9.2f ms %9.1f MB/s' % (label, best * 1000, nbytes / best / 1e6))
