# fnmatch (fnmatch, fnmatchcase, filter, translate: classes, negation, ranges, stars) and glob
# (glob/iglob over a small tree: wildcards, hidden files, include_hidden, recursive '**', root_dir,
# trailing slash, bytes patterns, escape, has_magic). Works in a directory of its own under /tmp,
# prints paths relative to it (sorted: listing order is the file system's), and removes it.
import fnmatch
import glob
import os

for pat in ['*.txt', 'a?c', '[abc]x', '[!a-c]x', '*a*b*', '[]]', '[!]]', '[a-', '[z-a]',
            'a[-b]', '**', 'a.b*c', '[^x]', '[a-c-e]', '[[]', 'x[', '[a--c]', '[!--]']:
    print(repr(pat), fnmatch.translate(pat))

names = ['main.py', 'Main.PY', 'test_a.py', 'test_b.txt', 'README', '.hidden', 'data1.csv',
         'data2.csv', 'data10.csv']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filter(names, 'test_?.*'))
print(fnmatch.filter(names, 'data[0-9].csv'))
print(fnmatch.filter(names, '[!.]*'))
print(fnmatch.fnmatch('Main.PY', '*.py'), fnmatch.fnmatchcase('Main.PY', '*.py'))
print(fnmatch.fnmatchcase(b'abc.py', b'*.py'), fnmatch.filter([b'x.c', b'y.h'], b'*.c'))
print(fnmatch.fnmatch('a\nb', 'a?b'), fnmatch.fnmatch('abc', 'a*'), fnmatch.fnmatch('bc', 'a*'))
try:
    fnmatch.fnmatchcase('abc', b'*')
except TypeError as e:
    print('TypeError', e)

top = '/tmp/immortal_glob_%d' % os.getpid()
os.mkdir(top)
for d in ['src', 'src/pkg', 'src/.cache', 'docs']:
    os.mkdir(os.path.join(top, d))
for f in ['setup.py', '.env', 'src/a.py', 'src/b.py', 'src/notes.txt', 'src/pkg/__init__.py',
          'src/pkg/mod.py', 'src/.cache/c.py', 'docs/index.md', 'docs/[draft].md']:
    with open(os.path.join(top, f), 'w') as fh:
        fh.write(f)


def rel(paths):
    return sorted(os.path.relpath(p, top) if os.path.isabs(p) else p for p in paths)


def show(pattern, **kw):
    print(pattern, kw or '', rel(glob.glob(os.path.join(top, pattern), **kw)))


show('*')
show('*', include_hidden=True)
show('.*')
show('src/*.py')
show('*/*.py')
show('src/?.py')
show('**/*.py')
show('**/*.py', recursive=True)
show('**/*.py', recursive=True, include_hidden=True)
show('**', recursive=True)
show('**/', recursive=True)
show('src/**/', recursive=True)
show('*/')
show('docs/[[]draft].md')
show(glob.escape('docs/[draft].md'))
show('nothing*')
show('setup.py')
show('missing.py')
print(sorted(glob.glob('**/*.md', root_dir=top, recursive=True)))
print(sorted(glob.glob('src/*', root_dir=top)))
print(sorted(glob.iglob('*.py', root_dir=os.path.join(top, 'src'))))
print(sorted(glob.glob(os.fsencode(os.path.join(top, 'src', '*.py'))))[0][-7:])
print(glob.glob(''), glob.glob('', root_dir=top))
print(glob.escape('a*b?c[d]/e'), glob.escape(b'x[y]'))
print(glob.has_magic('a/b'), glob.has_magic('a/*'), glob.has_magic(b'[x]'))
it = glob.iglob(os.path.join(top, 'src', '*.py'))
print(type(it).__name__, len(list(it)))

for dirpath, dirnames, filenames in sorted(os.walk(top), reverse=True):
    for f in filenames:
        os.unlink(os.path.join(dirpath, f))
    os.rmdir(dirpath)
print(os.path.exists(top))
