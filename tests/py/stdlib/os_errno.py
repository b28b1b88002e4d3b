# errno constants and errorcode, os.strerror, and OSError's errno -> subclass mapping and str().
import errno
import os

for name in ['ENOENT', 'EEXIST', 'EACCES', 'EISDIR', 'ENOTDIR', 'EPIPE', 'EAGAIN', 'EINTR', 'ENOTEMPTY']:
    code = getattr(errno, name)
    print(name, code, errno.errorcode[code], os.strerror(code))
for code in [errno.ENOENT, errno.EEXIST, errno.EPIPE, errno.EACCES, errno.EAGAIN, errno.ECHILD, errno.ESRCH,
             errno.ETIMEDOUT, errno.EINTR, errno.EISDIR, errno.EINVAL]:
    e = OSError(code, os.strerror(code))
    print(type(e).__name__, e.errno, e.strerror, e, isinstance(e, OSError))
e = OSError(errno.ENOENT, 'No such file or directory', 'missing.txt')
print(repr(e), e.args, e.filename, str(e))
e = OSError(errno.EXDEV, 'Invalid cross-device link', 'a', None, 'b')
print(e, e.filename2)
print(OSError('just text'), OSError(), OSError(1, 2, 3, 4, 5, 6).args)
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
try:
    raise FileNotFoundError(errno.ENOENT, 'gone', 'f')
except OSError as err:
    print(err.errno == errno.ENOENT, err)
