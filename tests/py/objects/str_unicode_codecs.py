# cp1252 and cp437 (charmap codecs) with every error handler, namereplace for every codec.
s = 'caf\u00e9 \u20ac5 \u2014 \u201cq\u201d \u0100 \u2603 \U0001F600 \ud800'
for enc in ['cp1252', 'cp437', 'windows-1252', 'IBM437', 'ascii', 'latin-1', 'utf-8', 'utf-16-le']:
    for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        try:
            print(enc, errors, s.encode(enc, errors))
        except Exception as e:
            print(enc, errors, type(e).__name__, e)
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, 'strict', e.encoding, e.start, e.end, e.reason)
b = bytes(range(256))
for enc in ['cp1252', 'cp437']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape']:
        try:
            t = b.decode(enc, errors)
            print(enc, errors, len(t), ascii(t[120:]))
            assert t.encode(enc, 'surrogateescape' if errors == 'surrogateescape' else 'strict') == b or errors != 'surrogateescape'
        except Exception as e:
            print(enc, errors, type(e).__name__, e)
print(bytes(range(256)).decode('cp437').encode('cp437') == bytes(range(256)))
print('\u20ac\udc81'.encode('cp1252', 'surrogateescape'))
