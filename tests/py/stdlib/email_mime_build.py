# email.mime: build messages part by part with the compat32 classes (MIMEMultipart, MIMEText in
# ascii/utf-8/latin-1, MIMEApplication, MIMEImage, MIMEAudio, MIMEMessage) and write them with
# Generator, BytesGenerator and DecodedGenerator: header folding, From mangling, line endings.
import io
import random
from email import encoders
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.mime.application import MIMEApplication
from email.mime.audio import MIMEAudio
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.header import Header
from email import errors

outer = MIMEMultipart(boundary='outer-boundary')
outer['Subject'] = 'Quarterly report, with several attachments and a subject long enough to be folded'
outer['From'] = 'Reports <reports@example.com>'
outer['To'] = ', '.join('user%d@example.com' % i for i in range(8))
outer.preamble = 'You will not see this in a MIME-aware mail reader.\n'
outer.attach(MIMEText('Hello,\n\nFrom now on the numbers are attached.\n-- \nReports\n'))
outer.attach(MIMEText('Grüße aus Köln — €100\n', 'plain', 'utf-8'))
outer.attach(MIMEText('Déjà vu, voilà.\n' * 3, 'plain', 'iso-8859-1'))
outer.attach(MIMEText('<p>caf\xe9</p>\n', 'html'))
app = MIMEApplication(bytes(range(256)), 'pdf', name='report.pdf')
app.add_header('Content-Disposition', 'attachment', filename='report.pdf')
outer.attach(app)
gif = b'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;'
img = MIMEImage(gif)
img.add_header('Content-ID', '<logo@example.com>')
outer.attach(img)
outer.attach(MIMEImage(b'\x89PNG\r\n\x1a\n' + bytes(20), name='dot.png'))
wav = b'RIFF\x24\x00\x00\x00WAVEfmt ' + bytes(28)
outer.attach(MIMEAudio(wav))
qp = MIMEApplication(b'line one\nline two with trailing space \nend', 'octet-stream', encoders.encode_quopri)
outer.attach(qp)
noop = MIMEApplication(b'plain ascii data', 'x-custom', encoders.encode_7or8bit)
outer.attach(noop)
inner = MIMEText('forwarded body\n')
inner['Subject'] = 'the original'
outer.attach(MIMEMessage(inner))

text = outer.as_string()
print(text)

print('=== Generator, maxheaderlen 40, CRLF, mangled From')
buf = io.StringIO()
Generator(buf, mangle_from_=True, maxheaderlen=40).flatten(outer, linesep='\r\n')
value = buf.getvalue()
print(repr(value[:500]))
print('>From in body:', '>From now on' in value)

print('=== BytesGenerator')
bbuf = io.BytesIO()
BytesGenerator(bbuf).flatten(outer)
print(bbuf.getvalue()[:300])
print(len(bbuf.getvalue()))

print('=== DecodedGenerator')
dbuf = io.StringIO()
DecodedGenerator(dbuf).flatten(outer)
print(dbuf.getvalue())
dbuf = io.StringIO()
DecodedGenerator(dbuf, fmt='[%(maintype)s/%(subtype)s %(encoding)s %(description)s]').flatten(outer)
print(dbuf.getvalue()[-300:])

print('=== random boundary (seeded)')
random.seed(7)
m = MIMEMultipart('alternative')
m.attach(MIMEText('a'))
m.attach(MIMEText('<b>a</b>', 'html'))
print(m.as_string())
print(m.get_boundary())

print('=== a Header object as a value')
h = MIMEText('x')
h['Subject'] = Header('Résumé of the meeting about naïve café customers and other topics', 'utf-8')
h['X-Ascii'] = Header('a very long ascii header value ' * 4, header_name='X-Ascii')
print(h.as_string())

print('=== errors')
for make in (lambda: MIMEImage(b'not an image'), lambda: MIMEAudio(b'not audio'),
             lambda: MIMEMessage('not a message'), lambda: MIMEApplication(b'', None)):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
try:
    MIMEText('x').attach(MIMEText('y'))
except errors.MultipartConversionError as e:
    print(type(e).__name__, e, isinstance(e, TypeError))
base = MIMEBase('application', 'x-thing', name='thing.bin')
base.set_payload(b'\x00\xff' * 3)
encoders.encode_base64(base)
print(base.as_string())
