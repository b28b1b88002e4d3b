# Multi-dimensional memoryviews: cast to a shape and back, attributes, tuple indexing, first-dimension
# slicing, nested tolist, tobytes orders, hex, len, iteration limits, 0-dim views and CPython's errors.


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r if not isinstance(r, memoryview) else ('view', r.shape))


def geometry(m):
    return (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.nbytes,
            m.c_contiguous, m.f_contiguous, m.contiguous)


# A 4 x 6 grayscale "image" in a bytearray, viewed as rows and columns.
pixels = bytearray(range(24))
flat = memoryview(pixels)
img = flat.cast('B', (4, 6))
print(geometry(img), len(img), img.obj is pixels, img.readonly)
print(img.tolist())
print(img[0, 0], img[3, 5], img[-1, -1], img[2, -3], img[True, 1])
img[1, 2] = 200
img[-1, 0] = 99
print(pixels[8], pixels[18], img[1, 2])
print(flat.cast('B', [24]).shape, img.cast('B').shape, img.cast('c').format, img.cast('B').tolist()[8])

# Slicing works along the first dimension only; the result may not be contiguous.
even = img[::2]
print(geometry(even))
print(even.tolist(), even.tobytes().hex())
tail = img[2:]
print(geometry(tail), tail[0, 0], tail.tolist()[1][:2])
back = img[::-1]
print(back.strides, back[0, 0], back.tobytes()[:6].hex(), back.c_contiguous)
print(img[5:].shape, img[5:].tolist(), img[5:].tobytes(), img[5:].c_contiguous)

# tobytes orders and hex of n-d views.
small = memoryview(bytes(range(6))).cast('B', [2, 3])
print(small.tobytes(), small.tobytes('C'), small.tobytes(order='F'), small.tobytes('A'), small.tobytes(None))
print(small[::-1].tobytes('F'), small[::-1].tobytes('A'), small[:1].tobytes('F'), small[:1].f_contiguous)
print(small.hex(), small.hex(':'), small[::-1].hex('-', 2), small[::-1].hex(sep='|', bytes_per_sep=-4))
print(bytes(small[::-1]), bytearray(small[::-1]), bytes(small), list(bytes(img[1::2]))[:3])
print(int.from_bytes(small[::-1], 'big'), b'<%s|%b>' % (small[::-1], small), b'-'.join([small, img[:1]]), b'' + small)
print(memoryview(bytes(6)).cast('B', [6, 1]).f_contiguous, memoryview(bytes(6)).cast('B', [1, 6]).strides)
print(memoryview(bytes(8)).cast('B', [4, 2, 1])[::2].strides, memoryview(bytes(8)).cast('B', [4, 2, 1])[::2].contiguous)

# Wider items in n-d shapes.
words = memoryview(bytearray(24)).cast('H', [3, 4])
print(geometry(words))
for r in range(3):
    for c in range(4):
        words[r, c] = r * 1000 + c
print(words.tolist(), words[2, 3], words.cast('B').cast('H').tolist()[5])
cube = memoryview(bytearray(range(24))).cast('B', (2, 3, 4))
print(geometry(cube), cube[1, 2, 3], cube[1:].tolist())
deep = memoryview(bytearray(2 ** 6)).cast('B', [2] * 6)
print(deep.ndim, deep.shape, deep.strides, deep[1, 1, 1, 1, 1, 1])

# Errors for indexing and assignment on n-d views.
attempt('int index', lambda: img[1])
attempt('short tuple', lambda: img[(1,)])
attempt('empty tuple', lambda: img[()])
attempt('long tuple', lambda: img[1, 2, 3])
attempt('dim 2 bounds', lambda: img[1, 6])
attempt('dim 1 bounds', lambda: img[-5, 0])
attempt('huge index', lambda: img[2 ** 70, 0])
attempt('float in tuple', lambda: img[1, 2.0])
attempt('str key', lambda: img['a'])
attempt('multi slice', lambda: img[1:2, 1:2])
attempt('mixed key', lambda: img[1, 1:2])
attempt('ellipsis', lambda: img[...])
attempt('set int', lambda: img.__setitem__(1, 5))
attempt('set short', lambda: img.__setitem__((1,), 5))
attempt('set range', lambda: img.__setitem__((1, 2), 256))
attempt('set slice', lambda: img.__setitem__(slice(0, 1), b'abcdef'))
attempt('set multi slice', lambda: img.__setitem__((slice(0, 1), slice(0, 1)), b'a'))
attempt('set ellipsis', lambda: img.__setitem__(..., b'a'))
attempt('del', lambda: img.__delitem__((0, 0)))
attempt('iter', lambda: iter(img))
attempt('list', lambda: list(img))
attempt('reversed', lambda: list(reversed(img)))
attempt('1-d empty tuple', lambda: flat[()])
attempt('1-d one tuple', lambda: flat[(3,)])

