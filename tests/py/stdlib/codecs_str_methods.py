# str.encode / bytes.decode (and str(), bytearray()) with codecs and error handlers that are not built in:
# registered error handlers, aliases found by the codec registry, bytes-to-bytes codecs refused as
# not text encodings, codecs returning the wrong type, unknown names. Also io.StringIO's repr.
import codecs
def show(f):
    try: r = f()
    except Exception as e: r = f'{type(e).__name__}: {e}'
    print(repr(r))
codecs.register_error('q', lambda e: ('?' * (e.end - e.start), e.end))
show(lambda: 'héllo'.encode('ascii', 'q'))
show(lambda: b'h\xe9llo'.decode('ascii', 'q'))
show(lambda: 'abc'.encode('ascii', 'nonexistent'))
show(lambda: 'é'.encode('ascii', 'nonexistent'))
show(lambda: 'x'.encode('hex'))
show(lambda: b'78'.decode('hex'))
show(lambda: 'x'.encode('rot13'))
show(lambda: b'a'.decode('csascii'))
show(lambda: 'a'.encode('US-ASCII'))
show(lambda: 'a'.encode('nope'))
show(lambda: b'a'.decode('nope'))
show(lambda: codecs.encode('abc', 'rot13'))
show(lambda: 'é'.encode('utf-8', 'q'))
show(lambda: b'\xff'.decode('utf-8', 'q'))
show(lambda: bytearray('é', 'latin1', 'q'))
show(lambda: str(b'\xff', 'ascii', 'q'))
def bad_search(name):
    if name == 'weird':
        return codecs.CodecInfo(lambda s, e='strict': ('notbytes', len(s)), lambda b, e='strict': (b'notstr', len(b)), name='weird')
codecs.register(bad_search)
show(lambda: 'x'.encode('weird'))
show(lambda: b'x'.decode('weird'))
import io
print(repr(io.StringIO()).split()[0], repr(io.BytesIO()).split()[0])
