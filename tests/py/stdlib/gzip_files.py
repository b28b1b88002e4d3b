# gzip: writing and reading .gz files in a temporary directory: text mode with an encoding, binary
# mode with readline/peek/seek/tell, append mode making multi-member files, the header fields
# (mtime, original file name), gzip.compress/decompress with mtime=, and gzip.open's argument checks.
import gzip
import io
import os
import struct
import tempfile

tmp = tempfile.TemporaryDirectory()
path = os.path.join(tmp.name, 'inventory.csv.gz')

rows = ['sku,name,qty'] + ['%04d,item \u00e9%d,%d' % (i, i, (i * 37) % 101) for i in range(120)]
with gzip.open(path, 'wt', encoding='utf-8') as f:
    for row in rows:
        f.write(row + '\n')

with gzip.open(path, 'rt', encoding='utf-8') as f:
    back = [line.rstrip('\n') for line in f]
print(back == rows, len(back), back[1])

with open(path, 'rb') as f:
    raw = f.read()
magic, method, flags = raw[:2], raw[2], raw[3]
print(magic, method, flags & gzip.FNAME, raw[8:10], raw[10:raw.index(b'\0', 10)])

with gzip.GzipFile(path, 'rb') as g:
    print(g.read(12), g.readline())
    print(g.peek(4)[:4], g.tell())
    g.seek(4)
    print(g.read(8), g.tell())
    g.seek(0)
    print(g.readline(), g.readable(), g.writable(), g.seekable(), g.mtime > 0)

# append: a second member after the first
with gzip.open(path, 'ab') as f:
    f.write(b'9999,appended,1\n')
with gzip.open(path, 'rb') as f:
    lines = f.read().splitlines()
print(len(lines), lines[-2:])

# in-memory files with a fixed time
buf = io.BytesIO()
with gzip.GzipFile(filename='report.txt.gz', mode='wb', fileobj=buf, mtime=1700000000, compresslevel=6) as g:
    n = g.write(b'alpha\n' * 100)
    n += g.write(memoryview(b'beta\n'))
print(n, buf.getvalue()[:4], struct.unpack('<I', buf.getvalue()[4:8])[0], buf.getvalue()[8:10])
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as g:
    print(len(g.read()), g.mtime)

blob = gzip.compress(b'payload ' * 50, mtime=0)
print(len(blob), blob[:10])
blob2 = gzip.compress(b'payload ' * 50, compresslevel=1, mtime=123)
print(blob2[:10], gzip.decompress(blob2) == b'payload ' * 50)
print(gzip.decompress(blob + b'\0\0\0' + gzip.compress(b'+tail', mtime=5)))
print(gzip.decompress(b''))

# write in text mode through a binary GzipFile
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as g:
    with io.TextIOWrapper(g, encoding='latin-1') as t:
        t.write('caf\xe9\n')
print(gzip.decompress(buf.getvalue()))

for label, f in [('rbt', lambda: gzip.open(path, 'rbt')),
                 ('encoding', lambda: gzip.open(path, 'rb', encoding='utf-8')),
                 ('newline', lambda: gzip.open(path, 'wb', newline='\n')),
                 ('filename', lambda: gzip.open(42)),
                 ('mode', lambda: gzip.GzipFile(path, 'z'))]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

g = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    g.read()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
g.close()
print(g.closed)
try:
    g.write(b'late')
except ValueError as e:
    print(e)
tmp.cleanup()
