# zipfile: a password-protected (traditional PKWARE encryption) archive made by Info-ZIP, read with
# setpassword/pwd and the errors for missing and wrong passwords; writing to an unseekable stream
# (data descriptors) and reading that back; seeking inside deflated members; ZIP64 records forced
# with force_zip64; prepended data before an archive.
import base64
import io
import zipfile

ENC = ('UEsDBAoACQAAAEgodl0nLWTMHQAAABEAAAAFABwAcy50eHRVVAkAA1h3AmtYdwJrdXgLAAEEAAAAAAQAAAAAqqnn2JE2k6JIBFxt'
       'IGhklA+FrT4/uLNO/9z+0mtQSwcIJy1kzB0AAAARAAAAUEsBAh4DCgAJAAAASCh2XSctZMwdAAAAEQAAAAUAGAAAAAAAAQAAAKSB'
       'AAAAAHMudHh0VVQFAANYdwJrdXgLAAEEAAAAAAQAAAAAUEsFBgAAAAABAAEASwAAAGwAAAAAAA==')
with zipfile.ZipFile(io.BytesIO(base64.b64decode(ENC))) as z:
    info = z.getinfo('s.txt')
    print(info.flag_bits, info.file_size, info.compress_size, info.date_time)
    for pwd in (None, b'wrong', b'pw'):
        try:
            print(z.read('s.txt', pwd=pwd))
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        z.setpassword('pw')
    except TypeError as e:
        print('TypeError', e)
    z.setpassword(b'pw')
    with z.open('s.txt') as f:
        print(f.read(6), f.read())


class Pipe(io.RawIOBase):
    """An output that cannot seek or tell, like a socket."""

    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


def deflated(name, when):
    info = zipfile.ZipInfo(name, when)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


pipe = Pipe()
with zipfile.ZipFile(pipe, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(deflated('first.txt', (2024, 1, 1, 0, 0, 0)), b'one ' * 100)
    with z.open(deflated('second.txt', (2024, 1, 2, 0, 0, 0)), 'w') as f:
        f.write(b'two ' * 100)
streamed = b''.join(pipe.chunks)
with zipfile.ZipFile(io.BytesIO(streamed)) as z:
    for i in z.infolist():
        print(i.filename, i.flag_bits, i.file_size, i.compress_size, hex(i.CRC))
    print(z.read('second.txt')[:8], z.testzip())

text = b''.join(b'line %03d of the report\n' % i for i in range(400))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    z.writestr(deflated('report.txt', (2024, 3, 3, 3, 3, 4)), text)
    with z.open(deflated('big.bin', (2024, 3, 3, 3, 3, 4)), 'w', force_zip64=True) as f:
        f.write(bytes(range(256)) * 20)
raw = buf.getvalue()
with zipfile.ZipFile(io.BytesIO(b'#!stub prefix\n' + raw)) as z:
    for i in z.infolist():
        print(i.filename, i.extract_version, i.file_size, i.compress_size, i.header_offset, i.extra)
    with z.open('report.txt') as f:
        f.seek(23 * 250)
        print(f.readline(), f.tell())
        f.seek(-23, 1)
        print(f.read(8))
        f.seek(23 * 3)
        print(f.readline())
        f.seek(0, 2)
        print(f.read(), f.tell(), f.seekable())
        print(f.peek(1)[:1] == b'', repr(f).startswith("<zipfile.ZipExtFile name='report.txt'"))
    print(repr(z.open('big.bin')).split(' compress_type')[1], z.read('big.bin')[250:260])
