# lzma.LZMAFile and lzma.open reading files (a .xz stream followed by a .lzma one), and the archives
# that use lzma: tarfile's r:xz / r:* / r|xz and zipfile's LZMA members. The compressed bytes were
# made by CPython 3.12 (Immortal's lzma cannot compress).
import base64
import io
import lzma
import os
import tarfile
import tempfile
import zipfile
import zlib

LINES = b''.join(b'line %03d %s\n' % (i, b'=' * (i % 9)) for i in range(120))
XZ_TWO = base64.b64decode(
    '/Td6WFoAAAFpIt42AgAhARYAAAB0L+Wj4AJXAIBdADYaSh8IoCpIUpj+XDqF/aYUC0vxudggR0mYc9s0Sxn1subUs5JHGqSb'
    'eR+Uzy/rCa7lUzMCtzKiK7qZwfR9e3ZcHCf7xC7qb5BLAYeuny4MLuv+Yw+T1Cb4zxzKDAq19u70ZeCByvrIn4vRfzmCNRml'
    'syTFFVkbBWUisUqN3sTbAH4aa7wAAZgB2AQAAOlQ6es+MA2LAgAAAAABWVpdAACAAP//////////ABgNAq3M5kYopxADRTgs'
    '051rfc3CeVTJzFrfHN8x+4ULEceL0Ctvpo2woWhwQVyxtq/JDqi5Fuh8Aq4wZWlpaFELB3g6lKBMIKDMPPbS9TIJ+Vx3V/Ps'
    '6kdabTcpTKmWHoiC4u5dxsb0uk++UMduvMJy3n7mr4ARa9U+c4Dr0Ipol3O2WRE27RYvKfrvCKekHDWOOltMtYEe2oVxHX50'
    '8n03c3KHXNdGdtU2UoTz+InWwoomz+bwT7VyBCRI3WOTEJjxkjZWWUE61uH+nhLGRhc38W4B//9QcgAA')
TAR_XZ = base64.b64decode(
    '/Td6WFoAAATm1rRGAgAhARAAAACocI6G4Cf/AYJdADcbyu7mWy7AWTQN/DyE43RxXzoHeo1RABb0awgaQ1tL76EZ43q1A4TU'
    'AKdw6I6dmJstYWR/Q7XpXD3C3thW3XIpTtLpH3Ot/xrsPSs43TgG11Qr5aiEIg3ocTR4MMbVR2Z2qgjBYrP0WHpaEA1ZyFNW'
    '8FWd+aGhH9Zf7FB4yyJjsUtA76ssEeKiUE01uNkDlZwnOh+iY7X1a3G+2K26ALCc+Ck2wmLXUPZvKa7DUtDc0F4SaO5NtjBB'
    '1Jos1S4MUDdJGnXOuwZvO++gZZpxF9OaO169Ib69dDAUuo9vd3+ZnKate2W4Fl0NRywW6uX/++sUFzSCVtVDWw2ZXKm0lTfi'
    'gN239GXRpnxoBcL+M2FZ7N5sAewAYraKpFlHhY3u22tCP5ZRxtkCkFOEmF+FfGBKK6kQJSB5UwCqMlrg676r4bfP8ClN2n4G'
    'cAeZSND9/MXzRCzxUfqkfQ80J88jwpLnqr3HEYm84lbgAxbyfplzjcsg0+sAOWNfM28KoGZRT2AAAAAA8iuqKcXAR48AAZ4D'
    'gFAAALVBfCKxxGf7AgAAAAAEWVo=')
