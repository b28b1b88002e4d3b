# tarfile: building archives in memory in the USTAR, GNU and PAX formats and reading them back.
# Covers TarInfo fields and tobuf/frombuf, long names (ustar prefix split, GNU ././@LongLink, pax
# path records), non-ASCII names and owners, pax global and per-member headers, float mtimes,
# big numbers (GNU base-256), links and devices, list() output byte for byte (fixed mtimes), and
# checks that the archive bytes are exactly those CPython writes (md5 of each archive).
import hashlib
import io
import tarfile

def member(name, data=b'', **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1700000000
    for key, value in fields.items():
        setattr(info, key, value)
    return info, data

def build(fmt, **kwargs):
    entries = [
        member('README', b'hello tar\n', uname='alice', gname='staff', uid=501, gid=20),
        member('src/', type=tarfile.DIRTYPE, mode=0o755),
        member('src/main.py', b'print("hi")\n' * 7, mode=0o755),
        member('src/' + 'very_long_directory_name/' * 5 + 'file.txt', b'deep\n'),
        member('docs/r\u00e9sum\u00e9.txt', b'unicode name\n', uname='j\u00fcrgen'),
        member('link-to-readme', type=tarfile.SYMTYPE, linkname='README'),
        member('hard-readme', type=tarfile.LNKTYPE, linkname='README'),
        member('null', type=tarfile.CHRTYPE, devmajor=1, devminor=3, mode=0o666),
        member('pipe', type=tarfile.FIFOTYPE),
        member('floaty', b'x', mtime=1700000000.75),
    ]
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt, **kwargs) as archive:
        for info, data in entries:
            try:
                archive.addfile(info, io.BytesIO(data) if data else None)
            except ValueError as exc:
                print(f'  cannot add {info.name!r}: {exc}')
    return buf.getvalue()

for fmt_name in ('USTAR_FORMAT', 'GNU_FORMAT', 'PAX_FORMAT'):
    fmt = getattr(tarfile, fmt_name)
    print('==', fmt_name)
    extra = {'pax_headers': {'comment': 'made by a test \u2713'}} if fmt == tarfile.PAX_FORMAT else {}
    data = build(fmt, **extra)
    print('  size', len(data), 'md5', hashlib.md5(data).hexdigest())
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        print('  names', archive.getnames())
        print('  global pax', archive.pax_headers)
        archive.list()
        archive.list(verbose=False)
        for info in archive:
            print(f'  {info.name!r} type={info.type!r} mode={info.mode:o} uid={info.uid} gid={info.gid} '
                  f'{info.uname!r}/{info.gname!r} size={info.size} mtime={info.mtime} '
                  f'link={info.linkname!r} dev={info.devmajor},{info.devminor} '
                  f'offset={info.offset}/{info.offset_data} pax={sorted(info.pax_headers.items())}')
            print('    isfile/isdir/issym/islnk/ischr/isfifo/isdev:', info.isfile(), info.isdir(), info.issym(),
                  info.islnk(), info.ischr(), info.isfifo(), info.isdev(), info.isreg(), info.issparse())
            f = archive.extractfile(info)
            print('    data:', None if f is None else f.read())

print('== header blocks')
info = tarfile.TarInfo('blocks/demo.txt')
info.size, info.mtime, info.mode, info.uid, info.gid = 42, 1234567890, 0o640, 1000, 100
info.uname, info.gname = 'bob', 'users'
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    block = info.tobuf(fmt)
    print(' ', fmt, len(block), block[:160].rstrip(b'\0'))
    back = tarfile.TarInfo.frombuf(block[-512:], 'utf-8', 'surrogateescape')
    print('  back:', back.name, back.size, back.mtime, oct(back.mode), back.uname, back.gname, back.chksum)
big = tarfile.TarInfo('big')
big.uid = 8 ** 8
big.size = 8 ** 11 + 5
print('  gnu base-256:', big.tobuf(tarfile.GNU_FORMAT)[108:136])
print('  pax records:', big.tobuf(tarfile.PAX_FORMAT)[512:560].rstrip(b'\0'))
print('  ustar:', end=' ')
try:
    big.tobuf(tarfile.USTAR_FORMAT)
except ValueError as exc:
    print('ValueError', exc)
print('  info dict:', sorted(info.get_info().items()))
copy = info.replace(name='renamed', mtime=5, deep=False)
print('  replace:', copy.name, copy.mtime, info.name, info.mtime, copy.path, copy.linkpath == '')
copy.path = 'via-path'
copy.linkpath = 'target'
print('  path/linkpath setters:', copy.name, copy.linkname)
print('  constants:', tarfile.BLOCKSIZE, tarfile.RECORDSIZE, tarfile.DEFAULT_FORMAT, tarfile.GNU_MAGIC,
      tarfile.POSIX_MAGIC, tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.DIRTYPE, tarfile.XHDTYPE)
print('  helpers:', tarfile.itn(511), tarfile.itn(-1, 8, tarfile.GNU_FORMAT), tarfile.nti(b'0000777\0'),
      tarfile.nts(b'abc\0def', 'ascii', 'strict'), tarfile.stn('ab', 5, 'ascii', 'strict'))
