# filecmp: comparing two directory trees built in a temporary folder: cmp (shallow and deep, with
# the cache), cmpfiles, dircmp's attributes, report/report_partial_closure/report_full_closure,
# ignore and hide, DEFAULT_IGNORES, and clear_cache.
import filecmp
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)


def write(path, text, mtime=1000000):
    os.makedirs(os.path.dirname(path) or '.', exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    os.utime(path, (mtime, mtime))


write('left/same.txt', 'same')
write('right/same.txt', 'same')
write('left/changed.txt', 'version one')
write('right/changed.txt', 'version two')
write('left/samesize.txt', 'abcd', 5)
write('right/samesize.txt', 'abce', 5)
write('left/only_left.txt', 'x')
write('right/only_right.txt', 'y')
write('left/sub/inner.txt', 'inner')
write('right/sub/inner.txt', 'INNER')
write('left/sub/deeper/d.txt', 'd')
write('right/sub/deeper/d.txt', 'd')
write('left/kind', 'a file here')
os.mkdir('right/kind')
write('left/CVS/entries', 'ignored')
write('right/.git/HEAD', 'ignored')

print(filecmp.cmp('left/same.txt', 'right/same.txt'))
print(filecmp.cmp('left/changed.txt', 'right/changed.txt'))
print(filecmp.cmp('left/samesize.txt', 'right/samesize.txt'),
      filecmp.cmp('left/samesize.txt', 'right/samesize.txt', shallow=False))
print(filecmp.cmp('left/sub', 'right/sub'))
print(len(filecmp._cache) >= 1)
filecmp.clear_cache()
print(len(filecmp._cache))
print(filecmp.cmpfiles('left', 'right', ['same.txt', 'changed.txt', 'missing.txt', 'sub']))

d = filecmp.dircmp('left', 'right')
print(d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__)
d.report()
print('--- partial')
filecmp.dircmp('left', 'right').report_partial_closure()
print('--- full')
filecmp.dircmp('left', 'right', ignore=['kind']).report_full_closure()
print('--- hide')
h = filecmp.dircmp('left', 'right', hide=['same.txt'], ignore=[])
print(h.left_list, h.right_list)
print(filecmp.DEFAULT_IGNORES)
try:
    d.no_such_attribute
except AttributeError as e:
    print('AttributeError', e)
try:
    filecmp.cmp('left/nothing', 'right/nothing')
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
os.chdir('/')
shutil.rmtree(base)
