# os: hard links, utime with times/ns, pread/pwrite, fchmod/fsync/fdatasync, access with the *_OK
# flags, writev, fdopen, closerange, O_* flags; everything under a temporary folder, removed at the end.
import os

root = '_os_files_extra_tmp'
if os.path.exists(root):
    for name in os.listdir(root):
        os.remove(os.path.join(root, name))
    os.rmdir(root)
os.mkdir(root)
a = os.path.join(root, 'a.txt')
b = os.path.join(root, 'b.txt')

fd = os.open(a, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o644)
print('writev', os.writev(fd, [b'hello ', bytearray(b'world'), memoryview(b'!\n')]))
os.fsync(fd)
os.fdatasync(fd)
os.fchmod(fd, 0o600)
os.close(fd)
print('mode', oct(os.stat(a).st_mode & 0o7777))

os.link(a, b)
print('nlink', os.stat(a).st_nlink, os.stat(b).st_nlink, os.path.samefile(a, b))
try:
    os.link(a, b)
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == a, e.filename2 == b)

os.utime(a, (1_000_000_000, 1_234_567_890))
st = os.stat(a)
print('utime times', st.st_atime, st.st_mtime, st.st_mtime_ns)
os.utime(a, ns=(5_000_000_000, 6_500_000_000))
st = os.stat(b)
print('utime ns', st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
for bad in [dict(times=(1, 2), ns=(1, 2)), dict(times=(1,)), dict(ns=5)]:
    try:
        os.utime(a, **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

fd = os.open(a, os.O_RDWR)
print('pread', os.pread(fd, 5, 6), os.pread(fd, 100, 20), os.read(fd, 5))
print('pwrite', os.pwrite(fd, b'HELLO', 0), os.read(fd, 3))
os.close(fd)
with open(b) as f:
    print('through the link:', repr(f.read()))

print('access', os.access(a, os.F_OK), os.access(a, os.R_OK | os.W_OK), os.access(os.path.join(root, 'none'), os.F_OK))
print('flags', os.O_ACCMODE & os.O_RDWR, os.O_NOCTTY, os.O_SYNC == os.O_FSYNC, os.O_NDELAY == os.O_NONBLOCK)

fd = os.open(a, os.O_RDONLY)
with os.fdopen(fd) as f:
    print('fdopen', type(f).__name__, f.readline().rstrip())
try:
    os.fdopen('3')
except TypeError as e:
    print('TypeError', e)
fds = [os.open(a, os.O_RDONLY) for _ in range(3)]
os.closerange(min(fds), max(fds) + 1)
try:
    os.read(fds[0], 1)
except OSError as e:
    print('closed', type(e).__name__, e.errno)
print('isjunction', os.path.isjunction(a), os.path.isjunction(root), os.path.isjunction(b'/'))

for name in sorted(os.listdir(root)):
    os.remove(os.path.join(root, name))
os.rmdir(root)
print('cleaned', os.path.exists(root))
