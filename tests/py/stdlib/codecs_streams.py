# codecs: incremental encoders/decoders (UTF-8 sequences split across chunks, UTF-16/32 byte order
# marks, utf-8-sig, getstate/reset), iterencode/iterdecode, StreamReader/StreamWriter over BytesIO
# (read, readline, readlines, iteration, partial sequences), StreamReaderWriter, StreamRecoder via
# EncodedFile, codecs.open on a file, and the errors for truncated input at the end.
import codecs
import io
import os
import tempfile

text = 'caf\xe9 \u20ac100 \U0001f600 na\xefve\n'
for enc in ['utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1', 'cp1252']:
    data = codecs.encode(text.replace('\U0001f600', '') if enc in ('latin-1', 'cp1252') else text, enc, 'replace')
    dec = codecs.getincrementaldecoder(enc)()
    pieces = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(dec.decode(b'', final=True))
    joined = ''.join(pieces)
    print(enc, len(data), sum(1 for p in pieces if p), ascii(joined))
    enc_inc = codecs.getincrementalencoder(enc)()
    out = b''.join(enc_inc.encode(ch) for ch in 'ab\xe9') + enc_inc.encode('', final=True)
    print('  encoded', out)

dec = codecs.getincrementaldecoder('utf-8')()
print(repr(dec.decode(b'\xe2\x82')), dec.getstate())
print(repr(dec.decode(b'\xac tail')), dec.getstate())
dec.decode(b'\xf0\x9f')
dec.reset()
print(dec.getstate(), repr(dec.decode(b'fresh')))
try:
    dec.decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print('final:', e)
dec = codecs.getincrementaldecoder('utf-8')('replace')
print(repr(dec.decode(b'\xff\xe2')), repr(dec.decode(b'', True)))

print(list(codecs.iterencode(['one ', 'two ', '\u20ac'], 'utf-16-le')))
print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'x', b'\xc3', b'\xa9'], 'utf-8')))
print(list(codecs.iterencode(['a', 'b'], 'utf-8-sig')))

# Stream reader over a byte stream containing multi-byte characters and several kinds of newline.
raw = 'line one\nl\xefne two\r\nthree \u20ac\rfour'.encode('utf-8')
reader = codecs.getreader('utf-8')(io.BytesIO(raw))
print([reader.readline() for _ in range(5)])
reader = codecs.getreader('utf-8')(io.BytesIO(raw))
print(reader.readlines(keepends=False))
reader = codecs.getreader('utf-8')(io.BytesIO(raw))
print(repr(reader.read(5)), repr(reader.read(3)), repr(reader.read()))
reader = codecs.getreader('utf-16')(io.BytesIO(text.encode('utf-16')))
print([ascii(line) for line in reader])

buf = io.BytesIO()
writer = codecs.getwriter('utf-16')(buf)
writer.write('first ')
writer.writelines(['sec', 'ond'])
print(buf.getvalue())

rw = codecs.StreamReaderWriter(io.BytesIO(), codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
rw.write('\xe9t\xe9\n')
rw.seek(0)
print(repr(rw.read()), rw.tell())

backing = io.BytesIO('gr\xfc\xdfe\n'.encode('latin-1'))
rec = codecs.EncodedFile(backing, 'utf-8', 'latin-1')
print(rec.read(), rec.data_encoding, rec.file_encoding)
rec.write('\u20ac'.encode('utf-8').replace(b'\xe2\x82\xac', b'\xc3\xa9'))
print(backing.getvalue())

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'notes.txt')
    with codecs.open(path, 'w', 'utf-16') as f:
        f.write('\u0394elta\nsecond line\n')
        print(type(f).__name__, f.encoding)
    with open(path, 'rb') as f:
        print(f.read()[:6])
    with codecs.open(path, 'r', encoding='utf-16') as f:
        print(f.readlines())
    with codecs.open(path, 'rb') as f:
        print(type(f).__name__, len(f.read()))

reader = codecs.getreader('utf-8')(io.BytesIO(b'ok\xe2\x82'))
try:
    print(repr(reader.read()))
    print(repr(reader.read()))
except UnicodeDecodeError as e:
    print('stream:', e)
reader = codecs.getreader('ascii')(io.BytesIO(b'abc\xffdef'))
try:
    reader.read()
except UnicodeDecodeError as e:
    print('ascii stream:', e)
for bad in [b'\x00', b'\xff\xfe\x00']:
    try:
        codecs.decode(bad, 'utf-16')
    except UnicodeDecodeError as e:
        print('utf-16:', e)
try:
    codecs.getincrementaldecoder('utf-32')().decode(b'\x00\x00', final=True)
except UnicodeDecodeError as e:
    print('utf-32:', e)
