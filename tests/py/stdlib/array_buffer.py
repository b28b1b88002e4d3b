# array.array with the buffer protocol and files: memoryview(a) writes through and pins the size
# (BufferError while exported), bytes()/bytearray()/struct.unpack_from/file writes read the items,
# tofile/fromfile (EOFError on a short read), buffer_info, and __sizeof__'s over-allocation.
from array import array
import io
import struct


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = array('i', [10, -20, 30, 40])
view = memoryview(samples)
print(view.format, view.itemsize, view.nbytes, view.tolist(), view.readonly)
view[1] = 99
print(samples)
attempt('append while exported:', lambda: samples.append(1))
attempt('pop while exported:', lambda: samples.pop())
attempt('grow slice while exported:', lambda: samples.__setitem__(slice(0, 1), array('i', [1, 2])))
samples[0:1] = array('i', [11])
view.release()
samples.append(50)
print(samples, len(samples))

print(bytes(array('H', [1, 0x203])), bytearray(array('b', [-1, 2])))
print(struct.unpack_from('<2i', samples, 4), struct.unpack('<5i', samples))
print(b''.join([b'<', array('B', b'ok'), b'>']))

# A tiny binary file of float samples.
out = io.BytesIO()
array('d', [0.25, 0.5, 0.75]).tofile(out)
out.write(array('d', [1.0]))
print(len(out.getvalue()))
back = array('d')
back.fromfile(io.BytesIO(out.getvalue()), 4)
print(back)
short = array('d')
try:
    short.fromfile(io.BytesIO(out.getvalue()), 10)
except EOFError as e:
    print('EOFError', e, short)
attempt('fromfile negative:', lambda: array('d').fromfile(io.BytesIO(), -1))
attempt('tofile text:', lambda: array('i', [1]).tofile(io.StringIO()))

info = samples.buffer_info()
print(type(info[0]).__name__, info[1])
grow = array('i')
sizes = []
for n in range(20):
    grow.append(n)
    sizes.append(grow.__sizeof__())
print(sizes, array('i', [1, 2, 3]).__sizeof__(), array('d').__sizeof__())

