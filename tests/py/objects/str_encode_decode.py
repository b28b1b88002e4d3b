# str.encode / bytes.decode: utf-8, ascii, latin-1, utf-16 and utf-32 with BOMs, error handlers.
s = 'aé€\U0001f600'
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF8', 'utf_16'):
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
for errors in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'))
print(b'a\x00\x00\xd8b\x00'.decode('utf-16-le', 'replace'), b'\xff\xfe\x00\x00A\x00\x00\x00'.decode('utf-32'))
print('a\udcff'.encode('utf-8', 'surrogateescape'), b'a\xff'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape'))
print('\ud800'.encode('utf-8', 'surrogatepass'), '\ud800'.encode('utf-16-le', 'surrogatepass'), b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
print(str(b'caf\xc3\xa9', 'utf-8'), str(bytearray(b'x'), 'ascii'), bytes('é', 'latin-1'), bytearray('é', 'utf-16-be'))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'é'.encode('ascii'))
t(lambda: 'a€€b'.encode('ascii'))
t(lambda: 'a\U0001f600'.encode('latin-1'))
t(lambda: 'a\ud800'.encode('utf-16'))
t(lambda: b'a\x00\x00\xd8'.decode('utf-16-le'))
t(lambda: b'a\x00\x00\xd8b\x00'.decode('utf-16-le'))
t(lambda: b'x'.decode('utf-16'))
t(lambda: b'a\x00\x00'.decode('utf-32-le'))
t(lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
t(lambda: b'\xe9'.decode('ascii'))
t(lambda: 'x'.encode('bogus'))
t(lambda: 'é'.encode('ascii', 'bogus'))
t(lambda: b'\xe9'.decode('utf-8', 'xmlcharrefreplace'))
