# pathlib: pure paths (parsing, parts, name/stem/suffixes, parent(s), joining with / and joinpath,
# with_name/with_stem/with_suffix, relative_to with walk_up, is_relative_to, match, comparisons,
# hashing, as_uri, PureWindowsPath basics, error messages) and concrete paths under a directory
# of its own in /tmp (mkdir, touch, write/read text and bytes, exists/is_dir/is_file/is_symlink,
# iterdir, glob/rglob, walk, stat, rename/replace, unlink/rmdir, resolve, samefile, expanduser).
# Paths under /tmp are printed relative to that directory.
import os
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath, PosixPath, WindowsPath


hide = '?'


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).replace(hide, 'TOP'))


P = PurePosixPath
p = P('/usr/local/lib/python3.12/site-packages/pkg.tar.gz')
print(p, repr(p), p.parts)
print(p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, repr(p.drive))
print(p.parent, list(p.parents)[-2:], len(p.parents), p.parents[1], p.parents[-1])
print(p.with_name('x.py'), p.with_suffix('.zip'), p.with_suffix(''), p.with_stem('other'))
print(P('a') / 'b' / 'c', 'x' / P('y'), P('a').joinpath('b', '/c', 'd'), P('a', P('b/c')))
print(P(), P(''), P('.'), P('a/./b//c/'), P('//x'), P('///x'), type(PurePath('a')).__name__)
print(P('/a/b/c').relative_to('/a'), P('/a/b').relative_to('/a/c', walk_up=True))
print(P('a/b').is_relative_to('a'), P('a/b').is_relative_to('b'), P('/x').is_absolute())
print(P('src/main.py').match('*.py'), P('src/main.py').match('src/*.py'),
      P('src/main.py').match('/*.py'), P('src/main.py').match('*.PY'),
      P('src/main.py').match('*.PY', case_sensitive=False))
print(P('a') == P('a/'), P('a') == P('A'), P('a') == 'a', P('a') < P('b'), hash(P('x/y')) == hash(P('x//y')))
print(sorted([P('b'), P('a/c'), P('/z'), P('a')]))
print(P('.bashrc').suffixes, P('a..b').suffixes, P('x.').suffix, P('/').name == '')
print(bytes(P('a/b')), os.fspath(P('a/b')), P('/a b/%x').as_uri(), P('a').__reduce__())
for f in [lambda: P(b'a'), lambda: P('a') / 3, lambda: P('a').with_name(''),
          lambda: P('a').with_name('b/c'), lambda: P('/').with_name('b'),
          lambda: P('a').with_suffix('x'), lambda: P('a').with_suffix('.'),
          lambda: P('/a/b').relative_to('/c'), lambda: P('a/b').relative_to('/a', walk_up=True),
          lambda: P('/a/b').relative_to('/a/..', walk_up=True), lambda: P('a').match(''),
          lambda: P('a/b').parents[5], lambda: P('a') < PureWindowsPath('a'),
          lambda: P('a').as_uri(), lambda: WindowsPath('a'), lambda: P('').with_stem('b')]:
    t(f)

w = PureWindowsPath('C:/Users/Ann\\Documents/report.DOCX')
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.suffix, w.as_posix())
print(w == PureWindowsPath('c:\\users\\ann\\documents\\REPORT.docx'), w.as_uri())
print(PureWindowsPath('//server/share/x').parts, PureWindowsPath('C:x').anchor,
      PureWindowsPath('c:/a', '/b'), PureWindowsPath('c:/a', 'd:b'),
      PureWindowsPath('nul.txt').is_reserved(), P('nul').is_reserved(),
      PureWindowsPath('c:a').is_absolute(), PureWindowsPath('c:/a').is_absolute())

top = Path('/tmp/immortal_pathlib_%d' % os.getpid())
top.mkdir()
hide = str(top)


def rel(q):
    return q.relative_to(top).as_posix()


(top / 'src' / 'pkg').mkdir(parents=True)
t(lambda: (top / 'x' / 'y').mkdir())
t(lambda: (top / 'src').mkdir())
(top / 'src').mkdir(exist_ok=True)
print(type(top).__name__, isinstance(top, PurePosixPath), top.exists(), top.is_dir())
print((top / 'src' / 'a.py').write_text('print("a")\n'), (top / 'data.bin').write_bytes(b'\x00\x01'))
(top / 'src' / 'pkg' / '__init__.py').touch()
(top / 'src' / 'pkg' / 'mod.py').write_text('x = 1\n', encoding='utf-8')
(top / 'src' / 'notes.txt').write_text('l1\nl2\n', newline='\r\n')
(top / '.hidden').touch()
t(lambda: (top / '.hidden').touch(exist_ok=False))
t(lambda: (top / 'x').write_text(b'no'))
print((top / 'src' / 'a.py').read_text(), (top / 'data.bin').read_bytes(),
      (top / 'src' / 'notes.txt').read_bytes())
with (top / 'src' / 'a.py').open() as f:
    print(f.readline().strip())
q = top / 'src' / 'a.py'
print(q.is_file(), q.is_dir(), q.is_symlink(), q.exists(), (top / 'nope').exists(),
      (top / 'nope' / 'deeper').is_file(), q.stat().st_size, q.lstat().st_size)
(top / 'link').symlink_to('src/a.py')
(top / 'broken').symlink_to('nowhere')
print((top / 'link').is_symlink(), (top / 'link').is_file(), (top / 'link').readlink(),
      (top / 'broken').exists(), (top / 'broken').exists(follow_symlinks=False))
print(rel((top / 'link').resolve()), (top / 'link').samefile(q), q.samefile(str(q)))
print(sorted(rel(c) for c in top.iterdir()))
print(sorted(rel(c) for c in top.glob('*')))
print(sorted(rel(c) for c in top.glob('src/*.py')))
print(sorted(rel(c) for c in top.glob('**/*.py')))
print(sorted(rel(c) for c in top.rglob('*.py')))
print(sorted(rel(c) for c in top.glob('**')))
print(sorted(rel(c) for c in top.glob('*/')))
print(sorted(rel(c) for c in top.glob('src/../*.bin')))
print(sorted(rel(c) for c in top.glob('SRC/*.PY', case_sensitive=False)))
for pattern in ['', '/abs', 'a**']:
    t(lambda: list(top.glob(pattern)))
for dirpath, dirnames, filenames in sorted(top.walk()):
    print(rel(dirpath) if dirpath != top else '.', sorted(dirnames), sorted(filenames))
print([rel(d) if d != top else '.' for d, _, _ in top.walk(top_down=False)][-1])

moved = (top / 'data.bin').rename(top / 'data2.bin')
print(type(moved).__name__, rel(moved), (top / 'data.bin').exists())
(top / 'other.bin').write_bytes(b'other')
print(rel((top / 'other.bin').replace(moved)), moved.read_bytes())
moved.unlink()
moved.unlink(missing_ok=True)
t(lambda: moved.unlink())
t(lambda: (top / 'src').rmdir())
t(lambda: (top / 'nope').stat())
print(Path('x/y').absolute() == Path.cwd() / 'x' / 'y', Path.cwd().is_absolute())
print(Path('~').expanduser() == Path.home(), Path('~/z').expanduser().name, Path('a~').expanduser())
print(PosixPath('a') == Path('a'), Path('a', 'b') / 'c', repr(Path('/x')))

for dirpath, dirnames, filenames in top.walk(top_down=False):
    for name in filenames:
        (dirpath / name).unlink()
    for name in dirnames:
        (dirpath / name).rmdir()
top.rmdir()
print(top.exists())
