# marshal: the bytes of dumps() for every supported type at versions 0-4 (they must equal CPython's,
# back-reference flags included), and loads() giving the values back.
import marshal


def show(label, value, versions=range(5)):
    for version in versions:
        data = marshal.dumps(value, version)
        back = marshal.loads(data)
        same = type(back) is type(value) and repr(back) == repr(value)
        text = data.hex() if len(data) <= 48 else '%d bytes %s...%s' % (len(data), data[:12].hex(), data[-8:].hex())
        print('%-14s v%d %s%s' % (label, version, text, '' if same else '  -> %r' % (back,)))


for value in [None, True, False, ..., StopIteration]:
    show(repr(value), value, [0, 4])
for n in [0, 1, -1, 255, 256, 2**15, 2**30, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**45, -2**63,
          2**64 + 7, 10**40, -(10**40)]:
    show('int', n, [2, 4])
show('3**200', 3**200, [4])
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 1e-300, 5e-324, float('inf'), -float('inf'), 1 / 3]:
    show('float', x, [0, 1, 2, 4])
for z in [1j, 1 + 2j, -0.5 - 1e10j, complex(float('inf'), -0.0)]:
    show('complex', z, [1, 2])
for b in [b'', b'abc', bytes(range(40)), b'x' * 300]:
    show('bytes', b, [0, 4])
for s in ['', 'spam', 'hello world', 'naïve café', '日本語', '\U0001F600 grin', 'x' * 255,
          'y' * 256, '\ud800 lone surrogate']:
    show('str', s)
for t in [(), (1,), (1, 2, 3), tuple(range(255)), tuple(range(256)), ((1, 2), (3, (4, 5)))]:
    show('tuple', t, [2, 3, 4])
for l in [[], [[], [[]]], list(range(300)), [None, True, 'mixed', b'bytes', 1.5]]:
    show('list', l, [2, 4])
for d in [{}, {'key': 1}, {1: 'one', 'two': 2.0, (3,): [3]}, {'nested': {'deep': {'x': [1, 2]}}}]:
    show('dict', d, [2, 4])
for st in [set(), frozenset(), {1}, {3, 1, 2}, {'pear', 'apple', 'fig'},
           frozenset({1.5, 'xyz', (1, 2), b'y', 7}), {frozenset({1, 2}), frozenset()}]:
    show(type(st).__name__, st, [2, 3, 4])

# bytes-like objects are written as bytes
import array
for obj in [bytearray(b'abc'), memoryview(b'view'), array.array('h', [1, -2, 3])]:
    print(type(obj).__name__, marshal.dumps(obj), marshal.dumps(obj, 2))


class Blob(bytes):
    pass


print(marshal.dumps(Blob(b'sub')), type(marshal.loads(marshal.dumps(Blob(b'sub')))).__name__)
print(marshal.version, marshal.dumps(7) == marshal.dumps(7, marshal.version), marshal.dumps(7, 99))
print(marshal.loads(marshal.dumps([1, 'two', 3.0]) + b'trailing bytes are ignored'))
