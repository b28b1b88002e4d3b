# genericpath: the stat-based tests and helpers shared by the os.path flavours.
import genericpath
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    f = os.path.join(tmp, 'file.txt')
    with open(f, 'w') as fh:
        fh.write('12345')
    d = os.path.join(tmp, 'dir')
    os.mkdir(d)
    link = os.path.join(tmp, 'link')
    os.symlink(f, link)
    dangling = os.path.join(tmp, 'dangling')
    os.symlink(os.path.join(tmp, 'nowhere'), dangling)
    for p in [f, d, link, dangling, os.path.join(tmp, 'missing'), 'bad\0name', b'bad\0bytes']:
        name = os.path.basename(p) if isinstance(p, str) else p
        print(name, genericpath.exists(p), genericpath.isfile(p), genericpath.isdir(p), genericpath.islink(p))
    print(genericpath.getsize(f), genericpath.getmtime(f) == os.stat(f).st_mtime,
          genericpath.getatime(f) == os.stat(f).st_atime, genericpath.getctime(f) == os.stat(f).st_ctime)
    print(genericpath.samefile(f, link), genericpath.samefile(f, d), genericpath.samestat(os.stat(f), os.lstat(f)))
    with open(f) as a, open(link) as b:
        print(genericpath.sameopenfile(a.fileno(), b.fileno()))
    try:
        genericpath.getsize(os.path.join(tmp, 'missing'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
print(genericpath.commonprefix(['/usr/lib', '/usr/local', '/usr/libexec']),
      genericpath.commonprefix([[1, 2, 3], [1, 2, 4]]), repr(genericpath.commonprefix([])),
      genericpath.commonprefix([b'abc', b'abd']))
for p in ['a.txt', '.bashrc', 'a/.b', 'a.b/c', '..x', 'x.', 'a...b']:
    print(p, genericpath._splitext(p, '/', None, '.'))
for args in [('f', 'a', 1), ('f', 'a', b'b'), ('f', 'a', 'b')]:
    try:
        genericpath._check_arg_types(*args)
        print('ok')
    except TypeError as e:
        print(e)
print(genericpath.__all__)
