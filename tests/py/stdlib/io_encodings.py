# open() with encodings (utf-8, latin-1, ascii), errors= handlers, newline='' / '\r\n' on write,
# readline(size), writelines, truncate, and the text/binary argument errors.
import os

fn = '_io_encodings.tmp'
text = 'naïve café ☕\nline two\n'
with open(fn, 'w', encoding='utf-8') as f:
    f.writelines([text, 'end'])
with open(fn, 'rb') as f:
    raw = f.read()
print(len(raw), raw[:12])
with open(fn, encoding='latin-1') as f:
    print(repr(f.readline()))
with open(fn, encoding='ascii', errors='replace') as f:
    print(repr(f.read(12)))
try:
    with open(fn, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e.reason, e.start)
with open(fn, 'w', encoding='latin-1') as f:
    f.write('café\n')
with open(fn, 'rb') as f:
    print(f.read())
try:
    with open(fn, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e.reason)
with open(fn, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(fn, 'rb') as f:
    print(f.read())
with open(fn, newline='') as f:
    print([f.readline(1), f.readline(), f.readline()])
with open(fn, 'r+') as f:
    f.truncate(2)
print(os.path.getsize(fn))
for kw in [dict(mode='rb', encoding='utf-8'), dict(mode='rw'), dict(mode='rbt'), dict(mode='r', buffering=0),
           dict(mode='xr'), dict(mode=5)]:
    try:
        open(fn, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(fn, encoding='no-such-codec')
except LookupError as e:
    print('LookupError:', e)
try:
    open('.')
except IsADirectoryError as e:
    print(type(e).__name__, e)
os.remove(fn)
