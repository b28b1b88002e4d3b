# fileinput: reading several files as one stream with the module-level functions (filename, lineno,
# filelineno, isfirstline, isstdin, nextfile, close), FileInput as a context manager, binary mode,
# hook_encoded, standard input through '-', and the errors for bad arguments and state.
# immortal-test: stdin=from stdin\nsecond stdin line\n
import fileinput
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
os.chdir(base)
with open('a.txt', 'w', encoding='utf-8') as f:
    f.write('alpha\nbeta\n')
with open('b.txt', 'w', encoding='utf-8') as f:
    f.write('gamma\ndelta\nepsilon')
with open('empty.txt', 'w') as f:
    pass
with open('latin.txt', 'wb') as f:
    f.write('caf\xe9\n'.encode('latin-1'))

for line in fileinput.input(['a.txt', 'empty.txt', 'b.txt'], encoding='utf-8'):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), repr(line))
fileinput.close()

# skip the rest of each file after its first line
for line in fileinput.input(['a.txt', 'b.txt'], encoding='utf-8'):
    print(fileinput.filename(), line.strip())
    fileinput.nextfile()
fileinput.close()

with fileinput.FileInput(['b.txt'], mode='rb') as f:
    print(f.readline(), f.fileno() >= 0, f.lineno())
    print(list(f))
    print(f.fileno())

with fileinput.input('latin.txt', openhook=fileinput.hook_encoded('latin-1')) as f:
    print([line for line in f])

with fileinput.input(['a.txt', '-'], encoding='utf-8') as f:
    for line in f:
        print(f.filename(), f.isstdin(), f.filelineno(), line.rstrip())

print(fileinput.FileInput(['a.txt']).filename())
for bad in (dict(mode='w'), dict(inplace=True, openhook=fileinput.hook_encoded('utf-8')),
            dict(openhook='not callable')):
    try:
        fileinput.FileInput(['a.txt'], **bad)
    except ValueError as e:
        print('ValueError:', e)
for func in (fileinput.filename, fileinput.lineno, fileinput.nextfile):
    try:
        func()
    except RuntimeError as e:
        print('RuntimeError:', e)
active = fileinput.input(['a.txt'], encoding='utf-8')
next(active)
try:
    fileinput.input(['b.txt'])
except RuntimeError as e:
    print('RuntimeError:', e)
fileinput.close()
try:
    list(fileinput.input(['missing.txt'], encoding='utf-8'))
except FileNotFoundError as e:
    print('FileNotFoundError:', e.filename)
fileinput.close()
os.chdir('/')
shutil.rmtree(base)
