# tarfile: randomized cross-check against CPython. A linear congruential generator draws members
# (name lengths around the 100/155-byte limits, non-ASCII text, big and negative numbers, float
# mtimes, every member type, pax headers) and writes them in the USTAR, GNU and PAX formats; the
# program prints each header's bytes digest (or the ValueError), then reads every archive back in
# plain and stream mode and prints the fields it finds.
import hashlib
import io
import tarfile

seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n

WORDS = ['a', 'src', 'docs', 'long_directory_name_here', 'ünï', '名前', 'x' * 40, 'data.bin', 'readme']
TYPES = [tarfile.REGTYPE, tarfile.REGTYPE, tarfile.DIRTYPE, tarfile.SYMTYPE, tarfile.LNKTYPE,
         tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE, tarfile.CONTTYPE]

def random_member(i):
    parts = [WORDS[rnd(len(WORDS))] for _ in range(1 + rnd(7))]
    info = tarfile.TarInfo('/'.join(parts) + str(i))
    info.type = TYPES[rnd(len(TYPES))]
    info.mode = rnd(0o10000)
    info.uid = [0, 1000, 8 ** 7 - 1, 8 ** 7, 8 ** 9, -1][rnd(6)]
    info.gid = rnd(70000)
    info.mtime = [0, 1700000000, 1700000000.5, 8 ** 11, -5, 1234.25][rnd(6)]
    info.uname = ['', 'root', 'ünïcode', 'u' * 40][rnd(4)]
    info.gname = ['', 'wheel', 'g' * 33][rnd(3)]
    if info.type in (tarfile.SYMTYPE, tarfile.LNKTYPE):
        info.linkname = '/'.join(WORDS[rnd(len(WORDS))] for _ in range(1 + rnd(5)))
    if info.type in (tarfile.CHRTYPE, tarfile.BLKTYPE):
        info.devmajor, info.devminor = rnd(300), [rnd(300), 8 ** 8][rnd(2)]
    if rnd(4) == 0:
        info.pax_headers = {'comment': 'note %d' % i, 'SCHILY.xattr.user.k': 'v'}
    data = bytes(rnd(256) for _ in range(rnd(700))) if info.type in (tarfile.REGTYPE, tarfile.CONTTYPE) else b''
    info.size = len(data)
    return info, data

members = [random_member(i) for i in range(40)]
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    print('== format', fmt)
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode='w', format=fmt) as archive:
        for info, data in members:
            try:
                block = info.tobuf(fmt, 'utf-8', 'surrogateescape')
                print(f'  {info.name[:30]!r:34} {len(block):5} {hashlib.md5(block).hexdigest()}')
            except ValueError as exc:
                print(f'  {info.name[:30]!r:34} ValueError: {exc}')
                continue
            archive.addfile(info, io.BytesIO(data))
    raw = out.getvalue()
    print('  archive', len(raw), hashlib.md5(raw).hexdigest())
    for mode in ('r', 'r|'):
        with tarfile.open(fileobj=io.BytesIO(raw), mode=mode) as archive:
            rows = []
            for info in archive:
                body = archive.extractfile(info).read() if info.isreg() else b''
                rows.append((info.name[-12:], info.type, info.mode, info.uid, info.gid, info.mtime, info.uname[:5],
                             info.gname[:5], info.size, info.linkname[-8:], info.devmajor, info.devminor,
                             hashlib.md5(body).hexdigest()[:8], sorted(info.pax_headers)))
            if mode == 'r':
                for row in rows:
                    print('   ', row)
            else:
                print('   stream mode reads the same:', len(rows))
