# os: scatter/gather and in-kernel copies on real files: readv, preadv, pwritev (with RWF_* flags),
# sendfile, copy_file_range, posix_fallocate, posix_fadvise and sync, with the file positions each
# one moves or leaves alone, and their errors; everything under a temporary folder, removed at the end.
import os

def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(' ', label, '->', type(e).__name__, e)
    else:
        print(' ', label, '->', r)

root = '_os_vectored_io_tmp'
if os.path.exists(root):
    for name in os.listdir(root):
        os.remove(os.path.join(root, name))
    os.rmdir(root)
os.mkdir(root)
src = os.path.join(root, 'src.bin')
dst = os.path.join(root, 'dst.bin')
with open(src, 'wb') as f:
    f.write(bytes(range(48, 58)) * 10)   # '0123456789' ten times

print('readv')
fd = os.open(src, os.O_RDONLY)
a, b, c = bytearray(3), bytearray(4), memoryview(bytearray(5))
print(' ', os.readv(fd, [a, b, c]), a, b, bytes(c), os.lseek(fd, 0, os.SEEK_CUR))
print(' ', os.readv(fd, (bytearray(0),)), os.readv(fd, []), os.lseek(fd, 0, os.SEEK_CUR))
os.lseek(fd, 95, os.SEEK_SET)
big = bytearray(10)
print(' ', os.readv(fd, [big]), big, os.readv(fd, [big]))
attempt('readv(bytes)', os.readv, fd, [b'abc'])
attempt('readv(int)', os.readv, fd, [1])
attempt('readv(5)', os.readv, fd, 5)
attempt('readv(closed)', os.readv, 1000, [bytearray(1)])
attempt('readv(fd)', os.readv, fd)

print('preadv')
os.lseek(fd, 2, os.SEEK_SET)
a, b = bytearray(2), bytearray(3)
print(' ', os.preadv(fd, [a, b], 10), a, b, os.lseek(fd, 0, os.SEEK_CUR))
print(' ', os.preadv(fd, [a], -1), a, os.lseek(fd, 0, os.SEEK_CUR))
print(' ', os.preadv(fd, [a, b], 98, os.RWF_HIPRI), a, b, os.preadv(fd, [a], 500))
attempt('preadv(-2)', os.preadv, fd, [a], -2)
attempt('preadv(flags=999)', os.preadv, fd, [a], 0, 999)
attempt('preadv(fd, [])', os.preadv, fd, [])
attempt('preadv(5 args)', os.preadv, fd, [a], 0, 0, 0)
os.close(fd)

print('pwritev')
fd = os.open(dst, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o644)
print(' ', os.pwritev(fd, [b'hello', bytearray(b', '), memoryview(b'world')], 0), os.lseek(fd, 0, os.SEEK_CUR))
print(' ', os.pwritev(fd, [b'HE'], 0, os.RWF_DSYNC), os.pwritev(fd, [b'!'], 12, os.RWF_SYNC))
print(' ', os.pwritev(fd, [b'>>'], -1), os.lseek(fd, 0, os.SEEK_CUR))
print(' ', os.pwritev(fd, [b'<end>'], 0, os.RWF_APPEND), os.lseek(fd, 0, os.SEEK_CUR))
print(' ', os.pread(fd, 100, 0), os.fstat(fd).st_size)
attempt('pwritev(int)', os.pwritev, fd, [1], 0)
attempt('pwritev(5)', os.pwritev, fd, 5, 0)
attempt('pwritev(-2)', os.pwritev, fd, [b'x'], -2)
attempt('pwritev(flags=64)', os.pwritev, fd, [b'x'], 0, 64)
attempt('pwritev(closed)', os.pwritev, 1000, [b'x'], 0)
os.close(fd)

print('sendfile')
ifd = os.open(src, os.O_RDONLY)
ofd = os.open(dst, os.O_WRONLY | os.O_TRUNC)
print(' ', os.sendfile(ofd, ifd, 5, 10), os.lseek(ifd, 0, os.SEEK_CUR), os.lseek(ofd, 0, os.SEEK_CUR))
print(' ', os.sendfile(ofd, ifd, None, 3), os.lseek(ifd, 0, os.SEEK_CUR))
print(' ', os.sendfile(out_fd=ofd, in_fd=ifd, offset=95, count=50), os.sendfile(ofd, ifd, 100, 5))
os.close(ofd)
with open(dst, 'rb') as f:
    print(' ', f.read())
