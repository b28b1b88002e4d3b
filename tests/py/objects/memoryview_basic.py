# memoryview over bytes: attributes, indexing, slicing, tolist/tobytes/hex, comparisons.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
s = m[1:5]
print(s.tobytes(), s.tolist(), s.nbytes, s.obj, s[::2].tobytes(), s[::2].strides, m[::-1].tobytes())
print(m.hex(), m.hex(':'), m[2:4].hex('-', 1), bytes(m[:2]), list(m[4:]))
print(m == b'abcdef', m[:3] == b'abc', m != b'x', m == memoryview(b'abcdef'), m == 'abcdef')
print(m.c_contiguous, m[::2].contiguous, m.suboffsets, hash(m) == hash(b'abcdef'))
c = m.cast('c')
print(c.format, c[0], c.tolist()[:3], c[1:3].tobytes())
for x in memoryview(b'hi'):
    print(x)
print(b''.join([memoryview(b'x'), b'y']), b'-'.join([memoryview(b'ab')[1:]]))
