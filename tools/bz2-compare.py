#!/usr/bin/env python3
"""Checks Immortal's bz2 against CPython's (libbzip2) on several hundred generated inputs: the
compressed bytes must be identical at every level tried, and Immortal must decompress CPython's output
(whole, in small pieces with max_length, and as concatenated streams) back to the input.

Run under CPython 3.12 from the repository root:
    PYENV_VERSION=3.12.1 python3 tools/bz2-compare.py [--quick] [--only SUBSTRING]
It writes the inputs to a temporary folder, runs one `node bin/immortal.js` over all of them and
compares what that prints with CPython's results. Exit status 1 on any difference."""
import bz2
import os
import random
import subprocess
import sys
import tempfile
import zlib

assert sys.version_info[:2] == (3, 12), sys.version
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

WORDS = ('the of and to in is was that for it with as his on be at by had are but from or have an they '
         'which one you were her all she there would their we him been has when who will more no if out '
         'so said what up its about into than them can only other new some could time these two may then').split()


def text(rng, size):
    parts, n = [], 0
    while n < size:
        w = rng.choice(WORDS)
        if rng.random() < 0.08:
            w += rng.choice(',.;\n')
        parts.append(w)
        n += len(w) + 1
    return ' '.join(parts).encode()[:size]


def cases(quick):
    rng = random.Random(1234)
    out = [('empty', b'')]
    for b in (0, 1, 65, 250, 251, 255):
        out.append(('one-%d' % b, bytes([b])))
    # runs around the first run-length step's limits (4 and 255) and mixtures of them
    for n in (2, 3, 4, 5, 6, 7, 8, 254, 255, 256, 257, 259, 260, 510, 511, 512, 1000, 4096):
        out.append(('run-%d' % n, b'q' * n))
        out.append(('runs-mixed-%d' % n, b'q' * n + b'r' * (n // 2 + 1) + b'q' * 3 + b'\x00' * n))
    for n in (4, 5, 6, 8, 9, 255, 256):
        out.append(('run-count-byte-%d' % n, bytes([n - 4]) * n + bytes([n - 4, n - 4]) * 20))
    # small random and structured inputs
    for i in range(60):
        size = rng.choice([1, 2, 3, 7, 16, 50, 99, 100, 101, 200, 333, 1000, 2047, 4096, 9999, 10000, 10001, 30000])
        alpha = rng.choice([2, 3, 4, 16, 26, 64, 256])
        data = bytes(rng.randrange(alpha) for _ in range(size))
        out.append(('random-%d-a%d-%d' % (size, alpha, i), data))
    for i in range(40):
        size = rng.choice([10, 100, 1000, 5000, 20000, 60000, 150000])
        out.append(('text-%d-%d' % (size, i), text(rng, size)))
    # runs of random lengths with random bytes (exercises the 4+count coding and MTF runs)
    for i in range(30):
        parts = []
        for _ in range(rng.randrange(1, 400)):
            parts.append(bytes([rng.choice(b'ab\x00\xff\x04')]) * rng.choice([1, 2, 3, 4, 5, 100, 255, 256, 300]))
        out.append(('runlist-%d' % i, b''.join(parts)))
    # periodic blocks: equal rotations, where the sort's order of ties decides origPtr
    for period in (1, 2, 3, 5, 7, 16, 100, 1000, 4999, 5000):
        unit = bytes(rng.randrange(256) for _ in range(period))
        for total in (period * 3, 9000, 20000, 60000):
            out.append(('periodic-%d-%d' % (period, total), (unit * (total // period + 1))[:total]))
    for b in (0, 0x41, 0xfb, 0xfc):
        for n in (1000, 12345, 100000):
            out.append(('same-%02x-%d' % (b, n), bytes([b]) * n))
    out.append(('abab', b'ab' * 30000))
    out.append(('aab', b'aab' * 20000))
    out.append(('counting', bytes(i & 0xff for i in range(70000))))
    out.append(('counting-slow', bytes((i >> 8) & 0xff for i in range(70000))))
    out.append(('fib-word', fib_word(50000)))
    out.append(('thue-morse', bytes(bin(i).count('1') & 1 for i in range(65536))))
    if not quick:
        # block boundaries: 100000*level - 19 bytes after the first run-length step, with a run across
        for level in (1, 2):
            limit = 100000 * level - 19
            for extra in (-2, -1, 0, 1, 2, 5):
                data = bytes(rng.randrange(256) for _ in range(limit + extra))
                out.append(('edge-L%d-%+d' % (level, extra), data))
                out.append(('edge-run-L%d-%+d' % (level, extra), data[:limit + extra - 300] + b'z' * 300))
        out.append(('random-1M', rng.randbytes(1 << 20)))
        out.append(('text-2M', text(rng, 2 << 20)))
        out.append(('zeros-1M', bytes(1 << 20)))
        out.append(('fb-1M', b'\xfb' * (1 << 20)))
        out.append(('periodic-big', (bytes(rng.randrange(256) for _ in range(12000)) * 80)))
        out.append(('two-symbols-300k', bytes(rng.choice(b'xy') for _ in range(300000))))
        out.append(('fib-word-400k', fib_word(400000)))
    return out


def fib_word(n):
    a, b = b'a', b'ab'
    while len(b) < n:
        a, b = b, b + a
    return b[:n]


def levels_for(name, data):
    if len(data) > 300000:
        return (1, 5, 9)
    if len(data) > 60000:
        return (1, 9)
    return tuple(range(1, 10))


DRIVER = r'''
import bz2, sys, os, zlib
folder = sys.argv[1]
names = open(os.path.join(folder, 'names.txt')).read().split()
for name in names:
    data = open(os.path.join(folder, name + '.in'), 'rb').read()
    levels = [int(x) for x in open(os.path.join(folder, name + '.levels')).read().split()]
    for level in levels:
        c = bz2.BZ2Compressor(level)
        out = c.compress(data) + c.flush()
        print(name, level, len(out), zlib.crc32(out))
    packed = open(os.path.join(folder, name + '.bz2'), 'rb').read()
    ok = bz2.decompress(packed) == data
    d = bz2.BZ2Decompressor()
    parts = []
    pos = 0
    while not d.eof:
        if d.needs_input:
            chunk = packed[pos:pos + 997]
            pos += len(chunk)
            if not chunk:
                break
        else:
            chunk = b''
        parts.append(d.decompress(chunk, 4093))
    ok = ok and b''.join(parts) == data and d.unused_data == packed[pos:]
    ok = ok and bz2.decompress(packed + packed) == data + data
    print(name, 'decompress', ok)
'''


def main():
    quick = '--quick' in sys.argv
    only = sys.argv[sys.argv.index('--only') + 1] if '--only' in sys.argv else ''
    todo = [(n, d) for n, d in cases(quick) if only in n]
    expected = []
    with tempfile.TemporaryDirectory() as folder:
        for name, data in todo:
            levels = levels_for(name, data)
            with open(os.path.join(folder, name + '.in'), 'wb') as f:
                f.write(data)
            with open(os.path.join(folder, name + '.levels'), 'w') as f:
                f.write(' '.join(map(str, levels)))
            for level in levels:
                out = bz2.compress(data, level)
                expected.append('%s %d %d %d' % (name, level, len(out), zlib.crc32(out)))
            with open(os.path.join(folder, name + '.bz2'), 'wb') as f:
                f.write(bz2.compress(data, levels[-1]))
            expected.append('%s decompress True' % name)
        with open(os.path.join(folder, 'names.txt'), 'w') as f:
            f.write('\n'.join(n for n, _ in todo))
        driver = os.path.join(folder, 'driver.py')
        with open(driver, 'w') as f:
            f.write(DRIVER)
        proc = subprocess.run(['node', os.path.join(ROOT, 'bin', 'immortal.js'), driver, folder],
                              capture_output=True, text=True)
    got = proc.stdout.splitlines()
    bad = [(e, g) for e, g in zip(expected, got) if e != g]
    if len(got) != len(expected):
        bad.append(('%d lines' % len(expected), '%d lines' % len(got)))
    for e, g in bad[:20]:
        print('expected', e, '\n     got', g)
    if proc.stderr:
        print(proc.stderr[-3000:])
    ncomp = sum(1 for e in expected if 'decompress' not in e)
    print('%d inputs, %d compressions compared, %d differences' % (len(todo), ncomp, len(bad)))
    sys.exit(1 if bad or proc.returncode else 0)


if __name__ == '__main__':
    main()
