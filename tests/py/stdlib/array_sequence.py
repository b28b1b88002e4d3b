# array.array as a typed sequence: construction from lists, bytes, str and iterables for every typecode,
# indexing and slicing (steps, assignment, deletion), concatenation and repetition, comparisons,
# append/extend/insert/pop/remove/index/count/reverse/byteswap, tolist/fromlist, tounicode/fromunicode,
# reprs, the MutableSequence registration, and the errors CPython gives (range checks per typecode, wrong
# types, bad typecodes).
from array import array, typecodes, ArrayType
from collections.abc import MutableSequence, Sequence


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(typecodes, ArrayType is array, isinstance(array('i'), MutableSequence), issubclass(array, Sequence))
for tc in typecodes:
    a = array(tc) if tc != 'u' else array('u', 'xyz')
    if tc in 'fd':
        a.extend([1.5, -2.25, 3.0])
    elif tc != 'u':
        a.extend([1, 2, 3])
    print(tc, a.itemsize, len(a), a, a.tolist())

# A running histogram of readings, stored compactly.
readings = array('h', [12, -4, 7, 7, 0, 31, -4, 7])
print(readings.count(7), readings.index(7), readings.index(7, 3), readings.index(7, -2))
readings.append(99)
readings.insert(0, -1)
readings.insert(100, 100)
readings.insert(-100, -100)
print(readings, readings.pop(), readings.pop(0), readings.pop(-2))
readings.remove(-4)
readings.reverse()
print(readings, 7 in readings, 8 in readings, 7.0 in readings)

# Slicing.
a = array('i', range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[5:2], a[1:8:2])
a[2:4] = array('i', [20, 30, 40])
print(a)
a[::4] = array('i', [-1, -2, -3])
print(a)
del a[::3]
print(a)
del a[1:3]
del a[-1]
print(a, len(a))
a[1:1] = a
print(a)

# Operators.
b = array('d', [0.5, 1.5])
print(b + array('d', [2.5]), b * 3, 2 * b, b * -1)
c = b
c += array('d', [9.0])
c *= 2
print(c is b, b)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) < array('i', [1, 3]))
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('b', [1, 2, 3]) > array('B', [1, 2]))
print(array('d', [float('nan')]) == array('d', [float('nan')]), array('i') <= array('i'))

# Unicode arrays.
u = array('u', 'hello')
u.fromunicode(' world')
print(u, u.tounicode(), u[1], u[::-1].tounicode())
u.extend(array('u', '!'))
print(u.tounicode(), len(u))

# Bytes.
h = array('H', [1, 258])
print(h.tobytes(), array('H', h.tobytes()), array('b', b'\x80\x7f'))
h.byteswap()
print(h)
f = array('f')
f.frombytes(array('f', [0.1]).tobytes())
print(f, f[0], array('f', [1e40, -1e40]))
f.fromlist([2, 3.5])
print(f)

print(array('q', [2**63 - 1, -2**63]), array('Q', [2**64 - 1]), array('L', [2**64 - 1]))

# Range checks and type errors.
for tc, v in [('b', 128), ('b', -129), ('b', 40000), ('B', 256), ('B', -1), ('h', 2**15), ('H', -1),
              ('H', 2**16), ('H', 2**31), ('i', 2**31), ('I', -1), ('I', 2**32), ('I', 2**64),
              ('l', 2**63), ('L', -5), ('L', 2**64), ('q', 2**63), ('Q', -1), ('Q', 2**64),
              ('i', 1.5), ('d', 'x'), ('f', None), ('u', 'ab'), ('u', 65)]:
    attempt(f'{tc} {v!r}:', lambda: array(tc, [v]))
attempt('bad typecode:', lambda: array('x'))
attempt('typecode type:', lambda: array(5))
attempt('str init:', lambda: array('b', 'abc'))
attempt('unicode array init:', lambda: array('i', array('u', 'a')))
attempt('kwargs:', lambda: array('i', initializer=[1]))
attempt('bytes size:', lambda: array('i', b'abc'))
attempt('not iterable:', lambda: array('i', 5))
a = array('i', [1, 2, 3])
attempt('index:', lambda: a[3])
attempt('key:', lambda: a['x'])
attempt('assign list:', lambda: a.__setitem__(slice(0, 1), [1]))
attempt('assign kind:', lambda: a.__setitem__(slice(0, 1), array('h', [1])))
attempt('extended:', lambda: a.__setitem__(slice(None, None, 2), array('i', [1])))
attempt('assign index:', lambda: a.__setitem__(7, 1))
attempt('concat list:', lambda: a + [4])
attempt('concat kind:', lambda: a + array('d'))
attempt('iadd list:', lambda: a.__iadd__([4]))
attempt('extend kind:', lambda: a.extend(array('h')))
attempt('index missing:', lambda: a.index(9))
attempt('index bounds:', lambda: a.index(1, 'x'))
attempt('remove missing:', lambda: a.remove(9))
attempt('pop empty:', lambda: array('i').pop())
attempt('pop range:', lambda: a.pop(5))
attempt('fromlist:', lambda: a.fromlist((1,)))
attempt('fromlist atomic:', lambda: (a.fromlist([4, 'x'])))
print(a)
attempt('tounicode:', lambda: a.tounicode())
attempt('fromunicode:', lambda: array('u').fromunicode(b'x'))
attempt('hash:', lambda: hash(a))
attempt('byteswap args:', lambda: a.byteswap(1))