attempt('sendfile(offset=-1)', os.sendfile, ofd, ifd, -1, 5)
attempt('sendfile(closed)', os.sendfile, 1000, ifd, 0, 5)
attempt("sendfile(offset='a')", os.sendfile, 1, ifd, 'a', 5)
attempt('sendfile(count=-1)', os.sendfile, 1, ifd, 0, -1)
attempt('sendfile(3 args)', os.sendfile, 1, ifd, 0)
dfd = os.open(root, os.O_RDONLY)
ofd = os.open(dst, os.O_WRONLY | os.O_APPEND)
attempt('sendfile(from a directory)', os.sendfile, ofd, dfd, 0, 5)
attempt('sendfile(to O_APPEND)', os.sendfile, ofd, ifd, 0, 5)
os.close(ofd)

print('copy_file_range')
ofd = os.open(dst, os.O_RDWR | os.O_TRUNC)
print(' ', os.copy_file_range(ifd, ofd, 4), os.lseek(ifd, 0, os.SEEK_CUR), os.lseek(ofd, 0, os.SEEK_CUR))
print(' ', os.copy_file_range(ifd, ofd, 3, offset_src=50, offset_dst=10), os.lseek(ifd, 0, os.SEEK_CUR),
      os.lseek(ofd, 0, os.SEEK_CUR))
print(' ', os.copy_file_range(ifd, ofd, 1000, 97), os.copy_file_range(ifd, ofd, 0), os.copy_file_range(ifd, ofd, 5, 100))
print(' ', os.pread(ofd, 100, 0))
attempt('copy_file_range(count=-1)', os.copy_file_range, ifd, ofd, -1)
attempt('copy_file_range(offset_src=-1)', os.copy_file_range, ifd, ofd, 1, -1)
attempt('copy_file_range(closed)', os.copy_file_range, 1000, ofd, 1)
attempt('copy_file_range(to read-only)', os.copy_file_range, ofd, ifd, 1)
attempt('copy_file_range(directory)', os.copy_file_range, dfd, ofd, 1)
attempt('copy_file_range(overlap)', os.copy_file_range, ofd, ofd, 4, 0, 2)
attempt('copy_file_range(2 args)', os.copy_file_range, ifd, ofd)
os.close(ofd)

print('posix_fallocate and posix_fadvise')
ofd = os.open(dst, os.O_RDWR | os.O_TRUNC)
os.write(ofd, b'abc')
print(' ', os.posix_fallocate(ofd, 0, 10000), os.fstat(ofd).st_size, os.pread(ofd, 4, 0))
print(' ', os.posix_fallocate(ofd, 100, 50), os.fstat(ofd).st_size, os.lseek(ofd, 0, os.SEEK_CUR))
print(' ', os.fstat(ofd).st_blocks * 512 >= 8192, os.pread(ofd, 3, 9997))
afd = os.open(dst, os.O_WRONLY | os.O_APPEND)
print(' ', os.posix_fallocate(afd, 0, 20000), os.fstat(afd).st_size, os.pread(ofd, 3, 0))
os.close(afd)
attempt('posix_fallocate(len=0)', os.posix_fallocate, ofd, 0, 0)
attempt('posix_fallocate(offset=-1)', os.posix_fallocate, ofd, -1, 1)
attempt('posix_fallocate(read-only)', os.posix_fallocate, ifd, 0, 1)
attempt('posix_fallocate(closed)', os.posix_fallocate, 1000, 0, 1)
attempt('posix_fallocate(1.5)', os.posix_fallocate, 1.5, 0, 1)
attempt('posix_fallocate(2 args)', os.posix_fallocate, ofd, 0)
for advice in ('POSIX_FADV_NORMAL', 'POSIX_FADV_SEQUENTIAL', 'POSIX_FADV_RANDOM', 'POSIX_FADV_NOREUSE',
               'POSIX_FADV_WILLNEED', 'POSIX_FADV_DONTNEED'):
    print(' ', advice, os.posix_fadvise(ifd, 0, 0, getattr(os, advice)))
attempt('posix_fadvise(advice=99)', os.posix_fadvise, ifd, 0, 0, 99)
attempt('posix_fadvise(len=-1)', os.posix_fadvise, ifd, 0, -1, 0)
attempt('posix_fadvise(closed)', os.posix_fadvise, 1000, 0, 0, 0)
attempt('posix_fadvise(3 args)', os.posix_fadvise, ifd, 0, 0)
os.close(ofd)
os.close(ifd)
os.close(dfd)

print('sync')
print(' ', os.sync())
attempt('sync(1)', os.sync, 1)

for name in sorted(os.listdir(root)):
    os.remove(os.path.join(root, name))
os.rmdir(root)
print('done', os.path.exists(root))

# Argument Clinic converts fd, offset and flags before the buffers are looked at.
for call in [lambda: os.preadv(0, 5, 'x'), lambda: os.pwritev(0, [1], 'x'), lambda: os.pwritev(0, 5, 0, 'x')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
