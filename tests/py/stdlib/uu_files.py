# uu: uuencoding a file and decoding it back (paths, file objects, backtick mode, names with
# newlines), the deprecation warning on import, and decode's errors.
import io
import os
import tempfile
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import uu
for w in caught:
    print(w.category.__name__, w.message)

import binascii

payload = bytes(range(256)) * 2 + b'tail'
with tempfile.TemporaryDirectory() as tmp:
    source = os.path.join(tmp, 'data.bin')
    with open(source, 'wb') as f:
        f.write(payload)
    os.chmod(source, 0o640)
    encoded = os.path.join(tmp, 'data.uu')
    uu.encode(source, encoded)
    with open(encoded, 'rb') as f:
        text = f.read()
    print(text.splitlines()[0], len(text.splitlines()), text.splitlines()[-2:])
    out = io.BytesIO()
    uu.decode(encoded, out)
    print(out.getvalue() == payload)
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        os.remove(source)
        uu.decode(encoded)             # writes data.bin again, with the mode of the begin line
        with open('data.bin', 'rb') as f:
            print(f.read() == payload, oct(os.stat('data.bin').st_mode & 0o777))
        try:
            uu.decode(encoded)
        except uu.Error as e:
            print('Error:', e)
    finally:
        os.chdir(cwd)

buf = io.BytesIO()
uu.encode(io.BytesIO(b'hello uu\x00\x01'), buf, 'greeting.txt', 0o600, backtick=True)
print(buf.getvalue())
buf = io.BytesIO()
uu.encode(io.BytesIO(b''), buf, 'two\nlines')
print(buf.getvalue())
with tempfile.TemporaryDirectory() as tmp:
    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        for bad in [b'no begin line\n', b'begin 644 x\n', b'begin xyz name\nbegin 644 ../../etc/passwd\n',
                    b'begin 644 /abs/path\n']:
            try:
                uu.decode(io.BytesIO(bad))
            except uu.Error as e:
                print('Error:', e)
        print(os.listdir('.'))
    finally:
        os.chdir(cwd)
out = io.BytesIO()
uu.decode(io.BytesIO(b'junk\nbegin 666 -\n%:&5L;&\\\n`\nend\n'), out)
print(out.getvalue())
print(binascii.b2a_uu(b'Cat'), binascii.a2b_uu(b'#0V%T\n'), binascii.b2a_uu(b'', backtick=True))
for bad in [b'\x10abc', b'#0V%Tx!']:
    try:
        binascii.a2b_uu(bad)
    except binascii.Error as e:
        print('binascii.Error:', e)
print(uu.__all__)
