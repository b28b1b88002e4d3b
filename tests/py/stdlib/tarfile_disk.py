# tarfile: a backup tool on real files. Builds a small tree in a temporary directory (fixed
# mtimes and modes), archives it with add() (recursive, arcname, a filter that resets owners and
# skips *.tmp), in plain, gz and streaming (w|gz) modes, appends with mode 'a', lists, extracts
# with extractall/extract and the 'data' and 'fully_trusted' filters, checks symlinks and hard links,
# extractfile on links, r|* stream reading, and is_tarfile on paths and file objects.
import io
import os
import tarfile
import tempfile

T0 = 1600000000
os.umask(0o022)   # directories extractall creates get 755

def make_tree(root):
    os.makedirs(os.path.join(root, 'project', 'pkg', 'data'))
    files = {
        'project/setup.cfg': (b'[metadata]\nname = demo\n', 0o644),
        'project/run.sh': (b'#!/bin/sh\necho run\n', 0o755),
        'project/pkg/__init__.py': (b'', 0o644),
        'project/pkg/core.py': (b'def f():\n    return 42\n' * 40, 0o600),
        'project/pkg/data/table.csv': (b'a,b\n1,2\n', 0o664),
        'project/pkg/scratch.tmp': (b'junk', 0o644),
    }
    for rel, (data, mode) in files.items():
        path = os.path.join(root, rel)
        with open(path, 'wb') as f:
            f.write(data)
        os.chmod(path, mode)
        os.utime(path, (T0, T0))
    os.symlink('core.py', os.path.join(root, 'project/pkg/alias.py'))
    os.link(os.path.join(root, 'project/setup.cfg'), os.path.join(root, 'project/setup-copy.cfg'))
    for rel in ('project/pkg/data', 'project/pkg', 'project'):
        os.chmod(os.path.join(root, rel), 0o755)
        os.utime(os.path.join(root, rel), (T0, T0))

def owner_reset(info):
    if info.name.endswith('.tmp'):
        return None
    info.uid = info.gid = 0
    info.uname = info.gname = 'build'
    if info.issym():
        info.mtime = T0   # a symlink's own mtime is when this program made it
    return info

def walk(root):
    rows = []
    for here, dirs, files in os.walk(root):
        dirs.sort()
        rel_dir = os.path.relpath(here, root)
        rows.append(f'    {rel_dir}/ {os.stat(here).st_mode & 0o7777:o}')
        for name in sorted(files):
            path = os.path.join(here, name)
            st = os.lstat(path)
            if os.path.islink(path):
                rows.append(f'    {rel_dir}/{name} -> {os.readlink(path)}')
            else:
                with open(path, 'rb') as f:
                    size = len(f.read())
                rows.append(f'    {rel_dir}/{name} {st.st_mode & 0o7777:o} {size}B mtime={int(st.st_mtime)} links={st.st_nlink}')
    return '\n'.join(rows)

with tempfile.TemporaryDirectory() as tmp:
    make_tree(tmp)
    os.chdir(tmp)
    with tarfile.open('backup.tar', 'w') as archive:
        archive.add('project', filter=owner_reset)
        archive.add('project/setup.cfg', arcname='top-level.cfg', filter=owner_reset)
        archive.add('project/pkg', arcname='flat', recursive=False, filter=owner_reset)
        archive.add('backup.tar')   # the archive itself is skipped
    print('plain archive:', os.path.getsize('backup.tar'), 'bytes')
    with tarfile.open('backup.tar') as archive:
        archive.list()
        for info in archive.getmembers():
            print(f'  {info.name} {info.type!r} {info.mode:o} {info.size} {info.linkname!r}')

    with tarfile.open('backup.tar', 'a') as archive:
        extra = tarfile.TarInfo('NOTES.txt')
        payload = b'appended later\n'
        extra.size, extra.mtime = len(payload), T0
        archive.addfile(extra, io.BytesIO(payload))
    with tarfile.open('backup.tar', 'r:') as archive:
        print('after append:', archive.getnames()[-3:], len(archive.getmembers()))
        print('  alias.py via symlink:', archive.extractfile('project/pkg/alias.py').read()[:22])
        print('  setup-copy via hard link:', archive.extractfile('project/setup-copy.cfg').read())
        print('  directory gives', archive.extractfile('project/pkg'))

    for flt in ('data',):
        dest = 'restore-' + flt
        with tarfile.open('backup.tar') as archive:
            archive.extractall(dest, filter=flt)
        print(f'extractall filter={flt}:')
        print(walk(dest))
    with tarfile.open('backup.tar') as archive:
        archive.extract('project/pkg/core.py', 'single', filter='data')
        archive.extract(archive.getmember('NOTES.txt'), path='single', filter='fully_trusted')
        wanted = [m for m in archive if m.name.startswith('project/pkg/data')]
        archive.extractall('subset', members=wanted, filter='data')
    print('extract one / subset:')
    print(walk('single'))
    print(walk('subset'))

    with tarfile.open('backup.tgz', 'w:gz', compresslevel=6) as archive:
        archive.add('project', arcname='p', filter=owner_reset)
    with tarfile.open('backup.tgz', 'w|gz') as archive:
        archive.add('project', arcname='p', filter=owner_reset)
    for mode in ('r', 'r|gz', 'r|*'):
        with tarfile.open('backup.tgz', mode) as archive:
            names = []
            for info in archive:
                data = archive.extractfile(info).read() if info.isfile() else b''
                names.append((info.name, len(data)))
            print(f'{mode:5}', names)
    with open('backup.tgz', 'rb') as raw:
        with tarfile.open(fileobj=raw, mode='r|gz') as archive:
            print('stream from file object:', len(archive.getmembers()), 'members')

    plain = io.BytesIO()
    with tarfile.open(fileobj=plain, mode='w|') as archive:
        archive.add('project/setup.cfg', arcname='only.cfg', filter=owner_reset)
    print('w| into BytesIO:', len(plain.getvalue()), 'bytes')
    plain.seek(0)
    with tarfile.open(fileobj=plain, mode='r|') as archive:
        info = archive.next()
        print('  r| first member:', info.name, archive.extractfile(info).read())
        print('  r| next:', archive.next())

    print('is_tarfile:', tarfile.is_tarfile('backup.tar'), tarfile.is_tarfile('backup.tgz'),
          tarfile.is_tarfile('project/setup.cfg'))
    with open('backup.tar', 'rb') as f:
        f.seek(100)
        print('  on a file object:', tarfile.is_tarfile(f), f.tell())
