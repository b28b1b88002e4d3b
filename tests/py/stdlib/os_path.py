# os.path (posixpath): pure path manipulation, str and bytes, and its error for mixed types.
import os
import os.path

P = os.path
print(P.join('a', 'b', 'c'), P.join('/a', '/b', 'c'), P.join('a/', 'b'), P.join('', 'x'), P.join(b'a', b'b'))
for p in ['/usr/lib/python3.12/os.py', 'file.tar.gz', '.bashrc', 'dir/', '/', '', 'a//b', '..']:
    print(repr(p), P.split(p), P.splitext(p), P.basename(p), P.dirname(p), P.isabs(p))
for p in ['a/./b/../c', '/../x', '//a//b/', './', '../../x/..', 'a/b/../../..', '///x']:
    print(repr(p), P.normpath(p))
print(P.relpath('/a/b/c/d', '/a/x'), P.relpath('/a', '/a'), P.relpath('/a/b', '/'))
print(P.commonprefix(['/usr/lib', '/usr/local', '/usr/l']), P.commonpath(['/usr/lib', '/usr/local/bin']))
print(P.splitdrive('/x/y'), P.normcase('AbC'), P.splitext(b'x.py'))
print(P.abspath('/a/b/../c'), P.isabs(P.abspath('rel')))
print(P.expanduser('nohome/x'), P.expandvars('$NO_SUCH_VAR_X/y'))
try:
    P.join('a', b'b')
except TypeError as e:
    print('TypeError:', e)
try:
    P.join('a', 5)
except TypeError as e:
    print('TypeError:', e)

class Where:
    def __fspath__(self):
        return 'some/where.txt'

print(os.fspath(Where()), P.basename(Where()), isinstance(Where(), os.PathLike), isinstance('x', os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError:', e)
print(os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, os.linesep == '\n', os.name)
