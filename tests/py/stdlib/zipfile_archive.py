# zipfile: building an archive in memory (writestr with ZipInfo and names, mkdir, open(name, 'w'),
# stored and deflated members, comments, non-ASCII names) and reading it back: namelist, infolist,
# ZipInfo fields and repr, printdir, read, open with readline/seek/tell, testzip, and the archive's
# exact bytes (its CRC, equal to CPython's output).
import io
import zipfile
import zlib

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('README.txt', (2023, 4, 5, 6, 7, 8)), 'Read me first.\n' * 20)
    info = zipfile.ZipInfo('data/values.csv', (2022, 12, 31, 23, 59, 58))
    info.compress_type = zipfile.ZIP_STORED
    info.comment = b'numbers'
    z.writestr(info, '\n'.join(str(i * i) for i in range(200)))
    z.writestr(zipfile.ZipInfo('data/empty/', (2021, 1, 1, 0, 0, 0)), b'')
    z.mkdir('logs')
    with z.open(zipfile.ZipInfo('logs/run.log', (2024, 2, 29, 12, 0, 0)), 'w') as f:
        for i in range(50):
            f.write(b'step %d done\n' % i)
    z.writestr(zipfile.ZipInfo('r\u00e9sum\u00e9.txt', (2020, 6, 1, 9, 30, 0)), b'caf\xc3\xa9', compresslevel=9)
    z.comment = b'sample archive'
data = buf.getvalue()
print(len(data), zlib.crc32(data))

with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist())
    print(z.comment)
    for i in z.infolist():
        print(repr(i))
        print('  ', i.date_time, i.compress_type, i.file_size, i.compress_size, i.CRC, i.flag_bits,
              i.header_offset, i.is_dir(), i.comment, hex(i.external_attr))
    z.printdir()
    print(z.read('README.txt')[:15], len(z.read('data/values.csv')), z.read('r\u00e9sum\u00e9.txt'))
    with z.open('logs/run.log') as f:
        print(f.readline(), f.readline(), f.tell())
        f.seek(100)
        print(f.read(12))
        f.seek(-9, 2)
        print(f.read(), f.read())
        print(sum(1 for _ in z.open('logs/run.log')))
    print(z.testzip())
    info = z.getinfo('data/values.csv')
    print(info.filename, info.orig_filename, z.read(info)[-10:])
    try:
        z.getinfo('missing.txt')
    except KeyError as e:
        print('KeyError', e)
    try:
        z.open('README.txt', 'a')
    except ValueError as e:
        print('ValueError', e)

z = zipfile.ZipInfo('a/b\\c.txt')
print(z.filename, z.date_time, z.compress_type, z.create_system, z.create_version, z.extract_version, repr(z))
print(repr(zipfile.ZipInfo('dir/')), zipfile.ZipInfo('dir/').is_dir())
try:
    zipfile.ZipInfo('old.txt', (1979, 12, 31, 0, 0, 0))
except ValueError as e:
    print('ValueError', e)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA,
      zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
