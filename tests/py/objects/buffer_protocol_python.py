# PEP 688: a class that defines __buffer__ (and __release_buffer__) is a bytes-like object for every
# builtin that reads a buffer: bytes/bytearray constructors and methods, concatenation, join, int.from_bytes,
# int()/float()/str() parsing, memoryview, %b formatting, BytesIO.write. Each reader gets the view, copies,
# and releases it before going on (the log shows the calls); a raising or wrong __buffer__ gives CPython's
# errors, and bytes/bytearray concatenation and join replace them with their own TypeError.
import io

class Exporter:
    def __init__(self, data):
        self.data = data
        self.log = []
    def __buffer__(self, flags):
        self.log.append('get')
        return memoryview(self.data)
    def __release_buffer__(self, view):
        self.log.append('release')

def write(b):
    f = io.BytesIO()
    f.write(b)
    return f.getvalue()

cases = [
    ('bytes', bytes), ('bytearray', bytearray), ('concat', lambda b: b'ab' + b),
    ('bytearray+', lambda b: bytearray(b'q') + b), ('bytearray+=', lambda b: bytearray(b'a').__iadd__(b)),
    ('extend', lambda b: (lambda ba: (ba.extend(b), ba)[1])(bytearray(b'12'))),
    ('join', lambda b: b'-'.join([b])), ('find', lambda b: b'..xyz..'.find(b)), ('count', lambda b: b'..xyz..'.count(b)),
    ('index', lambda b: b'axyz'.index(b)), ('in', lambda b: b in b'axyz'), ('replace', lambda b: b'axyzb'.replace(b, b'-')),
    ('startswith', lambda b: b'xyzq'.startswith(b)), ('endswith', lambda b: b'qxyz'.endswith((b'a', b))),
    ('split', lambda b: b'axyzb'.split(b)), ('rsplit', lambda b: b'axyzb'.rsplit(b)), ('strip', lambda b: b'xaxz'.strip(b)),
    ('lstrip', lambda b: b'xxa'.lstrip(b)), ('translate', lambda b: b'abyz'.translate(None, b)),
    ('maketrans', lambda b: bytes.maketrans(b, b'abc')[120:123]), ('bytearray.find', lambda b: bytearray(b'axyz').find(b)),
    ('from_bytes', lambda b: int.from_bytes(b, 'big')), ('decode', lambda b: str(b, 'ascii')),
    ('memoryview', lambda b: memoryview(b).tobytes()), ('%b', lambda b: b'<%b>' % b), ('BytesIO', write),
]
for name, f in cases:
    b = Exporter(b'xyz')
    print(name, f(b), b.log)
print(int(Exporter(b' 42 ')), float(Exporter(b'1.5')), str(Exporter(b'caf\xc3\xa9'), 'utf-8'))

class Raising:
    def __buffer__(self, flags):
        raise ValueError('no buffer')
class Wrong:
    def __buffer__(self, flags):
        return b'abc'
for obj in (Raising(), Wrong()):
    for f in (bytes, lambda o: b'a' + o, lambda o: bytearray(b'a') + o, lambda o: b'a'.join([o]),
              lambda o: b'abc'.find(o), lambda o: int.from_bytes(o, 'big'), memoryview):
        try:
            f(obj)
        except Exception as e:
            print(type(e).__name__, e)

# A bytes subclass with its own __buffer__ exports that buffer, not its own bytes.
class Other(bytes):
    def __buffer__(self, flags):
        return memoryview(b'other')
print(bytes(Other(b'mine')), b''.join([Other(b'mine')]), b'x' + Other(b'mine'), bytearray(Other(b'mine')))
e = Other(b'')
print(b'' + b'abc', (e + b'abc'), type(e + b'abc').__name__)
