# bz2.BZ2File and bz2.open: every mode, on named files and on file objects; reading files made of
# several streams; line reading, peek, seek and tell; text mode; the errors of closed files and of
# the wrong mode.
import bz2
import io
import os
import tempfile

LINES = [('line %d: %s\n' % (i, 'abc' * (i % 7))).encode() for i in range(400)]
DATA = b''.join(LINES)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r)[:70])


with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'data.bz2')
    with bz2.BZ2File(path, 'w') as f:
        print(f.writable(), f.readable(), f.seekable(), f.tell())
        print(f.write(DATA[:1000]), f.write(bytearray(DATA[1000:2000])), f.write(memoryview(DATA[2000:])))
        print(f.tell(), f.closed)
    print(f.closed, os.path.getsize(path) == len(bz2.compress(DATA)))
    with open(path, 'rb') as raw:
        print(raw.read() == bz2.compress(DATA))

    with bz2.BZ2File(path) as f:
        print(f.readable(), f.writable(), f.seekable())
        print(f.read(10), f.tell())
        print(f.readline())
        print(len(f.peek()) > 0, f.tell())
        print(f.read1(5), f.tell())
        buf = bytearray(12)
        print(f.readinto(buf), bytes(buf))
        print(f.readlines(60))
        print(f.seek(0), f.read(6))
        print(f.seek(-8, io.SEEK_END), f.read())
        print(f.seek(100), f.seek(50, io.SEEK_CUR), f.read(4))
        print(len(f.read()), f.read(), f.tell())
        show('fileno', lambda: f.fileno() > 0)

    # appending writes a second stream; reading goes through both
    with bz2.BZ2File(path, 'a', compresslevel=1) as f:
        f.writelines([b'appended ', b'tail\n'])
    with bz2.open(path) as f:
        rest = f.read()
    print(len(rest), rest[-20:])
    print(bz2.decompress(open(path, 'rb').read()) == rest)

    # 'x' refuses an existing file
    try:
        bz2.BZ2File(path, 'x')
    except FileExistsError as e:
        print('x existing ->', e.errno, e.filename == path)
    other = os.path.join(folder, 'new.bz2')
    with bz2.open(other, 'xb', compresslevel=5) as f:
        f.write(b'exclusive')
    print(open(other, 'rb').read()[:4], bz2.open(other).read())

    # text mode
    tpath = os.path.join(folder, 'text.bz2')
    with bz2.open(tpath, 'wt', encoding='utf-8', newline='') as f:
        print(type(f).__name__, f.write('caf\u00e9\r\nna\u00efve\n'))
    with bz2.open(tpath, 'rt', encoding='utf-8') as f:
        print(repr(f.read()))
    with bz2.open(tpath, 'rt', encoding='latin-1', newline='') as f:
        print(f.readlines())
    with bz2.open(tpath, 'rb') as f:
        print(f.read())

    # a path-like object
    import pathlib
    with bz2.BZ2File(pathlib.Path(other)) as f:
        print(f.read())

# file objects
raw = io.BytesIO()
f = bz2.BZ2File(raw, 'wb', compresslevel=3)
f.write(b'into a BytesIO ' * 20)
f.close()
print(raw.closed, len(raw.getvalue()), raw.getvalue()[:4])
f = bz2.BZ2File(io.BytesIO(raw.getvalue() * 3 + b'garbage after the streams'))
print(len(f.read()), f.read())
f.close()
f.close()
print(f.closed)
for label, op in [('read', lambda: f.read()), ('readable', lambda: f.readable()), ('tell', lambda: f.tell()),
                  ('seekable', lambda: f.seekable()), ('seek', lambda: f.seek(0)), ('write', lambda: f.write(b'x')),
                  ('peek', lambda: f.peek()), ('fileno', lambda: f.fileno())]:
    show('closed ' + label, op)

w = bz2.BZ2File(io.BytesIO(), 'w')
for label, op in [('read', lambda: w.read()), ('seek', lambda: w.seek(0)), ('peek', lambda: w.peek()),
                  ('readline', lambda: w.readline()), ('seekable', lambda: w.seekable())]:
    show('write mode ' + label, op)
w.close()
r = bz2.BZ2File(io.BytesIO(bz2.compress(b'abc')))
show('read mode write', lambda: r.write(b'x'))
show('readline float', lambda: r.readline(2.5))
show('seek whence', lambda: r.seek(0, 7))


class NoSeek(io.RawIOBase):
    def __init__(self, data):
        self.inner = io.BytesIO(data)

    def readable(self):
        return True

    def readinto(self, b):
        return self.inner.readinto(b)


r = bz2.BZ2File(NoSeek(bz2.compress(b'abcdef')))
print(r.seekable(), r.read(2))
show('unseekable seek', lambda: r.seek(0))

# bad arguments
show('mode', lambda: bz2.BZ2File(io.BytesIO(), 'rw'))
show('mode t', lambda: bz2.BZ2File(io.BytesIO(), 'rt'))
show('level', lambda: bz2.BZ2File(io.BytesIO(), 'w', compresslevel=0))
show('filename', lambda: bz2.BZ2File(42))
show('open mode tb', lambda: bz2.open(io.BytesIO(), 'tb'))
show('open encoding in binary', lambda: bz2.open(io.BytesIO(), 'rb', encoding='utf-8'))
show('open errors in binary', lambda: bz2.open(io.BytesIO(), 'wb', errors='strict'))
show('open newline in binary', lambda: bz2.open(io.BytesIO(), 'wb', newline='\n'))
show('truncated', lambda: bz2.BZ2File(io.BytesIO(bz2.compress(DATA)[:-10])).read())
show('not bzip2', lambda: bz2.BZ2File(io.BytesIO(b'plain text')).read())
show('empty file', lambda: bz2.BZ2File(io.BytesIO(b'')).read())
