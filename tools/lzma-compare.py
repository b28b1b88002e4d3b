#!/usr/bin/env python3
"""Checks Immortal's lzma decompression against CPython's (liblzma) on generated streams: .xz at every
preset and check, .lzma, raw LZMA1/LZMA2 with various options, the delta filter, concatenated
streams, decompression in pieces with max_length (output, needs_input, eof and unused_data after
every call) and corrupted streams (the exception and its message). Immortal cannot compress, so
CPython makes the streams.

Run under CPython 3.12 from the repository root:
    PYENV_VERSION=3.12.1 python3 tools/lzma-compare.py [--quick] [--only SUBSTRING]
Exit status 1 on any difference."""
import lzma
import os
import random
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 12), sys.version
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def lcg(n, seed, mod=256):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 214013 + 2531011) & 0xffffffff
        out[i] = (x >> 16) % mod
    return bytes(out)


def text(rng, n):
    words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor'.split()
    return ' '.join(rng.choice(words) for _ in range(n // 5)).encode()[:n]


def inputs(quick):
    rng = random.Random(77)
    out = [('empty', b''), ('one', b'q'), ('two', b'qr'), ('text', text(rng, 30000)), ('noise', lcg(40000, 1)),
           ('runs', b'z' * 70000 + b'y' * 300), ('dna', lcg(60000, 2, 4)), ('ramp', bytes(i & 0xff for i in range(50000))),
           ('words', b' '.join(b'item%d' % (i % 311) for i in range(15000)))]
    if not quick:
        out += [('text-2M', text(rng, 2 << 20)), ('noise-300k', lcg(300000, 5)), ('zeros-3M', bytes(3 << 20))]
    return out


def streams(quick):
    for name, data in inputs(quick):
        big = len(data) > 1 << 20
        for preset in ((0, 6) if big else (0, 1, 3, 6, 9, 6 | lzma.PRESET_EXTREME)):
            yield 'xz-p%d-%s' % (preset & 15, name), lzma.compress(data, preset=preset), 'auto', None
        for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_SHA256):
            yield 'xz-c%d-%s' % (check, name), lzma.compress(data, check=check), 'xz', None
        yield 'alone-%s' % name, lzma.compress(data, format=lzma.FORMAT_ALONE), 'alone', None
        yield 'alone-auto-%s' % name, lzma.compress(data, format=lzma.FORMAT_ALONE, preset=1), 'auto', None
        if big:
            continue
        for lc, lp, pb in ((3, 0, 2), (0, 0, 0), (4, 0, 4), (1, 3, 1), (0, 4, 2)):
            f = [{'id': lzma.FILTER_LZMA1, 'lc': lc, 'lp': lp, 'pb': pb, 'dict_size': 1 << 16}]
            yield 'raw1-%d%d%d-%s' % (lc, lp, pb, name), lzma.compress(data, format=lzma.FORMAT_RAW, filters=f), 'raw', f
        f = [{'id': lzma.FILTER_LZMA2, 'preset': 2, 'lc': 1, 'lp': 2, 'pb': 0}]
        yield 'raw2-%s' % name, lzma.compress(data, format=lzma.FORMAT_RAW, filters=f), 'raw', f
        for dist in (1, 2, 7, 256):
            f = [{'id': lzma.FILTER_DELTA, 'dist': dist}, {'id': lzma.FILTER_LZMA2, 'preset': 1}]
            yield 'delta%d-%s' % (dist, name), lzma.compress(data, filters=f), 'xz', None
            yield 'rawdelta%d-%s' % (dist, name), lzma.compress(data, format=lzma.FORMAT_RAW, filters=f), 'raw', f
        two = lzma.compress(data[:len(data) // 2]) + lzma.compress(data[len(data) // 2:], format=lzma.FORMAT_ALONE)
        yield 'concat-%s' % name, two, 'auto', None


DRIVER = r'''
import lzma, sys, zlib, ast
folder = sys.argv[1]
for line in open(folder + '/list.txt'):
    name, fmt, filters = line.rstrip('\n').split('\t')
    packed = open(folder + '/' + name, 'rb').read()
    fmt = {'auto': lzma.FORMAT_AUTO, 'xz': lzma.FORMAT_XZ, 'alone': lzma.FORMAT_ALONE, 'raw': lzma.FORMAT_RAW}[fmt]
    filters = ast.literal_eval(filters)
    def attempt(f):
        try:
            return f()
        except Exception as e:
            return '%s: %s' % (type(e).__name__, e)
    def whole():
        d = lzma.LZMADecompressor(fmt, filters=filters)
        out = d.decompress(packed + b'after')
        return (len(out), zlib.crc32(out), d.eof, d.check, d.needs_input, d.unused_data)
    def pieces():
        d = lzma.LZMADecompressor(fmt, filters=filters)
        log, pos, got = [], 0, []
        while not d.eof and len(log) < 400:
            if d.needs_input:
                chunk = packed[pos:pos + 1031]
                pos += len(chunk)
                if not chunk:
                    break
            else:
                chunk = b''
            out = d.decompress(chunk, 2053)
            got.append(out)
            log.append((len(out), d.needs_input, d.eof))
        return (zlib.crc32(b''.join(got)), log[:6], log[-3:], len(log), d.unused_data)
    def oneshot():
        out = lzma.decompress(packed, fmt, filters=filters)
        return (len(out), zlib.crc32(out))
    print(name, attempt(whole), attempt(pieces), attempt(oneshot))
'''


def corrupt(name, packed, rng):
    """Copies of a stream with one byte changed or cut short."""
    n = len(packed)
    spots = sorted(set([0, 1, 5, 6, 7, 8, 11, 12, 13, 14, 16, 20, n // 3, n // 2, n - 13, n - 12, n - 10, n - 6, n - 2, n - 1]))
    for at in spots:
        if 0 <= at < n:
            bad = bytearray(packed)
            bad[at] ^= 0x41 if at % 2 else 0x04
            yield '%s-flip%d' % (name, at), bytes(bad)
    for cut in (1, 3, 12, 13, n // 2, n - 12, n - 1):
        if 0 < cut < n:
            yield '%s-cut%d' % (name, cut), packed[:cut]


def main():
    quick = '--quick' in sys.argv
    only = sys.argv[sys.argv.index('--only') + 1] if '--only' in sys.argv else ''
    rng = random.Random(3)
    todo = [(n, p, f, fl) for n, p, f, fl in streams(quick) if only in n]
    extra = []
    for n, p, f, fl in todo:
        if n.endswith('-text') and (n.startswith('xz-p6') or n.startswith('alone-text') or n.startswith('raw1-302')
                                    or n.startswith('raw2') or n.startswith('delta2-')):
            extra += [(cn, cp, f, fl) for cn, cp in corrupt(n, p, rng)]
    todo += extra
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, 'list.txt'), 'w') as lst:
            for name, packed, fmt, filters in todo:
                with open(os.path.join(folder, name), 'wb') as f:
                    f.write(packed)
                lst.write('%s\t%s\t%r\n' % (name, fmt, filters))
        driver = os.path.join(folder, 'driver.py')
        with open(driver, 'w') as f:
            f.write(DRIVER)
        want = subprocess.run([sys.executable, driver, folder], capture_output=True, text=True)
        got = subprocess.run(['node', os.path.join(ROOT, 'bin', 'immortal.js'), driver, folder],
                             capture_output=True, text=True)
    exp, out = want.stdout.splitlines(), got.stdout.splitlines()
    bad = [(e, g) for e, g in zip(exp, out) if e != g]
    if len(exp) != len(out):
        bad.append(('%d lines' % len(exp), '%d lines' % len(out)))
    for e, g in bad[:25]:
        print('expected', e[:300], '\n     got', g[:300])
    if got.stderr:
        print(got.stderr[-2000:])
    print('%d streams (%d corrupted) compared, %d differences' % (len(todo), len(extra), len(bad)))
    sys.exit(1 if bad or got.returncode else 0)


if __name__ == '__main__':
    main()
