# bytes find/index/count with ints and ranges, split/rsplit/splitlines/strip.
b = b'abracadabra'
print(b.find(b'bra'), b.find(b'bra', 2), b.rfind(b'bra'), b.find(97, 1), b.rfind(97, 0, 5), b.find(b'z'))
print(b.index(b'cad'), b.rindex(b'a', 0, -1), b.count(b'a'), b.count(97), b.count(b''), b.count(b'a', 3, 8))
print(bytearray(b).find(b'dab'), bytearray(b).count(memoryview(b'ra')), b.find(b'', 20), b.rfind(b''))
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1), b'  a  b c '.split())
print(b'  a  b c '.split(None, 1), b'  a  b c '.rsplit(None, 1), b'a b'.split(maxsplit=0), b''.split(), b''.split(b','))
print(b'one\ntwo\r\nthree\rfour'.splitlines(), b'x\n\ny\n'.splitlines(keepends=True), b'\x0bx\x0c'.splitlines())
print(b'  \tpad\n '.strip(), b'xxhixx'.strip(b'x'), b'xxhi'.lstrip(b'x'), b'hi  '.rstrip(), b'abc'.strip(b'cab'))
print(bytearray(b'--a--').strip(b'-'), b'ab'.split(bytearray(b'a')))
