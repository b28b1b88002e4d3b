# filecmp: a dircmp subclass (subdirs use the subclass), dircmp[...] generic alias, deep cmp of
# binary files larger than the buffer, and a deep comparison whose cached answer is reused.
import filecmp
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
for side in ('a', 'b'):
    os.makedirs(side + '/x/y')
data = bytes(range(256)) * 100
for side, tail in (('a', b'1'), ('b', b'2')):
    with open(side + '/big.bin', 'wb') as f:
        f.write(data + tail)
    with open(side + '/x/y/same.bin', 'wb') as f:
        f.write(data)
print(filecmp.cmp('a/big.bin', 'b/big.bin', shallow=False))
print(filecmp.cmp('a/x/y/same.bin', 'b/x/y/same.bin', shallow=False))
print(filecmp.cmp('a/x/y/same.bin', 'b/x/y/same.bin', shallow=False))


class Counting(filecmp.dircmp):
    made = 0

    def __init__(self, *args):
        Counting.made += 1
        super().__init__(*args)


c = Counting('a', 'b')
c.report_full_closure()
print(Counting.made, [type(s).__name__ for s in c.subdirs.values()])
print(filecmp.dircmp[str])
print(filecmp.BUFSIZE)
os.chdir('/')
shutil.rmtree(base)
