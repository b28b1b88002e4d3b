# bytes.hex / fromhex, maketrans / translate, decode.
data = bytes(range(0, 256, 37))
print(data.hex(), data.hex(':'), data.hex(' ', 2), data.hex('-', -3), data.hex(b'|', 4))
print(bytes.fromhex('de ad be ef'), bytes.fromhex(''), bytearray.fromhex('00ff 10'), bytes.fromhex(' 0A0b '))
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc!'.translate(t), b'aabbcc'.translate(t, b'b'), b'hello'.translate(None, b'l'))
print(bytearray(b'abc').translate(t), b'abc'.translate(bytearray(t)), bytearray.maketrans(b'a', b'b')[97])
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('latin-1'), bytearray(b'abc').decode('ascii'), b'x\xffy'.decode('utf-8', 'replace'))
print(b'x\xffy'.decode(errors='ignore'), b'x\xffy'.decode('ascii', 'backslashreplace'), ascii(b'\xff'.decode('utf-8', 'surrogateescape')))
class B(bytes):
    pass
print(type(B.fromhex('41')).__name__, B.fromhex('4142'), bytes(B(b'q')), B(b'z').__bytes__())
