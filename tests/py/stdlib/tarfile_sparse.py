# tarfile: reading GNU sparse members, from archives GNU tar wrote (kept here zlib-compressed and
# base64-encoded): the old GNU 'S' header and the pax sparse formats 0.0, 0.1 and 1.0. Prints each
# member's real size, its sparse map, data read through extractfile (holes read as zeros, seek into
# a hole and into data), in plain and stream mode, then extracts and checks the files.
import base64
import hashlib
import io
import os
import tarfile
import tempfile
import zlib

ARCHIVES = {
    'gnu.tar': (
        'eNrt2l1Kw0AYBdA8u4pZQcmfzUJcQbFjDWgimQguvzEVqYJ9a1LhHAZm+GAYuDBv97l/iWnTvh6y68kn27qe98mvvZzP'
        'RdWUTV2c5kUzrSw8ZAt4T+NuCCFbzSmF4iyRs3P5x7zKq7L+TnKeX37g6wJwg57aIY1hiIe276QBAADw/6X42Hd7OQAA'
        'ALCsfexS3Iwf4xXfuNz/+Cw2VD/7H3lzv22ysEhdYfX+x7q6fgzpbTekeOczAAAAAAAAAAAAAMCNOwLtfzmB'
    ),
    'pax0.0.tar': (
        'eNrt2sFOgzAcx/GeeQqegJWCZTtwnifjxQfAUSZxo4Z2Cfr0EqaHIdGZOJLF7+fShn/+oZT8b79ocV90t6YoTesWT3Zn'
        'XFTvt+JPyZ5O02HtjVeZKC3iJFNZGh+fx6rfiLATMzg4X7T9UcT/pHS4vnuI3EvROhO5+s3kw0+QwWmlOewfd3bz7PJk'
        'VLFV5YzPU7nSgVqOe169cR+1bKJLr3Sivm9bTrR9HvFmsk8GAme60Mj/Yv7VsD+d/1gmWoTymuZ//HEAcKaqbp0PW7Ot'
        'bcNtAAAAAMD1c2Zjm5J7AAAAAADMqzSNM5Hv/AXf8VP+S8bJl/yHzsh/zKGxPjzmpwhNAQAAAAAAAAAAAAAAAABwLd4B'
        'LVKHjg=='
    ),
    'pax0.1.tar': (
        'eNrt2kFPgzAUwPGe+RR8gKW0BYscuKonY2L8ALjVjThgoSxZ/PQSSIzsoB4mhvj/Hdqm71Do43F6MnooTneu2LjWR7tm'
        '77wsq624KNWzSTLMvfNZGaWFjlOTJnrc10alSoQnMYOj74q2fxTxPxkb3t4/SX8oWu+kL99cPiRBBdNIfaye98361edx'
        'YLJJpKhc/vHlBMn152BVHPJEZXY1DDazsRmX4yErFQj8JRn12XocknVT7p2MlblKL/wj+Lr+zbCe1n9irBahWlL9n78c'
        'APzQS9n6LmzdtmxqbgMAAAAAls+7dVNvuAcAAAAAwLw2rvZOdqfuF8/4rv9L6fis/0Mrm9L/MYe66cKxV4tOLAAAAAAA'
        'AAAAAAAAAAAAluIdgrxw3g=='
    ),
    'pax1.0.tar': (
        'eNrt2stOhDAUgOGueQqeoNMLgizYqitjYnyAxqkjhotpMZn49OJgzISFbmaIxP9btOR0QenpYXXk5s7tb7zb+hA3z33j'
        'o6zbnTgpNcqz7DCP5rPSWSG0LUyR6SmujVZapHuxgLc4uDBuRfxPxqTXtw8yvroQvWzdSx8qncyidTdGVWLK42jnWl99'
        '35jEquPF4F0T63dfHTKqEoG/SW7GrN0fknZVN15aZS4uT/wj+Ln+zecVmdV/ZnIrUrWm+p9/3ErYJFNlPg15mVszPX6V'
        'LYULAOf2VIc4pMHv6r7jNAAAAABg/aJ/7Lst5wAAAAAAWNbWd9HLYT+c8R2/9f8pbWf9P1rlBf0/S+j6IZ169mj1AQAA'
        'AAAAAAAAAAAAAIA1+QDjBHF2'
    ),
}

for label, text in ARCHIVES.items():
    raw = zlib.decompress(base64.b64decode(text))
    print('==', label, len(raw), 'bytes')
    for mode in ('r', 'r|'):
        with tarfile.open(fileobj=io.BytesIO(raw), mode=mode) as archive:
            for info in archive:
                f = archive.extractfile(info)
                data = f.read()
                print(f'  {mode:2} {info.name} size={info.size} type={info.type!r} sparse={info.issparse()} '
                      f'map={info.sparse} md5={hashlib.md5(data).hexdigest()} '
                      f'nonzero={[(i, data[i:i + 6]) for i in (5000, 70000) if i < len(data)]}')
                if mode == 'r' and info.issparse():
                    # fresh file objects: CPython 3.12.1 reads zeros after seeking back from the
                    # trailing hole of an old-GNU sparse member, where Immortal reads the data
                    f = archive.extractfile(info)
                    f.seek(4990)
                    print('     read across a hole edge:', f.read(20), f.tell())
                    f = archive.extractfile(info)
                    f.seek(-30005, io.SEEK_END)
                    print('     from the end:', f.read(10), len(f.read()))
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(raw)) as archive:
            archive.extractall(tmp, filter='data')
        for name in sorted(os.listdir(tmp)):
            with open(os.path.join(tmp, name), 'rb') as f:
                data = f.read()
            print(f'  extracted {name}: {len(data)} bytes, md5 {hashlib.md5(data).hexdigest()}')

