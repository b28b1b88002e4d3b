# os.path.realpath over a tree of symbolic links, with and without strict=True: links to links, links
# whose target climbs with '..', absolute targets, loops (ELOOP when strict, the rest left unresolved
# otherwise), missing components (FileNotFoundError naming the component when strict), relative starts,
# and bytes paths. Also: an OSError names the path argument as given (str or bytes; an os.PathLike by
# its fspath), and os.get_terminal_size fails on a descriptor that is not a terminal.
import os
import pathlib
import tempfile

root = os.path.realpath(tempfile.mkdtemp())
os.makedirs(os.path.join(root, 'a', 'b'))
os.makedirs(os.path.join(root, 'c', 'd'))
os.symlink('../../c', os.path.join(root, 'a', 'b', 'toc'))
os.symlink('a/b/toc/d', os.path.join(root, 'deep'))
os.symlink('loop2', os.path.join(root, 'loop1'))
os.symlink('loop1', os.path.join(root, 'loop2'))
os.symlink(os.path.join(root, 'a'), os.path.join(root, 'absa'))
os.symlink('deep', os.path.join(root, 'chain'))
os.symlink('nowhere', os.path.join(root, 'dangling'))


def show(p):
    if isinstance(p, bytes):
        p = p.decode()
    return p.replace(root, '<root>')


os.chdir(root)
paths = ['a/b/toc', 'deep', 'chain', 'chain/..', 'deep/../..', 'absa/b/toc/d', 'loop1', 'loop1/x/y',
         'dangling', 'dangling/x', 'missing/../a', 'a/./b//', '.', 'a/b/../../c', b'chain', b'loop2/z']
for p in paths:
    for strict in (False, True):
        try:
            r = show(os.path.realpath(p, strict=strict))
        except OSError as e:
            r = f'{type(e).__name__} errno={e.errno} filename={show(e.filename)!r}'
        print(f'{p!r:16} strict={strict!s:5} -> {r}')

os.chdir(os.path.join(root, 'a', 'b'))
for p in ['..', '../..', 'toc/..', '../../chain']:
    print(p, '->', show(os.path.realpath(p, strict=True)))

missing = os.path.join(root, 'missing', 'file')
for arg in (missing, missing.encode(), pathlib.Path(missing)):
    for fn in (os.stat, os.lstat, os.listdir, os.unlink, os.readlink, os.rmdir):
        try:
            fn(arg)
        except OSError as e:
            print(fn.__name__, type(arg).__name__, type(e).__name__, type(e.filename).__name__, show(e.filename))
try:
    os.rename(missing.encode(), missing)
except OSError as e:
    print('rename', type(e.filename).__name__, type(e.filename2).__name__)

fd = os.open(os.devnull, os.O_RDONLY)
try:
    os.get_terminal_size(fd)
except OSError as e:
    print('get_terminal_size', type(e).__name__, e.errno, e.strerror)
os.close(fd)
try:
    os.get_terminal_size(fd)
except OSError as e:
    print('closed fd', type(e).__name__, e.errno)

os.chdir('/')
for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for n in filenames + dirnames:
        full = os.path.join(dirpath, n)
        if os.path.islink(full) or not os.path.isdir(full):
            os.unlink(full)
        else:
            os.rmdir(full)
os.rmdir(root)
print('cleaned', not os.path.exists(root))