ZIP_LZMA = base64.b64decode(
    'UEsDBD8AAgAOAEEQQlS/xR4yGwEAAIcGAAAJAAAAbGluZXMudHh0CQQFAF0AAIAAADYaSh8IoCpIUpj+XDqF/aYUC0vxudgg'
    'R0mYc9s0Sxn1subUs5JHGqSbeR+Uzy/rCa7lUzMCtzKiK7qZwfR9e3ZcHCf7xC7qb5BLAYeuny4MLuv+Yw+T1Cb4zxzKDAq1'
    '9u70ZeCByvrIn4vRfzmCNRmlsyTFFVkbBWUisUqaPczGy06cI+bZd4e0E/9K4dUx52aXCAV1xKq47KY74inY8iudKPWHqnuY'
    'N2fT3aIN7C+u9ssbCkP1fjIgTeBOE7zg1Ml4/4pQ/Ccg3ojrobF0DOiKpWR/Ajes8H09XFml4OzvuXYMCKRHhCyLCxBXhhI5'
    'IOViVCD7jbLKujb7FlNTh9iGLUV636SYZR6TlX//4lcAAFBLAwQ/AAIADgBBEEJUwkEkNRYAAAADAAAABAAAAHRpbnkJBAUA'
    'XQAAgAAAMJiIpEqOn//2Y4AAUEsBAj8DPwACAA4AQRBCVL/FHjIbAQAAhwYAAAkAAAAAAAAAAAAAAIABAAAAAGxpbmVzLnR4'
    'dFBLAQI/Az8AAgAOAEEQQlTCQSQ1FgAAAAMAAAAEAAAAAAAAAAAAAACAAUIBAAB0aW55UEsFBgAAAAACAAIAaQAAAHoBAAAA'
    'AA==')


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r)[:70])


with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'two.xz')
    with open(path, 'wb') as f:
        f.write(XZ_TWO)
    with lzma.LZMAFile(path) as f:
        print(f.readable(), f.writable(), f.seekable(), f.tell())
        print(f.readline(), f.read(12), f.tell())
        print(len(f.peek()) > 0, f.read1(7))
        print(f.seek(590), f.read(20))
        print(f.seek(-5, io.SEEK_END), f.read(), f.tell())
        print(f.seek(3), f.read(5))
    with lzma.open(path, 'rt', encoding='ascii') as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1])
    print(lzma.open(path).read() == LINES)
    with lzma.LZMAFile(open(path, 'rb')) as f:
        print(len(f.read()), f.read())
    show('format xz on both', lambda: len(lzma.LZMAFile(path, format=lzma.FORMAT_XZ).read()))

    tpath = os.path.join(folder, 'notes.tar.xz')
    with open(tpath, 'wb') as f:
        f.write(TAR_XZ)
    for mode in ('r', 'r:xz', 'r:*'):
        with tarfile.open(tpath, mode) as tf:
            print(mode, [(m.name, m.size, zlib.crc32(tf.extractfile(m).read())) for m in tf.getmembers()])
    with open(tpath, 'rb') as raw:
        with tarfile.open(fileobj=raw, mode='r|xz') as tf:
            print('r|xz', [(m.name, len(tf.extractfile(m).read())) for m in tf])

show('bad mode', lambda: lzma.LZMAFile(io.BytesIO(), 'rw'))
show('check when reading', lambda: lzma.LZMAFile(io.BytesIO(), check=lzma.CHECK_CRC32))
show('preset when reading', lambda: lzma.LZMAFile(io.BytesIO(), preset=1))
show('bad filename', lambda: lzma.LZMAFile(3.5))
show('open tb', lambda: lzma.open(io.BytesIO(), 'rtb'))
show('open encoding', lambda: lzma.open(io.BytesIO(), 'rb', encoding='utf-8'))
show('truncated', lambda: lzma.LZMAFile(io.BytesIO(XZ_TWO[:200])).read())
show('not lzma', lambda: lzma.LZMAFile(io.BytesIO(b'plain text here')).read())
show('empty', lambda: lzma.LZMAFile(io.BytesIO(b'')).read())
f = lzma.LZMAFile(io.BytesIO(XZ_TWO))
f.close()
show('closed read', lambda: f.read())
show('closed tell', lambda: f.tell())
print(f.closed)

with zipfile.ZipFile(io.BytesIO(ZIP_LZMA)) as zf:
    for info in zf.infolist():
        data = zf.read(info)
        print(info.filename, info.compress_type, info.compress_size, info.file_size, len(data), zlib.crc32(data) == info.CRC)
    with zf.open('lines.txt') as f:
        print(f.read(9), f.seek(500), f.read(9))
    print(zf.testzip())
