# bz2's errors: argument checks, misuse of the compressor and decompressor, and corrupt or cut
# data, with CPython's exception types and messages.
import bz2
import _bz2


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r)[:60])


show('level 0', lambda: bz2.BZ2Compressor(0))
show('level 10', lambda: bz2.BZ2Compressor(10))
show('level -1', lambda: bz2.compress(b'x', -1))
show('level str', lambda: bz2.BZ2Compressor('9'))
show('level float', lambda: bz2.BZ2Compressor(9.0))
show('level huge', lambda: bz2.BZ2Compressor(2 ** 40))
show('level keyword', lambda: bz2.BZ2Compressor(compresslevel=3))
show('two args', lambda: bz2.BZ2Compressor(3, 4))
show('decompressor arg', lambda: bz2.BZ2Decompressor(1))
show('decompressor keyword', lambda: bz2.BZ2Decompressor(x=1))
show('level True', lambda: len(bz2.compress(b'abc', True)))

c = bz2.BZ2Compressor()
show('compress str', lambda: c.compress('text'))
show('compress none', lambda: c.compress())
show('compress two', lambda: c.compress(b'a', b'b'))
show('compress keyword', lambda: c.compress(data=b'a'))
show('flush arg', lambda: c.flush(1))
show('compress', lambda: c.compress(b'abc'))
show('flush', lambda: c.flush()[:4])
show('flush again', lambda: c.flush())
show('compress after flush', lambda: c.compress(b'abc'))

d = bz2.BZ2Decompressor()
show('decompress no data', lambda: d.decompress())
show('decompress str', lambda: d.decompress('abc'))
show('decompress three', lambda: d.decompress(b'', 1, 2))
show('decompress bad keyword', lambda: d.decompress(b'', size=3))
show('max_length str', lambda: d.decompress(b'', 'x'))
show('max_length float', lambda: d.decompress(b'', 1.0))
show('max_length huge', lambda: d.decompress(b'', max_length=2 ** 80))
show('max_length negative', lambda: d.decompress(b'', max_length=-7))
show('set eof', lambda: setattr(d, 'eof', True))
show('set needs_input', lambda: setattr(d, 'needs_input', False))
show('del unused_data', lambda: delattr(d, 'unused_data'))
show('new attribute', lambda: setattr(d, 'extra', 1))

# bad magic: each wrong byte is consumed, and checking resumes at the same place
d = bz2.BZ2Decompressor()
show('not bzip2', lambda: d.decompress(b'x'))
show('then a header', lambda: d.decompress(b'BZh9'))
show('then a bad block', lambda: d.decompress(b'BZh0'))
show('level digit 0', lambda: bz2.decompress(b'BZh0' + bz2.compress(b'a')[4:]))
show('level digit :', lambda: bz2.BZ2Decompressor().decompress(b'BZh:'))
show('zlib data', lambda: bz2.decompress(b'x\x9c\x03\x00\x00\x00\x00\x01'))
show('gzip magic', lambda: bz2.decompress(b'\x1f\x8b\x08\x00'))

packed = bz2.compress(b'The quick brown fox jumps over the lazy dog. ' * 40)
show('cut short', lambda: bz2.decompress(packed[:-5]))
show('header only', lambda: bz2.decompress(packed[:4]))
show('cut', lambda: bz2.decompress(packed[:len(packed) // 2]))
for pos in (4, 10, 14, 20, 40, len(packed) // 2, len(packed) - 6, len(packed) - 2):
    bad = bytearray(packed)
    bad[pos] ^= 0x10
    show('flip at %d' % pos, lambda: bz2.decompress(bytes(bad)))
# trailing garbage after a good stream is ignored; garbage first is an error
show('good + junk', lambda: len(bz2.decompress(packed + b'junk junk')))
show('junk + good', lambda: bz2.decompress(b'junk' + packed))
show('good + cut stream', lambda: bz2.decompress(packed + packed[:30]))

d = bz2.BZ2Decompressor()
d.decompress(packed)
show('after the end', lambda: d.decompress(b''))
print(d.eof, d.needs_input, d.unused_data)

# the types are final, like CPython's
for t in (bz2.BZ2Compressor, bz2.BZ2Decompressor):
    try:
        type('Sub', (t,), {})
    except TypeError as e:
        print(e)
    print(t.__module__, t.__name__, t.__qualname__, _bz2.__name__)
import pickle
show('pickle', lambda: pickle.dumps(bz2.BZ2Compressor()))
show('pickle', lambda: pickle.dumps(bz2.BZ2Decompressor()))
print(bz2.BZ2Decompressor.eof.__doc__)
print(bz2.BZ2Decompressor.unused_data.__doc__)
print(bz2.BZ2Decompressor.needs_input.__doc__)
print(type(bz2.BZ2Decompressor.eof).__name__)
print(sorted(n for n in dir(bz2) if not n.startswith('_')), bz2.__all__)
