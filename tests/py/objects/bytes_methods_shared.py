# bytes methods shared with bytearray: case, padding, predicates, affixes, replace.
for b in (b'hello World', bytearray(b'hello World')):
    print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
    print(b.center(15, b'*'), b.ljust(13), b.rjust(13, b'-'), b.zfill(14), b'-42'.zfill(6))
    print(b.startswith(b'hel'), b.startswith((b'x', b'hello')), b.endswith(b'World', 0, 11), b.endswith(b'o', 0, 5))
    print(b.replace(b'l', b'L'), b.replace(b'l', b'L', 2), b.replace(b'', b'.'), b.removeprefix(b'hello '), b.removesuffix(b'x'))
    print(b.partition(b' '), b.rpartition(b'o'), b.partition(b'z'))
for t in (b'abc', b'ABC', b'Abc Def', b'123', b'a1', b' \t', b'', b'\x80', b'aB'):
    print(t, t.isalpha(), t.isalnum(), t.isdigit(), t.islower(), t.isupper(), t.istitle(), t.isspace(), t.isascii())
print(b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(4), b'ab\r\n\tx'.expandtabs(tabsize=2))
print(b'x'.join([b'a', bytearray(b'b'), memoryview(b'c')]), bytearray(b', ').join([b'1', b'2']), b''.join([]))
