# tempfile: gettempdir (and TMPDIR), mkstemp and mkdtemp (prefix, suffix, dir, bytes, modes),
# NamedTemporaryFile (text and binary, delete, delete_on_close, attribute passthrough),
# TemporaryFile, SpooledTemporaryFile (rollover by size and by fileno) and TemporaryDirectory
# (cleanup with contents, delete=False, repr shape). Random names are never printed: only their
# shape (prefix, length, suffix).
import os
import re
import tempfile

base = '/tmp/immortal_tempfile_%d' % os.getpid()
os.mkdir(base)
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
print(os.path.isdir(tempfile.gettempdir()), isinstance(tempfile.gettempdirb(), bytes))


def shape(path, prefix='tmp', suffix=''):
    name = os.path.basename(path)
    if isinstance(name, bytes):
        name = name.decode()
    return (name.startswith(prefix) and name.endswith(suffix)
            and re.fullmatch('[a-z0-9_]{8}', name[len(prefix):len(name) - len(suffix)]) is not None)


fd, path = tempfile.mkstemp(suffix='.log', prefix='run-', dir=base)
print(type(fd).__name__, os.path.dirname(path) == base, shape(path, 'run-', '.log'))
print(oct(os.stat(path).st_mode & 0o777))
os.write(fd, b'hello')
os.close(fd)
print(open(path).read())
os.unlink(path)
fd, bpath = tempfile.mkstemp(dir=os.fsencode(base))
os.close(fd)
print(type(bpath).__name__, shape(bpath))
os.unlink(bpath)
try:
    tempfile.mkstemp(prefix=b'x', dir=base)
except TypeError as e:
    print('TypeError', e)

d = tempfile.mkdtemp(prefix='work_', dir=base)
print(os.path.isdir(d), oct(os.stat(d).st_mode & 0o777), shape(d, 'work_'), os.path.isabs(d))
os.rmdir(d)

with tempfile.NamedTemporaryFile('w+', suffix='.txt', dir=base) as f:
    print(type(f).__name__, shape(f.name, 'tmp', '.txt'), os.path.exists(f.name))
    f.write('first line\nsecond\n')
    f.flush()
    f.seek(0)
    print(f.readline(), end='')
    print(list(f), f.mode, f.closed)
    name = f.name
print(os.path.exists(name), f.closed)

f = tempfile.NamedTemporaryFile(dir=base, delete=False)
f.write(b'kept')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.unlink(f.name)

with tempfile.NamedTemporaryFile(dir=base, delete_on_close=False) as f:
    f.write(b'data')
    f.close()
    print('after close', os.path.exists(f.name), open(f.name, 'rb').read())
print('after with', os.path.exists(f.name))

f = tempfile.NamedTemporaryFile(dir=base)
name = f.name
f.close()
print(os.path.exists(name))

with tempfile.TemporaryFile(dir=base) as f:
    f.write(b'abc' * 10)
    f.seek(3)
    print(f.read(6), type(f.name).__name__, os.listdir(base))
with tempfile.TemporaryFile('w+', dir=base) as f:
    f.write('text mode')
    f.seek(0)
    print(f.read())

with tempfile.SpooledTemporaryFile(max_size=10, dir=base) as s:
    s.write(b'12345')
    print(s._rolled, s.tell(), s.name)
    s.write(b'67890abc')
    print(s._rolled, s.tell(), type(s.name).__name__)
    s.seek(0)
    print(s.read())
with tempfile.SpooledTemporaryFile(mode='w+') as s:
    s.write('text\nlines\n')
    s.seek(0)
    print(s.readlines(), s._rolled, s.mode)
    s.fileno()
    print(s._rolled)
    s.seek(0)
    print(s.read())
print(s.closed)

with tempfile.TemporaryDirectory(dir=base, suffix='.d') as t:
    print(type(t).__name__, shape(t, 'tmp', '.d'))
    os.makedirs(os.path.join(t, 'x', 'y'))
    with open(os.path.join(t, 'x', 'y', 'z.txt'), 'w') as fh:
        fh.write('z')
print(os.path.exists(t))
td = tempfile.TemporaryDirectory(dir=base)
print(re.fullmatch(r"<TemporaryDirectory '.*'>", repr(td)) is not None)
open(os.path.join(td.name, 'f'), 'w').close()
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
with tempfile.TemporaryDirectory(dir=base, delete=False) as kept:
    pass
print(os.path.isdir(kept))
os.rmdir(kept)

os.environ['TMPDIR'] = base
tempfile.tempdir = None
print(tempfile.gettempdir() == base)
tempfile.tempdir = None
del os.environ['TMPDIR']
print(os.listdir(base))
os.rmdir(base)
