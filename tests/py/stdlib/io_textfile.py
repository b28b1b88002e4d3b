# Text and binary files through open(): modes, encodings, universal newlines, seek/tell, errors.
import io, os
fn = '_io_textfile.tmp'
with open(fn, 'w') as f:
    print(repr(f), f.mode, f.name, f.encoding, f.errors, f.closed)
    f.write('hello\nworld\r\nthird\rlast')
    print(f.tell())
print(f.closed)
with open(fn) as f:
    print(f.readlines(), f.newlines)
with open(fn, newline='') as f:
    print([l for l in f])
with open(fn, 'rb') as f:
    print(repr(f), f.read(5), f.tell(), f.readline(), f.read())
with open(fn, 'a') as f:
    f.write('\nappended é\n')
with open(fn, encoding='utf-8') as f:
    print(f.readline(), f.tell(), f.read(3), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(fn, 'r+') as f:
    f.seek(6)
    f.write('WORLD')
    f.seek(0)
    print(repr(f.read(12)))
print(os.path.getsize(fn))
try:
    open(fn, 'x')
except FileExistsError as e:
    print(e)
os.remove(fn)
try:
    open(fn)
except FileNotFoundError as e:
    print(e, e.errno)
s = io.StringIO()
print('a', 'b', sep='-', file=s)
s.write('x')
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(s.readline(), list(s))
b = io.BytesIO(b'abc\ndef')
b.seek(0, 2); b.write(b'!')
print(b.getvalue(), b.tell())
b.seek(0); print(b.readline(), b.read())
f = open(fn, 'w'); f.close()
try: f.write('x')
except ValueError as e: print(e)
try:
    with open(fn) as f: f.write('x')
except io.UnsupportedOperation as e: print(e)
os.remove(fn)
