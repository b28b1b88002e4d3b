# shutil: copyfileobj, copyfile (SameFileError, missing directory, follow_symlinks), copymode,
# copystat, copy and copy2 into a directory, copytree (ignore_patterns, symlinks, dirs_exist_ok,
# the gathered Error), move (rename, into a directory, onto an existing name, a directory into
# itself), rmtree (onexc, ignore_errors, symbolic links, missing paths), which, disk_usage,
# get_terminal_size and the archive functions Immortal lacks. Works under /tmp in a directory of
# its own, prints paths relative to it, and removes it.
import io
import os
import shutil

top = '/tmp/immortal_shutil_%d' % os.getpid()
os.mkdir(top)


def p(*parts):
    return os.path.join(top, *parts)


def tree(d):
    out = []
    for dirpath, dirnames, filenames in os.walk(d):
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            kind = 'L' if os.path.islink(full) else 'D' if os.path.isdir(full) else 'F'
            out.append(kind + ' ' + os.path.relpath(full, d))
    return sorted(out)


def err(e):
    return '%s: %s' % (type(e).__name__, str(e).replace(top, 'TOP'))


src = io.BytesIO(b'x' * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst, 4096)
print(len(dst.getvalue()))
src = io.StringIO('line one\nline two\n')
dst = io.StringIO()
shutil.copyfileobj(src, dst)
print(repr(dst.getvalue()))

with open(p('a.txt'), 'w') as f:
    f.write('alpha\n')
os.chmod(p('a.txt'), 0o640)
os.utime(p('a.txt'), (1000000, 2000000))
print(shutil.copyfile(p('a.txt'), p('b.txt')) == p('b.txt'), open(p('b.txt')).read(), end='')
for args in [(p('a.txt'), p('a.txt')), (p('a.txt'), p('no', 'such', 'x')), (p('nope'), p('c'))]:
    try:
        shutil.copyfile(*args)
    except (shutil.Error, OSError) as e:
        print(err(e), isinstance(e, shutil.SameFileError))
shutil.copymode(p('a.txt'), p('b.txt'))
print(oct(os.stat(p('b.txt')).st_mode & 0o777))
shutil.copystat(p('a.txt'), p('b.txt'))
st = os.stat(p('b.txt'))
print(st.st_mtime)
os.mkdir(p('d'))
print(os.path.relpath(shutil.copy(p('a.txt'), p('d')), top))
c2 = shutil.copy2(p('a.txt'), p('d', 'c2.txt'))
print(os.path.relpath(c2, top), os.stat(c2).st_mtime, oct(os.stat(c2).st_mode & 0o777))
os.symlink('a.txt', p('link'))
shutil.copyfile(p('link'), p('d', 'link2'), follow_symlinks=False)
print(os.readlink(p('d', 'link2')))
shutil.copy(p('link'), p('d', 'deref'))
print(os.path.islink(p('d', 'deref')), open(p('d', 'deref')).read(), end='')

# copytree
os.makedirs(p('proj', 'pkg', '__pycache__'))
for name in ['proj/setup.py', 'proj/pkg/m.py', 'proj/pkg/m.pyc', 'proj/pkg/__pycache__/m.pyc',
             'proj/README']:
    with open(p(name), 'w') as f:
        f.write(name)
os.symlink('README', p('proj', 'readme-link'))
seen = []


def ignore(path, names):
    seen.append((os.path.relpath(path, top), sorted(names)))
    return shutil.ignore_patterns('*.pyc', '__pycache__')(path, names)


print(shutil.copytree(p('proj'), p('copy1'), ignore=ignore) == p('copy1'))
print(sorted(seen))
print(tree(p('copy1')))
shutil.copytree(p('proj'), p('copy2'), symlinks=True)
print(tree(p('copy2')))
try:
    shutil.copytree(p('proj'), p('copy2'))
except FileExistsError as e:
    print(err(e))
with open(p('proj', 'extra'), 'w') as f:
    f.write('new')
shutil.copytree(p('proj'), p('copy2'), dirs_exist_ok=True)
print(tree(p('copy2')) == sorted(tree(p('proj'))), open(p('copy2', 'extra')).read())
os.symlink('gone', p('proj', 'dangling'))
try:
    shutil.copytree(p('proj'), p('copy3'))
except shutil.Error as e:
    print('Error', [(os.path.relpath(a, top), os.path.relpath(b, top), r.replace(top, 'TOP'))
                    for a, b, r in e.args[0]])
shutil.copytree(p('proj'), p('copy4'), ignore_dangling_symlinks=True)
print('dangling' in os.listdir(p('copy4')))

# move
print(os.path.relpath(shutil.move(p('b.txt'), p('moved.txt')), top))
print(os.path.relpath(shutil.move(p('moved.txt'), p('d')), top))
with open(p('moved.txt'), 'w') as f:
    f.write('again')
try:
    shutil.move(p('moved.txt'), p('d'))
except shutil.Error as e:
    print(err(e))
try:
    shutil.move(p('copy4'), p('copy4', 'inner'))
except shutil.Error as e:
    print(err(e))
print(os.path.relpath(shutil.move(p('copy4'), p('d')), top), tree(p('d'))[:3])

# rmtree
calls = []
shutil.rmtree(p('missing'), onexc=lambda f, path, e: calls.append(
    (f.__name__, os.path.relpath(path, top), type(e).__name__)))
shutil.rmtree(p('link'), onexc=lambda f, path, e: calls.append(
    (f.__name__, os.path.relpath(path, top), str(e))))
print(calls)
shutil.rmtree(p('missing'), ignore_errors=True)
for target in [p('missing'), p('a.txt')]:
    try:
        shutil.rmtree(target)
    except OSError as e:
        print(err(e))
shutil.rmtree(p('copy1'))
print(os.path.exists(p('copy1')), shutil.rmtree.avoids_symlink_attacks in (True, False))

# which, disk_usage, terminal size
os.mkdir(p('bin'))
with open(p('bin', 'tool'), 'w') as f:
    f.write('#!/bin/sh\n')
os.chmod(p('bin', 'tool'), 0o755)
with open(p('bin', 'data'), 'w') as f:
    f.write('')
print(os.path.relpath(shutil.which('tool', path=p('bin')), top))
print(shutil.which('data', path=p('bin')), shutil.which('tool', path=''))
print(os.path.relpath(shutil.which(p('bin', 'tool')), top), shutil.which(p('bin', 'data')))
print(shutil.which(b'tool', path=os.fsencode(p('bin')))[-8:])
print(shutil.which('sh', path='/nonexistent:/bin:/usr/bin') in ('/bin/sh', '/usr/bin/sh'))
u = shutil.disk_usage(top)
print(type(u).__name__, u._fields, u.total >= u.used >= 0, u.free >= 0)
os.environ['COLUMNS'] = '100'
os.environ['LINES'] = '40'
print(shutil.get_terminal_size())
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size((33, 11)))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

shutil.rmtree(top)
print(os.path.exists(top))
