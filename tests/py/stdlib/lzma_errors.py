# lzma's errors: arguments of LZMADecompressor and its filter specifiers, corrupt and cut streams
# (liblzma's messages), use after the end or after an error, and the read-only attributes. The
# streams were made by CPython 3.12's lzma (Immortal's cannot compress).
import base64
import lzma
import _lzma

SMALL = b'lzma in Immortal\n' * 3
XZ_CRC32 = base64.b64decode(
    '/Td6WFoAAAFpIt42AgAhARAAAACocI6G4AAyABhdADYeid19ST4zokI1zRYTHC3woyfs+7IAAAD64bsBAAEwM87iEECQQpkN'
    'AQAAAAABWVo=')
ALONE = base64.b64decode(
    'XQAAgAD//////////wAYDoAnNfHoPaHx7iF17L9KXEc2dk7NAfbTg2ZHt+ROiv8W6YFytkborb+Ppn2wFNBzDsfHAJX7Tbk6'
    '9QlaFzKZ6Txh1JvNa7flK6s3uv78nA7MV+Ddb14p6IrMZ6jl9NolWMEDvFX9inrvMOtf98FzqGLDc0ByuKKixSAaJLQpOgZM'
    'HJ5duX0mDD4Z1e15TV5rk2F0IiLHmzxDQQasmLPEXKdCkXRrpoGOQ4KhifRB2IKVj7s1y+0DazvURAEMj40IGK+DKqlEe++w'
    'R9ClBaSjbOZf6uVjG1MVQcmtnFgACGfayPWoJ2R1HJ3KeQOZExnbIb/q5bcbhIqFbEzoEZ4o5IAXNDX82lumRno7ZEwNgtDv'
    'YxI8ET6PbT5IAS8fe9uzyE0DlX0VlTgpRfFR1EIZrX0z3xszlZgQhVdZ1DtBRySbm3XbOFxkV8xnpupgIe6IjFAEuhWIZ1mC'
    'sMRjc9Cr8XEgounjvaWeG2U9P6kGr//MfHd8BXNMgsHisM6H9QCVsbEboWrU/ezeq0qUUNDdhlizGGMPTRJMw4HBIZVWymL6'
    'ZETn0RdTEifYSPpLGTwBNfrD0mCuKADEtoSq42D2EussYGR7aiW1sj7AALNy34/JPy/w/q5yLcIDhoGG737ceWLdNjQMNoaa'
    'IOSQcI97/GRavRmPTzXlPobT6u93Od3xfSF2UbeSHLRY5//9p2HI')


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r)[:70])


LZ2 = {'id': lzma.FILTER_LZMA2}
show('format 7', lambda: lzma.LZMADecompressor(7))
show('format str', lambda: lzma.LZMADecompressor('xz'))
show('raw without filters', lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW))
show('filters with xz', lambda: lzma.LZMADecompressor(lzma.FORMAT_XZ, filters=[LZ2]))
show('memlimit with raw', lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW, memlimit=1 << 20, filters=[LZ2]))
show('memlimit negative', lambda: lzma.LZMADecompressor(memlimit=-1))
show('memlimit str', lambda: lzma.LZMADecompressor(memlimit='big'))
show('memlimit ok', lambda: type(lzma.LZMADecompressor(memlimit=1 << 30)).__name__)
show('too many args', lambda: lzma.LZMADecompressor(0, None, None, 1))
show('bad keyword', lambda: lzma.LZMADecompressor(fmt=1))
for label, chain in [('no id', [{}]), ('bad id', [{'id': 99}]), ('not a dict', [5]), ('str id', [{'id': 'x'}]),
                     ('bad key', [{'id': lzma.FILTER_LZMA2, 'size': 1}]),
                     ('bad value', [{'id': lzma.FILTER_LZMA2, 'dict_size': -5}]),
                     ('huge value', [{'id': lzma.FILTER_LZMA1, 'lc': 2 ** 40}]),
                     ('bad preset', [{'id': lzma.FILTER_LZMA2, 'preset': 10}]),
                     ('preset str', [{'id': lzma.FILTER_LZMA2, 'preset': 'x'}]),
                     ('delta key', [{'id': lzma.FILTER_DELTA, 'distance': 3}, LZ2]),
                     ('bcj key', [{'id': lzma.FILTER_X86, 'offset': 0}, LZ2]),
                     ('five', [{'id': lzma.FILTER_DELTA}] * 4 + [LZ2]),
                     ('no lzma', [{'id': lzma.FILTER_DELTA}]),
                     ('lzma first', [LZ2, {'id': lzma.FILTER_DELTA}]),
                     ('delta 0', [{'id': lzma.FILTER_DELTA, 'dist': 0}, LZ2]),
                     ('lc+lp', [{'id': lzma.FILTER_LZMA1, 'lc': 3, 'lp': 2}]),
                     ('empty chain', []), ('not a sequence', 5)]:
    show('filters ' + label, lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=chain))

