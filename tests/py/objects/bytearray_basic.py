# bytearray construction, repr, indexing, slicing and iteration.
print(bytearray(), bytearray(5), bytearray(b'abc'), bytearray([65, 66, 67]), bytearray('hé', 'utf-8'))
print(bytearray(range(3)), bytearray(memoryview(b'xyz')), bytearray(bytearray(b'q')))
ba = bytearray(b'hello world')
print(len(ba), ba[0], ba[-1], ba[1:5], ba[::2], ba[::-1], ba[100:], type(ba[1:2]).__name__)
print(list(ba[:3]), [c for c in bytearray(b'xy')], 104 in ba, b'wor' in ba, b'zz' in ba)
print(ba + b'!', b'>' + ba, ba * 2, 2 * bytearray(b'ab'), bytearray(b'x') * 0)
print(repr(bytearray(b"it's")), str(bytearray(b'\x00\xff\n')))
class MyBA(bytearray):
    pass
m = MyBA(b'sub')
print(repr(m), m.upper(), type(m.upper()).__name__, len(m), m == b'sub')
print(bytearray(b'abc') == bytearray(b'abc'), bytearray(b'abc') != b'abd', bytearray(b'a') < bytearray(b'b'))
print(bytearray(b'abc') > b'ab', bytearray(b'') <= b'', bytearray(b'x') == 'x')
