# Single-byte codecs through files and streams: open() and io.TextIOWrapper with such a codec,
# codecs.open (StreamReaderWriter), getreader/getwriter, EncodedFile, the incremental encoders and
# decoders, iterencode/iterdecode.
import codecs
import io
import os
import tempfile

text = 'Съешь же ещё этих мягких французских булок, да выпей чаю.\nВторая строка\r\nтретья\n'
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'letter.txt')
    with open(path, 'w', encoding='koi8-r', newline='') as f:
        print(f.encoding, f.write(text))
    with open(path, 'rb') as f:
        raw = f.read()
    print(len(raw), raw[:12], raw == text.encode('koi8-r'))
    with open(path, encoding='koi8-r', newline='') as f:
        print(f.readlines())
    with open(path, encoding='koi8_r') as f:
        print(repr(f.readline()), f.tell() > 0, repr(f.read(6)))

    with codecs.open(path, 'r', 'koi8-r') as f:
        print(type(f).__name__, f.encoding)
        print(f.readline(), end='')
        print(repr(f.read(5)), f.readlines())
    with codecs.open(path, 'w', 'cp1251') as f:
        f.write('Привет\n')
        f.writelines(['мир', '!\n'])
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, 'r', 'cp1251') as f:
        print([line for line in f])

    # A file with a byte no character maps to.
    with open(path, 'wb') as f:
        f.write(b'ok \x98 ok\n')
    with open(path, encoding='cp1251', errors='replace') as f:
        print(ascii(f.read()))
    try:
        with open(path, encoding='cp1251') as f:
            f.read()
    except UnicodeDecodeError as e:
        print(e)

t = io.TextIOWrapper(io.BytesIO(text.encode('mac-cyrillic')), encoding='mac-cyrillic', newline='')
print(t.read() == text)
t = io.TextIOWrapper(io.BytesIO(), encoding='iso8859-5', errors='xmlcharrefreplace')
t.write('Ж€ж')
t.flush()
print(t.buffer.getvalue())

buf = io.BytesIO()
w = codecs.getwriter('cp866')(buf)
w.write('Кот и ')
w.writelines(['пёс', '\n'])
print(buf.getvalue())
r = codecs.getreader('cp866')(io.BytesIO(buf.getvalue()))
print(repr(r.read()))
ef = codecs.EncodedFile(io.BytesIO('Тест'.encode('koi8-r')), 'utf-8', 'koi8-r')
print(ef.read().decode('utf-8'))

# Incremental codecs: a single-byte codec has no state between pieces.
enc = codecs.getincrementalencoder('iso8859-7')()
dec = codecs.getincrementaldecoder('iso8859-7')('replace')
pieces = [enc.encode(ch) for ch in 'Καλημέρα']
print(pieces, enc.encode('', True), enc.getstate())
print([dec.decode(p) for p in pieces], dec.decode(b'\xff', True), dec.getstate())
enc.reset()
dec.reset()
print(list(codecs.iterdecode([b'\xf4\xc5', b'\xd3\xd4'], 'koi8-r')),
      list(codecs.iterencode(['Те', 'ст'], 'koi8_u')))
try:
    codecs.getincrementalencoder('mac_greek')().encode('Ελλάδα ✓')
except UnicodeEncodeError as e:
    print(e)
