# memoryview lifetime and identity: release() and the context manager, exports held by __buffer__ views,
# iteration over a view released midway, obj/toreadonly, hash rules, and 1-D slice assignment structures.


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', r if not isinstance(r, memoryview) else ('view', r.format, r.shape))


# Views pin a bytearray until every one of them is released.
buf = bytearray(b'abcdef')
m = memoryview(buf)
rows = m.cast('B', [2, 3])
tail = m[3:]
print(m.obj is buf, rows.obj is buf, tail.obj is buf, memoryview(rows).obj is buf, rows.toreadonly().obj is buf)
m.release()
attempt('append with 2 views', lambda: buf.append(1))
rows.release()
tail.release()
buf.append(ord('g'))
print(buf)
released = memoryview(b'xy')
released.release()
released.release()
for name in ['obj', 'nbytes', 'readonly', 'itemsize', 'format', 'ndim', 'shape', 'strides', 'suboffsets',
             'c_contiguous', 'f_contiguous', 'contiguous']:
    attempt(name, lambda: getattr(released, name))
for call in [lambda: released.tobytes(), lambda: released.tolist(), lambda: released.hex(),
             lambda: released.toreadonly(), lambda: released.__enter__(), lambda: released.cast('B'),
             lambda: len(released), lambda: released[0], lambda: released.__setitem__(0, 1),
             lambda: hash(released), lambda: memoryview(released), lambda: bytes(released), lambda: bytearray(released),
             lambda: released.tobytes(5), lambda: released.hex(':')]:
    attempt('released', call)
print(released == released, released == memoryview(b'xy'), released.__exit__(), released.__exit__(None, None, None))

with memoryview(bytearray(b'hello')) as w:
    w[0] = ord('j')
    print(w.tobytes(), w.cast('B', [1, 5]).tolist())
attempt('after with', lambda: w[0])

# A view made by __buffer__ holds an export on its source view.
src = memoryview(bytearray(range(8))).cast('H', [2, 2])
child = src.__buffer__(0x11c)
print(child.obj is src, child.format, child.shape, child.tolist())
attempt('release source', lambda: src.release())
attempt('exit source', lambda: src.__exit__(None, None, None))
grandchild = child[1:]
print(grandchild.obj is src, grandchild.tolist())
grandchild.release()
attempt('release_buffer other', lambda: src.__release_buffer__(memoryview(b'ab')))
attempt('release_buffer int', lambda: src.__release_buffer__(5))
print(src.__release_buffer__(child))
attempt('release_buffer again', lambda: src.__release_buffer__(child))
print(src.release(), repr(src).startswith('<released memory at 0x'))
ro = memoryview(bytes(range(8))).cast('H')
for flags in [0, 1, 4, 8, 0x18, 0x1c, 0x11c, 0x3c, 0x5c, 0x9c]:
    attempt(f'flags {flags:#x}', lambda: (lambda v: (v.format, v.itemsize, v.shape, v.strides, v.readonly, v.tolist()))(ro.__buffer__(flags)))
attempt('strided flags 0', lambda: ro[::2].__buffer__(0))
attempt('strided strides', lambda: ro[::2].__buffer__(0x1c).tolist())
attempt('nd flags 0', lambda: memoryview(bytes(8)).cast('H', [2, 2]).__buffer__(0).shape)
attempt('flags str', lambda: ro.__buffer__('a'))
attempt('flags huge', lambda: ro.__buffer__(2 ** 40))
attempt('flags missing', lambda: ro.__buffer__())

# Iterating a view that is released midway.
mv = memoryview(bytearray(b'xyz'))
it = iter(mv)
print(next(it), list(memoryview(b'ok')), [x for x in memoryview(b'abcd').cast('c')[::-2]])
mv.release()
attempt('next after release', lambda: next(it))

# Hash: read-only byte formats only, equal to the bytes' hash; kept after release.
b = b'abcdef'
h = memoryview(b)
print(hash(h) == hash(b), hash(h.cast('c')) == hash(b), hash(h.cast('b')) == hash(b), hash(h[::2]) == hash(b'ace'))
print(hash(h.cast('B', [2, 3])) == hash(b), hash(h.cast('B', [2, 3])[::-1]) == hash(b'defabc'),
      hash(h[:1].cast('B', [])) == hash(b'a'), {h: 1}[memoryview(b'abcdef')])
kept = hash(h)
h.release()
print(hash(h) == kept)
attempt('hash writable', lambda: hash(memoryview(bytearray(b'ab'))))
attempt('hash readonly bytearray', lambda: hash(memoryview(bytearray(b'ab')).toreadonly()))
attempt('hash H', lambda: hash(memoryview(b'abcd').cast('H')))
attempt('hash released', lambda: hash(memoryview(b'ab').__exit__() or released))

# Slice assignment on 1-D views needs the same structure on both sides.
target = bytearray(8)
t = memoryview(target)
t[0:3] = b'abc'
t[3:5] = bytearray(b'de')
t[5:8] = memoryview(b'xfgh')[1:]
print(target)
t[::2] = memoryview(b'1234')
t[1:4] = t[0:3]
print(target)
words = memoryview(bytearray(8)).cast('H')
words[1:3] = memoryview(bytes([1, 0, 2, 1])).cast('H')
words[::3] = memoryview(bytes([9, 0, 8, 0])).cast('@H')
print(words.tolist())
attempt('bytes into H', lambda: words.__setitem__(slice(0, 2), b'abcd'))
attempt('length', lambda: t.__setitem__(slice(0, 2), b'abc'))
attempt('2-d source', lambda: t.__setitem__(slice(0, 4), memoryview(b'abcd').cast('B', [2, 2])))
attempt('int source', lambda: t.__setitem__(slice(0, 1), 5))
attempt('str source', lambda: t.__setitem__(slice(0, 1), 'a'))
attempt('released source', lambda: t.__setitem__(slice(0, 0), released))
attempt('read-only', lambda: memoryview(b'abc').__setitem__(slice(0, 1), b'x'))
attempt('empty ok', lambda: t.__setitem__(slice(5, 2), b''))
print(target)
