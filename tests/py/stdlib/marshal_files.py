# marshal: dump()/load() with files: several values in one file, reading exactly what each value
# needs through readinto(), and the errors of non-binary files and short data.
import io
import marshal
import os
import tempfile

records = [{'id': 1, 'name': 'alpha', 'scores': [9.5, 7.25]}, ('beta', 2, None), {'gamma', 'delta'},
           b'\x00binary\xff', 12345678901234567890]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'data.marshal')
    with open(path, 'wb') as f:
        for version, record in enumerate(records):
            print('wrote', marshal.dump(record, f, version))
    print(os.path.getsize(path))
    with open(path, 'rb') as f:
        for _ in records:
            print(marshal.load(f), f.tell())
        try:
            marshal.load(f)
        except EOFError as e:
            print('EOFError:', e)
    with open(path, 'r', encoding='latin-1') as f:
        try:
            marshal.load(f)
        except TypeError as e:
            print('TypeError:', e)

buf = io.BytesIO()
print(marshal.dump([1, 'a'], buf), marshal.dump(2.5, buf, 1), marshal.dump({}, buf, 4))
print(buf.getvalue())
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf), buf.tell())

for short in [b'f', b'i\x01', b's\x05\x00\x00\x00ab', b')', b'z', b'l\x02\x00\x00\x00\x01\x00']:
    try:
        marshal.load(io.BytesIO(short))
    except EOFError as e:
        print(short, 'EOFError:', e)


class Reader:
    def __init__(self, data):
        self.data = data
        self.calls = []

    def read(self, n=-1):
        self.calls.append(('read', n))
        return b''

    def readinto(self, buf):
        self.calls.append(('readinto', type(buf).__name__, len(buf)))
        k = len(buf)
        buf[:k] = self.data[:k]
        self.data = self.data[k:]
        return k


r = Reader(marshal.dumps((1, 'xy', 2.0)))
print(marshal.load(r), r.calls)


class Greedy(Reader):
    def readinto(self, buf):
        return len(buf) + 1


try:
    marshal.load(Greedy(b''))
except ValueError as e:
    print('ValueError:', e)


class Writer:
    def write(self, data):
        print('write', data)
        return 'whatever write returns'


print(marshal.dump((1, 2), Writer()))
for args in [(object(), Writer()), (1, 5), (1,)]:
    try:
        marshal.dump(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.load(5)
except AttributeError as e:
    print('AttributeError', e)
