# io.StringIO: write/read/seek/tell/getvalue, readline and iteration, newline modes, print(file=).
import io

s = io.StringIO()
n = s.write('alpha\nbeta\n')
print(n, s.tell(), repr(s.getvalue()))
print('gamma', 42, sep=':', end='!\n', file=s)
s.seek(0)
print(repr(s.readline()), repr(s.readline(2)), repr(s.read()))
s.seek(0)
print([line.rstrip() for line in s])
s.seek(6)
s.write('BETA')
print(repr(s.getvalue()))
s.truncate(5)
print(repr(s.getvalue()), s.tell())
s.seek(0, io.SEEK_END)
print(s.tell())

for nl in (None, '', '\n', '\r\n'):
    t = io.StringIO('one\r\ntwo\rthree\nfour', newline=nl)
    print(repr(nl), t.readlines(), repr(t.getvalue()), t.newlines)

w = io.StringIO(newline='\r\n')
w.write('x\ny\n')
print(repr(w.getvalue()))

t = io.StringIO('abc')
print(t.read(1), t.read(10), repr(t.read()), t.readable(), t.writable(), t.seekable())
t.close()
print(t.closed)
for op in (t.read, t.getvalue, lambda: t.write('x')):
    try:
        op()
    except ValueError as e:
        print('ValueError:', e)
try:
    io.StringIO().write(b'x')
except TypeError as e:
    print('TypeError:', e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print('ValueError:', e)
with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
