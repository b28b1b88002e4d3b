# Argument errors of str and bytes methods in CPython 3.12's wording: the METH_VARARGS find/count/index/
# startswith family ("find() takes at most 3 arguments (4 given)", slice bounds checked before the
# substring), Argument Clinic METH_O methods ("str.format_map() takes exactly one argument (0 given)",
# None named None), str.maketrans's checks, bytes.hex's sep (len() first, then str or bytes) and
# bytes_per_sep (a C int through __index__), fromhex and __buffer__ flags.


class Two:
    def __index__(self):
        return 2


calls = [
    lambda: 'abc'.count(), lambda: 'abc'.find(1, 2, 3, 4), lambda: 'abc'.rindex(), lambda: 'abc'.startswith(),
    lambda: 'abc'.endswith('c', 0, 3, 4), lambda: 'abc'.startswith(x=1), lambda: 'abc'.index(1, 'x'),
    lambda: 'abc'.find(1), lambda: 'abc'.count(None, 'x'), lambda: 'abc'.startswith(1, 'x'),
    lambda: b'abc'.count(), lambda: b'abc'.find(1, 2, 3, 4), lambda: bytearray(b'abc').rfind(), lambda: b'abc'.count('a', 'b'),
    lambda: b'abc'.find('a'), lambda: b'abc'.startswith(1, 'x'), lambda: bytearray(b'a').count(x=1),
    lambda: 'a'.format_map(), lambda: 'a'.format_map(1, 2), lambda: 'a'.format_map(x=1), lambda: 'a'.__format__(),
    lambda: 'a'.__format__(None), lambda: (1j).__format__(), lambda: (1j).__format__(None), lambda: 'a'.removeprefix(None),
    lambda: 'a'.removesuffix(1), lambda: str.maketrans(), lambda: str.maketrans(x=1), lambda: str.maketrans(1, 2),
    lambda: str.maketrans(1, 'a'), lambda: str.maketrans({}, 'a'), lambda: str.maketrans('a', 'b', 3), lambda: str.maketrans(1),
    lambda: str.maketrans('ab', 'a'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans({1.5: 1}),
    lambda: str.maketrans({'a': 'x', 98: None}), lambda: str.maketrans('ab', 'cd', 'e'),
    lambda: b'abc'.hex(5), lambda: b'abc'.hex(None), lambda: b'abc'.hex([1]), lambda: b'abc'.hex(bytearray(b'-')),
    lambda: b'abc'.hex('\xe9'), lambda: b'abc'.hex('\u0100'), lambda: b'abc'.hex(b'\xff'), lambda: b'abc'.hex('ab'),
    lambda: b'abc'.hex(''), lambda: b'abc'.hex('-', 2 ** 40), lambda: b'abc'.hex('-', 1.5), lambda: b'abc'.hex(5, 1.5),
    lambda: b'abcde'.hex(':', Two()), lambda: b'abcde'.hex(b'|', -2), lambda: memoryview(b'abc').hex('.', 2),
    lambda: bytes.fromhex(), lambda: bytearray.fromhex(), lambda: bytes.fromhex(None), lambda: bytes.fromhex(b'00'),
    lambda: bytes.fromhex('0g'), lambda: bytearray.fromhex('ff 00'), lambda: bytes.fromhex(x='00'),
    lambda: len(b'a'.__buffer__(0)), lambda: b'a'.__buffer__(1), lambda: len(bytearray(b'a').__buffer__(1)),
    lambda: b'a'.__buffer__(2 ** 40), lambda: b'a'.__buffer__('a'), lambda: b'a'.__buffer__(),
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
