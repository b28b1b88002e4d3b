# Inputs that reach the bzip2 block sort's special cases: blocks cut at the block size limit (the
# 100000*level - 19 bytes of the first run-length step) with a run across the cut, and periodic
# blocks, where equal rotations make origPtr depend on libbzip2's own sorting order.
import bz2
import zlib


def lcg(n, seed, mod=256):
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 214013 + 2531011) & 0xffffffff
        out[i] = (x >> 16) % mod
    return bytes(out)


def report(label, data, levels=(1, 9)):
    for level in levels:
        comp = bz2.BZ2Compressor(level)
        first = comp.compress(data)
        rest = comp.flush()
        packed = first + rest
        assert bz2.decompress(packed) == data, label
        print(label, level, len(data), len(first), len(rest), '%08x' % zlib.crc32(packed))


# at level 1 a block takes 99981 bytes after the first run-length step
base = lcg(99981 + 10, 1)
for cut in (99979, 99980, 99981, 99982):
    report('edge %d' % cut, base[:cut], levels=(1,))
report('edge run', base[:99970] + b'r' * 40, levels=(1,))
report('edge long run', base[:99900] + b's' * 600, levels=(1,))

# periodic blocks, small (sorted by doubling) and large
for period in (1, 2, 3, 7, 64):
    unit = lcg(period, period + 5)
    report('periodic %d small' % period, (unit * (3000 // period + 1))[:3000])
    report('periodic %d large' % period, (unit * (30000 // period + 1))[:30000])
report('abab', b'ab' * 12000)
report('zeros', bytes(50000))
report('byte 251', b'\xfb' * 50000)
report('byte 4', b'\x04' * 40000)
report('repeated random', lcg(5000, 77) * 4)
report('two letters', lcg(40000, 3, 2).translate(bytes.maketrans(b'\x00\x01', b'xy')))