d = lzma.LZMADecompressor()
show('decompress str', lambda: d.decompress('text'))
show('decompress none', lambda: d.decompress())
show('max_length str', lambda: d.decompress(b'', 'x'))
show('max_length huge', lambda: d.decompress(b'', 2 ** 70))
show('set check', lambda: setattr(d, 'check', 1))
show('set eof', lambda: setattr(d, 'eof', True))
show('del unused_data', lambda: delattr(d, 'unused_data'))

# what liblzma finds wrong
show('garbage', lambda: lzma.decompress(b'this is not compressed data'))
show('xz magic', lambda: lzma.decompress(b'\xfd7zXY\x00' + XZ_CRC32[6:]))
show('xz on .lzma', lambda: lzma.decompress(ALONE, lzma.FORMAT_XZ))
show('.lzma on xz', lambda: lzma.decompress(XZ_CRC32, lzma.FORMAT_ALONE))
show('raw on xz', lambda: lzma.decompress(XZ_CRC32, lzma.FORMAT_RAW, filters=[LZ2]))
for at in (6, 7, 8, 12, 13, 16, 24, 30, 40, len(XZ_CRC32) - 24, len(XZ_CRC32) - 16, len(XZ_CRC32) - 12,
           len(XZ_CRC32) - 8, len(XZ_CRC32) - 3, len(XZ_CRC32) - 1):
    bad = bytearray(XZ_CRC32)
    bad[at] ^= 0x20
    show('xz flip %d' % at, lambda: lzma.decompress(bytes(bad)))
for at in (0, 1, 4, 8, 13, 14, 20, 100, len(ALONE) - 3, len(ALONE) - 1):
    bad = bytearray(ALONE)
    bad[at] ^= 0x08
    show('alone flip %d' % at, lambda: len(lzma.decompress(bytes(bad))))
for cut in (3, 11, 12, 30, len(XZ_CRC32) - 12, len(XZ_CRC32) - 1):
    show('xz cut %d' % cut, lambda: lzma.decompress(XZ_CRC32[:cut]))
show('alone cut', lambda: lzma.decompress(ALONE[:-1]))
show('stream padding', lambda: lzma.decompress(XZ_CRC32 + b'\x00' * 4 + XZ_CRC32))

d = lzma.LZMADecompressor()
show('first error', lambda: d.decompress(b'\xfd7zXZ\x00\x00\x05' + b'\x00' * 10))
show('after the error', lambda: d.decompress(XZ_CRC32))
print(d.eof, d.check, d.needs_input)
d = lzma.LZMADecompressor()
d.decompress(XZ_CRC32)
show('after the end', lambda: d.decompress(b''))

print(lzma.LZMAError.__module__, lzma.LZMAError.__mro__[1].__name__, lzma.LZMAError.__doc__)
for t in (lzma.LZMADecompressor, lzma.LZMACompressor):
    try:
        type('Sub', (t,), {})
    except TypeError as e:
        print(e)
print(sorted(k for k in vars(_lzma.LZMADecompressor) if not k.startswith('__')))
print(type(lzma.LZMADecompressor.check).__name__, lzma.LZMADecompressor.check.__doc__)
print(sorted(n for n in dir(lzma) if not n.startswith('_')) == sorted(lzma.__all__ + ['builtins', 'io', 'os']))
