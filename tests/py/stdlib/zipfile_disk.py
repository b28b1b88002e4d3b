# zipfile: archives on disk in a temporary directory: write() of files and folders, append mode,
# extract/extractall (with unsafe '../' names kept inside the target), is_zipfile, zipfile.Path
# navigation, and the errors of bad archives, corrupt members and closed archives.
import io
import os
import tempfile
import zipfile

tmp = tempfile.TemporaryDirectory()
root = tmp.name
src = os.path.join(root, 'project')
os.makedirs(os.path.join(src, 'pkg', 'sub'))
files = {'setup.cfg': '[metadata]\nname = demo\n', 'pkg/__init__.py': 'VERSION = "1.0"\n',
         'pkg/sub/util.py': 'def helper():\n    return 42\n' * 5}
for name, text in files.items():
    with open(os.path.join(src, name), 'w') as f:
        f.write(text)

archive = os.path.join(root, 'demo.zip')
with zipfile.ZipFile(archive, 'w', compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for dirpath, dirnames, filenames in sorted(os.walk(src)):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        if rel != 'project':
            z.write(dirpath, rel)
        for fn in sorted(filenames):
            z.write(os.path.join(dirpath, fn), os.path.join(rel, fn))
print(zipfile.is_zipfile(archive), zipfile.is_zipfile(os.path.join(src, 'setup.cfg')))

with zipfile.ZipFile(archive, 'a') as z:
    z.writestr('project/NOTES.txt', 'appended later\n')
    z.writestr('../escape.txt', 'stays inside')

with zipfile.ZipFile(archive) as z:
    print(z.namelist())
    print([(i.filename, i.file_size, i.compress_type, i.is_dir()) for i in z.infolist()])
    out = os.path.join(root, 'out')
    z.extractall(out)
    target = z.extract('project/setup.cfg', os.path.join(root, 'single'))
    print(os.path.relpath(target, root))
for dirpath, dirnames, filenames in sorted(os.walk(os.path.join(root, 'out'))):
    print(os.path.relpath(dirpath, root), sorted(dirnames), sorted(filenames))
with open(os.path.join(root, 'out', 'project', 'pkg', 'sub', 'util.py')) as f:
    print(f.read() == files['pkg/sub/util.py'])

p = zipfile.Path(archive)
print(p.name, [x.name for x in p.iterdir()])
proj = p / 'project'
print(proj.is_dir(), sorted(x.name for x in proj.iterdir()))
util = proj / 'pkg' / 'sub' / 'util.py'
print(util.exists(), util.is_file(), util.suffix, util.stem, util.parent.name, util.read_text().count('helper'))
print((proj / 'missing.txt').exists(), len(util.read_bytes()), sorted(x.name for x in proj.glob('*.txt')))
with (proj / 'setup.cfg').open() as f:
    print(f.readline().strip())
p.root.close()

# damaged archives
with open(archive, 'rb') as f:
    data = f.read()
for label, blob in [('empty', b''), ('text', b'hello world'), ('cut', data[:len(data) // 2])]:
    try:
        zipfile.ZipFile(io.BytesIO(blob))
    except zipfile.BadZipFile as e:
        print(label, 'BadZipFile', e)
i = data.index(b'appended later')
bad = data[:i] + b'A' + data[i + 1:]
with zipfile.ZipFile(io.BytesIO(bad)) as z:
    print(z.testzip())
    try:
        z.read('project/NOTES.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)

z = zipfile.ZipFile(io.BytesIO(), 'w')
z.writestr('a.txt', 'a')
try:
    z.read('a.txt')
except Exception as e:
    print(type(e).__name__)
z.close()
print(repr(z))
for label, f in [('read closed', lambda: z.read('a.txt')), ('write closed', lambda: z.writestr('b.txt', 'b')),
                 ('mode', lambda: zipfile.ZipFile(io.BytesIO(), 'q'))]:
    try:
        f()
    except ValueError as e:
        print(label, 'ValueError', e)
tmp.cleanup()
