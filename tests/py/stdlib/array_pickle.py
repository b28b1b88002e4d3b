# array.array copies and persistence: copy and deepcopy, pickling with every protocol
# (array._array_reconstructor and its machine format codes, with its errors), iterators pickled mid-way,
# and subclasses (their reprs, slices, instance dicts through pickling).
import array as arraymod
from array import array
import copy
import pickle


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = array('i', [11, 99, 30, 40, 50])
c1, c2 = copy.copy(samples), copy.deepcopy([samples])[0]
c1[0] = -1
print(samples[0], c1[0], c2 == samples, c2 is samples)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for a in (array('b', [-1, 2]), array('Q', [2**64 - 1]), array('f', [0.5]), array('u', 'hé')):
        assert pickle.loads(pickle.dumps(a, proto)) == a
print(samples.__reduce_ex__(2))
print(samples.__reduce_ex__(4))
print(array('u', 'ab').__reduce_ex__(3)[1][2])
print(arraymod._array_reconstructor(array, 'i', 5, b'\x00\x01\x00\x02'))
print(arraymod._array_reconstructor(array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))
attempt('reconstructor code:', lambda: arraymod._array_reconstructor(array, 'x', 5, b''))
attempt('reconstructor mformat:', lambda: arraymod._array_reconstructor(array, 'i', 99, b''))
attempt('reconstructor type:', lambda: arraymod._array_reconstructor(list, 'i', 8, b''))
attempt('reconstructor items:', lambda: arraymod._array_reconstructor(array, 'i', 8, 'x'))
attempt('reconstructor length:', lambda: arraymod._array_reconstructor(array, 'i', 4, b'abc'))

it = iter(array('h', [5, 6, 7]))
next(it)
print(it.__reduce__()[1:], list(pickle.loads(pickle.dumps(it))), list(it), it.__reduce__()[1])


class Signal(array):
    def peak(self):
        return max(self)


s = Signal('d', [0.5, 2.5, 1.0])
s.label = 'probe'
print(s, s.peak(), type(s[:1]).__name__, type(s + s).__name__)
t = pickle.loads(pickle.dumps(s))
print(type(t).__name__, t, t.label)
print(array.__module__, array.__name__, type(iter(s)).__name__, array('i').typecode, array('Q').itemsize)
