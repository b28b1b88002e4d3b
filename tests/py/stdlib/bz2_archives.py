# tarfile and zipfile with bzip2 members: archives written in every bz2 mode, read back by name, by
# the 'r:*' and 'r|*' detection and as streams; the bytes written are CPython's.
import bz2
import io
import os
import tarfile
import tempfile
import zipfile
import zlib

FILES = [('readme.txt', b'A small archive for testing.\n' * 30),
         ('data/table.csv', b''.join(b'%d,%d,%d\n' % (i, i * i, i * 7 % 13) for i in range(300))),
         ('data/empty', b''),
         ('bin/blob', bytes((i * 37 + 11) & 0xff for i in range(3000)))]


def make_tar(mode, **kw):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode, **kw) as tf:
        for name, data in FILES:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mtime = 1_600_000_000
            info.uname = info.gname = 'user'
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


for mode, kw in [('w:bz2', {}), ('w:bz2', {'compresslevel': 1}), ('w|bz2', {})]:
    raw = make_tar(mode, **kw)
    print(mode, kw, len(raw), zlib.crc32(raw), raw[:4], len(bz2.decompress(raw)))
    for rmode in ('r', 'r:*', 'r:bz2', 'r|*', 'r|bz2'):
        with tarfile.open(fileobj=io.BytesIO(raw), mode=rmode) as tf:
            found = []
            for member in tf:
                f = tf.extractfile(member)
                found.append((member.name, member.size, zlib.crc32(f.read()) if f else None))
        print(' ', rmode, found == [(n, len(d), zlib.crc32(d)) for n, d in FILES])

# not bzip2 data
for rmode in ('r:bz2', 'r|bz2'):
    try:
        tarfile.open(fileobj=io.BytesIO(b'\x00' * 2048), mode=rmode)
    except tarfile.ReadError as e:
        print(rmode, 'ReadError', e)
print(tarfile.is_tarfile(io.BytesIO(make_tar('w:bz2'))))

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'files.tar.bz2')
    with tarfile.open(path, 'x:bz2') as tf:
        for name, data in FILES[:2]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    with tarfile.open(path) as tf:
        print(tf.getnames())
        tf.extractall(os.path.join(folder, 'out'), filter='data')
    print(open(os.path.join(folder, 'out', 'readme.txt'), 'rb').read() == FILES[0][1])
    try:
        tarfile.open(path, 'x:bz2')
    except FileExistsError as e:
        print('FileExistsError', e.errno)

# zip members compressed with bzip2
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_BZIP2) as zf:
    for name, data in FILES:
        zf.writestr(zipfile.ZipInfo(name, (2021, 6, 1, 12, 0, 0)), data, compress_type=zipfile.ZIP_BZIP2)
    zf.writestr(zipfile.ZipInfo('level1.txt', (2021, 6, 1, 12, 0, 0)), b'low level ' * 200,
                compress_type=zipfile.ZIP_BZIP2, compresslevel=1)
    with zf.open(zipfile.ZipInfo('streamed.bin', (2021, 6, 1, 12, 0, 0)), 'w') as w:
        w.write(bytes(range(256)) * 40)
raw = buf.getvalue()
print(len(raw), zlib.crc32(raw))
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    for info in zf.infolist():
        print(info.filename, info.compress_type, info.compress_size, info.file_size, info.extract_version)
        print(' ', zlib.crc32(zf.read(info)) == info.CRC)
    print(zf.testzip())
    with zf.open('data/table.csv') as f:
        print(f.readline(), f.read(10))
        print(f.seek(1000), f.read(12))
        print(f.seek(5), f.read(7))
    print(repr(zf.open('bin/blob')).split(' ', 1)[1])

# a damaged bzip2 member
bad = bytearray(raw)
start = raw.index(b'BZh9')
bad[start + 40] ^= 0xff
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    try:
        zf.read(zf.namelist()[0])
    except OSError as e:
        print(type(e).__name__, e)
