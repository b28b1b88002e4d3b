# os: directories and files (mkdir/makedirs/listdir/scandir/walk/stat/rename/remove/rmdir), errors
# with errno and filenames; everything under a temporary folder in the cwd, removed at the end.
import os

root = '_os_files_tmp'
os.makedirs(os.path.join(root, 'a', 'b'))
os.makedirs(os.path.join(root, 'a', 'b'), exist_ok=True)
os.mkdir(os.path.join(root, 'c'))
for rel, text in [('top.txt', 'top'), ('a/one.txt', 'one!'), ('a/b/two.txt', 'two two'), ('c/three.dat', '')]:
    with open(os.path.join(root, rel), 'w') as f:
        f.write(text)

print(sorted(os.listdir(root)))
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    print(dirpath, dirnames, sorted(filenames))
entries = sorted(os.scandir(root), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file()) for e in entries])
st = os.stat(os.path.join(root, 'a', 'b', 'two.txt'))
print(st.st_size, st[6], len(st), os.path.isfile(os.path.join(root, 'top.txt')), os.path.isdir(root))
print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == int(st.st_mtime))

os.rename(os.path.join(root, 'top.txt'), os.path.join(root, 'c', 'moved.txt'))
print(sorted(os.listdir(os.path.join(root, 'c'))))
try:
    os.mkdir(root)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == root, e)
try:
    os.rmdir(os.path.join(root, 'a'))
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.remove(os.path.join(root, 'nope'))
except FileNotFoundError as e:
    print(e)
try:
    os.listdir(os.path.join(root, 'c', 'moved.txt'))
except NotADirectoryError as e:
    print(type(e).__name__, e.errno)

for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for name in filenames:
        os.remove(os.path.join(dirpath, name))
    for name in dirnames:
        os.rmdir(os.path.join(dirpath, name))
os.rmdir(root)
print(os.path.exists(root))
