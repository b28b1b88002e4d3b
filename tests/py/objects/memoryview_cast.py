# memoryview.cast between byte formats and native integer formats.
ba = bytearray(range(16))
m = memoryview(ba)
h = m.cast('H')
print(h.format, h.itemsize, len(h), h.nbytes, h.tolist()[:4])
i = m.cast('I')
print(i.tolist(), i[1], i.strides)
i[0] = 0xdeadbeef
print(ba[:4].hex(), m.cast('B').tolist()[:4])
q = m.cast('q')
print(q.tolist())
b = m.cast('b')
b[0] = -1
print(ba[0], b[0], m.cast('c')[0])
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 2
print(d.tolist())
for f in [lambda: m.cast('x'), lambda: memoryview(bytearray(3)).cast('H'), lambda: h.cast('I'), lambda: h.__setitem__(0, -1), lambda: m.__setitem__(0, 256), lambda: m['a'], lambda: m[99], lambda: m.__delitem__(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
m.release()