# cast: shapes, formats and their errors.
raw = memoryview(bytearray(24))
attempt('H 3x4', lambda: raw.cast('H', [3, 4]).strides)
attempt('@I 2x3', lambda: (raw.cast('@I', (2, 3)).format, raw.cast('@I', (2, 3)).strides))
attempt('d 3', lambda: raw.cast('d', [3]).tolist())
attempt('bad product', lambda: raw.cast('H', [3, 5]))
attempt('negative dim', lambda: raw.cast('H', [3, -4]))
attempt('zero dim', lambda: raw.cast('H', [3, 0]))
attempt('str dim', lambda: raw.cast('H', [3, 'a']))
attempt('float dim', lambda: raw.cast('H', (3, 4.0)))
attempt('shape int', lambda: raw.cast('H', 12))
attempt('shape None', lambda: raw.cast('H', None))
attempt('too big', lambda: raw.cast('H', [2 ** 62, 2 ** 62]))
attempt('overflow', lambda: raw.cast('H', [2 ** 64]))
attempt('65 dims', lambda: raw.cast('B', [1] * 65))
attempt('64 dims', lambda: raw.cast('B', [1] * 64))
attempt('nd to nd', lambda: img.cast('B', [6, 4]))
attempt('nd to 1d', lambda: img.cast('B', [24]).shape)
attempt('nd non-byte', lambda: words.cast('I'))
attempt('non-contiguous', lambda: even.cast('B'))
attempt('strided empty', lambda: memoryview(b'')[::2].cast('B'))
attempt('zeros', lambda: memoryview(b'').cast('B', [1]))
attempt('empty 1d', lambda: memoryview(b'').cast('H').shape)
attempt('format kw', lambda: raw.cast(format='Q', shape=[3]).tolist())
attempt('format int', lambda: raw.cast(5))
attempt('format multi', lambda: raw.cast('Hx'))
attempt('format <', lambda: raw.cast('<H'))
attempt('format @', lambda: raw.cast('@'))
attempt('format empty', lambda: raw.cast(''))
attempt('format non-ascii', lambda: raw.cast('\xe9'))
attempt('no format', lambda: raw.cast())
attempt('3 args', lambda: raw.cast('B', [24], 1))

# 0-dim views: one item, indexed with () or ....
scalar = memoryview(bytearray(b'\x01\x02')).cast('H', [])
print(geometry(scalar), scalar[()], scalar.tolist(), scalar.tobytes(), scalar.hex(), scalar[...] is scalar)
scalar[()] = 513
print(scalar.tolist(), bytes(scalar))
scalar[...] = 7
print(scalar[()], scalar.cast('B').tolist(), scalar.cast('B', [2]).shape)
attempt('0-dim len', lambda: len(scalar))
attempt('0-dim int', lambda: scalar[0])
attempt('0-dim slice', lambda: scalar[0:1])
attempt('0-dim str', lambda: scalar['a'])
attempt('0-dim set int', lambda: scalar.__setitem__(0, 1))
attempt('0-dim set slice', lambda: scalar.__setitem__(slice(None), 1))
attempt('0-dim iter', lambda: iter(scalar))
attempt('0-dim cast nd', lambda: scalar.cast('B', [1, 2]))
attempt('0-dim from 1 byte', lambda: memoryview(b'z').cast('c', []).tolist())
attempt('0-dim bad size', lambda: memoryview(b'ab').cast('B', []))

# Equality follows shape first, then item values whatever the formats.
data = bytes(range(8))
a = memoryview(data).cast('B', [2, 4])
print(a == memoryview(data).cast('B', [2, 4]), a == memoryview(data).cast('b', [2, 4]),
      a == memoryview(data).cast('c', [2, 4]), a == data, a.cast('B') == data, a != memoryview(data))
print(memoryview(data).cast('H', [2, 2]) == memoryview(data).cast('H', [2, 2]),
      memoryview(data).cast('H', [2, 2]) == memoryview(data).cast('H', [4]),
      memoryview(data).cast('H', [2, 2]) == a)
print(img[5:] == img[6:], back == back, back == img, back[::-1] == img, img == img.tolist())
print(bytearray(data) == a, a == bytearray(data), data == a, scalar == scalar, scalar == 7)
attempt('ordering', lambda: a < a)
