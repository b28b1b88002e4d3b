# Argument errors of builtin methods, by how CPython parses their arguments: Argument Clinic's keyword
# parser reports a missing argument before an unknown keyword (round(zz=1)), then a name given twice,
# then the unknown keyword; METH_NOARGS / METH_O methods are named after the bound method's type
# (bool.__ceil__, a subclass's fromhex) or the descriptor's class (int.__round__ on a direct call);
# int/float __format__, float.fromhex, int.from_bytes (PyObject_Bytes), int.__round__(None); range.index
# of a non-int, the range iterators' methods; zip's and enumerate's keyword checks; type(x, zz=1) and
# type.__setattr__ on an immutable type; type[int] without type.__class_getitem__; bytes.maketrans's
# keyword check; bytearray.__release_buffer__; slice/range members; sorted's order of checks.


def t(label, f):
    try:
        r = f()
        print(label, 'OK', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


# Clinic's order: too many, missing, given twice, unknown keyword.
t('round(zz=1)', lambda: round(zz=1))
t('round(1, zz=1)', lambda: round(1, zz=1))
t('round(number=1, zz=2)', lambda: round(number=1, zz=2))
t('round(1, number=2)', lambda: round(1, number=2))
t('round(1, 2, 3)', lambda: round(1, 2, 3))
t('round(ndigits=1)', lambda: round(ndigits=1))
t('int.from_bytes(zz=1)', lambda: int.from_bytes(zz=1))
t('int.from_bytes(b, zz=1)', lambda: int.from_bytes(b'\x01', zz=1))
t('(5).to_bytes(1, length=1)', lambda: (5).to_bytes(1, length=1))
t('pow(1, zz=2)', lambda: pow(1, zz=2))
t('sum(start=1)', lambda: sum(start=1))
t("'a b'.split(zz=1)", lambda: 'a b'.split(zz=1))
t("'a'.encode('ascii', encoding='x')", lambda: 'a'.encode('ascii', encoding='x'))

# int and float methods.
t('(1).__format__()', lambda: (1).__format__())
t('(1).__format__(1, 2)', lambda: (1).__format__(1, 2))
t('(1).__format__(None)', lambda: (1).__format__(None))
t('(1.5).__format__()', lambda: (1.5).__format__())
t('(1.5).__format__(None)', lambda: (1.5).__format__(None))
t('float.fromhex()', lambda: float.fromhex())
t('float.fromhex(1)', lambda: float.fromhex(1))
t('float.__getformat__(None)', lambda: float.__getformat__(None))
t('int.from_bytes(1)', lambda: int.from_bytes(1))
t("int.from_bytes('ab')", lambda: int.from_bytes('ab'))
t("int.from_bytes(b'a', None)", lambda: int.from_bytes(b'a', None))
t("(5).to_bytes(1, None)", lambda: (5).to_bytes(1, None))
t('int.from_bytes([1, 2])', lambda: int.from_bytes([1, 2]))
t('int.from_bytes(iter([1, 2]))', lambda: int.from_bytes(iter([1, 2])))
t('int.from_bytes([1, 300])', lambda: int.from_bytes([1, 300]))


class WithBytes:
    def __bytes__(self):
        return b'\x01\x00'


class BadBytes:
    def __bytes__(self):
        return 'no'


t('int.from_bytes(WithBytes())', lambda: int.from_bytes(WithBytes(), 'little'))
t('int.from_bytes(BadBytes())', lambda: int.from_bytes(BadBytes()))
t('(7).__round__(None)', lambda: (7).__round__(None))
t('(7).__round__()', lambda: (7).__round__())
t('(7).__round__(-1)', lambda: (7).__round__(-1))
t("(7).__round__('a')", lambda: (7).__round__('a'))
t('(7).__round__(1, 2)', lambda: (7).__round__(1, 2))
t('(7).__round__(zz=1)', lambda: (7).__round__(zz=1))
t('True.__round__(zz=1)', lambda: True.__round__(zz=1))
t('round(7, None)', lambda: round(7, None))
t('(7.5).__round__(None)', lambda: (7.5).__round__(None))
t('(7.5).__round__(zz=1)', lambda: (7.5).__round__(zz=1))
ceil = True.__ceil__
t('bound True.__ceil__(1)', lambda: ceil(1))
t('True.bit_length(zz=1)', lambda: True.bit_length(zz=1))
t('(1j).conjugate(1)', lambda: (1j).conjugate(1))
t('(1j).__format__()', lambda: (1j).__format__())


class F(float):
    pass


class B(bytes):
    pass


t('F.fromhex()', lambda: F.fromhex())
t('B.fromhex(1, 2)', lambda: B.fromhex(1, 2))
t("F(2.5).hex(1)", lambda: F(2.5).hex(1))

# range and its iterators.
r = range(5)
t('r.index(7)', lambda: r.index(7))
t("r.index('a')", lambda: r.index('a'))
t('r.index(2.0)', lambda: r.index(2.0))
t('r.index()', lambda: r.index())
t('r.count()', lambda: r.count())
t('r.__reversed__(1)', lambda: r.__reversed__(1))
it = iter(r)
t('it.__length_hint__(1)', lambda: it.__length_hint__(1))
t('it.__reduce__(1)', lambda: it.__reduce__(1))
t('it.__setstate__()', lambda: it.__setstate__())
t('it.__setstate__(None)', lambda: it.__setstate__(None))
t('it.__setstate__(True)', lambda: it.__setstate__(True))
print(list(it))
big = iter(range(1 << 70))
t('big.__length_hint__(1)', lambda: big.__length_hint__(1))
t('big.__setstate__(None)', lambda: big.__setstate__(None))
t('big.__setstate__(2)', lambda: big.__setstate__(2))
print(next(big))
t('range(1, 9, 2).start', lambda: (range(1, 9, 2).start, range(1, 9, 2).step))
t('setattr(range(3), "start", 1)', lambda: setattr(range(3), 'start', 1))
t('setattr(slice(3), "stop", 1)', lambda: setattr(slice(3), 'stop', 1))
t('type(slice.start)', lambda: (type(slice.start).__name__, type(range.stop).__name__))
t('slice(1).indices()', lambda: slice(1).indices())
t('slice(1).__reduce__(1)', lambda: slice(1).__reduce__(1))
t("'__getattribute__' in range.__dict__", lambda: ('__getattribute__' in range.__dict__, '__getattribute__' in slice.__dict__))

# zip, enumerate, sorted.
t('zip([], a=1)', lambda: zip([], a=1))
t('zip([], strict=1, a=2)', lambda: zip([], strict=1, a=2))
t('zip([]).__setstate__()', lambda: zip([]).__setstate__())
t('map(abs, []).__reduce__(1)', lambda: map(abs, []).__reduce__(1))
t('enumerate()', lambda: enumerate())
t('enumerate(zz=1)', lambda: enumerate(zz=1))
t('enumerate(start=2)', lambda: enumerate(start=2))
t('enumerate([1], iterable=2)', lambda: enumerate([1], iterable=2))
t('enumerate(start=2, iterable=[1])', lambda: list(enumerate(start=2, iterable=[1])))
t('enumerate(iterable=[1], zz=2)', lambda: enumerate(iterable=[1], zz=2))
t('enumerate([1], 2, zz=3)', lambda: enumerate([1], 2, zz=3))
t('enumerate([]).__reduce__(1)', lambda: enumerate([]).__reduce__(1))
t('reversed([]).__setstate__()', lambda: reversed([]).__setstate__())
t('sorted(1, zz=1)', lambda: sorted(1, zz=1))
t('sorted([], zz=1)', lambda: sorted([], zz=1))

# type.
t('type(1, zz=1)', lambda: type(1, zz=1))
t('type(1, 2)', lambda: type(1, 2))
t('type.__setattr__(int, 1, 2)', lambda: type.__setattr__(int, 1, 2))
t("setattr(int, 'x', 1)", lambda: setattr(int, 'x', 1))
t('setattr(int, 1, 2)', lambda: setattr(int, 1, 2))
t("type.__new__(type, None, (), {})", lambda: type.__new__(type, None, (), {}))
t('type[int]', lambda: type[int])
t("hasattr(type, '__class_getitem__')", lambda: hasattr(type, '__class_getitem__'))
t('str[int]', lambda: str[int])


class Meta(type):
    def __class_getitem__(cls, item):
        return ('Meta', item)


class WithMeta(metaclass=Meta):
    pass


class NoItems:
    __class_getitem__ = None


t('WithMeta[1]', lambda: WithMeta[1])
t('NoItems[1]', lambda: NoItems[1])
t("bytes.maketrans(zz=1)", lambda: bytes.maketrans(zz=1))
t("bytearray.maketrans(b'a', zz=1)", lambda: bytearray.maketrans(b'a', zz=1))

# bytearray's __release_buffer__ is a slot wrapper.
ba = bytearray(b'abc')
m = ba.__buffer__(0)
t('ba.append(1) while exported', lambda: ba.append(1))
t('ba.__release_buffer__(m)', lambda: ba.__release_buffer__(m))
t('ba.__release_buffer__(m) again', lambda: ba.__release_buffer__(m))
t('ba.append(1)', lambda: (ba.append(1), ba))
t('ba.__release_buffer__(other)', lambda: ba.__release_buffer__(memoryview(bytearray(b'x'))))
t('ba.__release_buffer__(1)', lambda: ba.__release_buffer__(1))
t('ba.__release_buffer__()', lambda: ba.__release_buffer__())
