# memoryview over a bytearray: writes go through, exports block resizing, release.
ba = bytearray(b'0123456789')
m = memoryview(ba)
m[0] = 65
m[1:3] = b'BC'
m[8:] = memoryview(b'YZ')
print(ba, m.readonly, m.obj is ba)
v = m[2:8:2]
v[0] = 120
print(ba, v.tolist())
try:
    ba.append(1)
except BufferError as e:
    print('BufferError', e)
try:
    ba[0:1] = b'xx'
except BufferError as e:
    print('BufferError', e)
ba[0:1] = b'Q'
print(ba)
v.release(); m.release()
ba.append(33)
print(ba)
try:
    m[0]
except ValueError as e:
    print('ValueError', e)
with memoryview(ba) as w:
    w[-1] = 63
print(ba)
ba.extend(b'..')
print(ba)
r = memoryview(ba).toreadonly()
try:
    r[0] = 1
except TypeError as e:
    print('TypeError', e)
r.release()
