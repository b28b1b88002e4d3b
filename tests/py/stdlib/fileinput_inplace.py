# fileinput: editing files in place (print() goes to the new file), with and without a kept
# backup, the file's permissions carried over, nextfile() in the middle of an in-place file, and
# standard output restored afterwards.
import fileinput
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
for name, text in (('one.cfg', 'name = one\n# comment\nsize = 10\n'),
                   ('two.cfg', 'name = two\nsize = 20\nmore = yes\n')):
    with open(name, 'w') as f:
        f.write(text)
os.chmod('two.cfg', 0o640)

with fileinput.input(['one.cfg', 'two.cfg'], inplace=True) as f:
    for line in f:
        if line.startswith('#'):
            continue
        key, _, value = line.partition(' = ')
        print(f'{key.upper()}={value}', end='')
print('after edit:', sorted(os.listdir('.')))
print(open('one.cfg').read(), end='')
print(open('two.cfg').read(), end='')
print(oct(stat.S_IMODE(os.stat('two.cfg').st_mode)))

with fileinput.input('two.cfg', inplace=True, backup='.bak') as f:
    for line in f:
        print(line.lower(), end='')
        if f.filelineno() == 1:
            f.nextfile()
print('with backup:', sorted(os.listdir('.')))
print(repr(open('two.cfg').read()), repr(open('two.cfg.bak').read()))
print('stdout is back')
os.chdir('/')
shutil.rmtree(base)
