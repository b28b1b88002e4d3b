# pyexpat: feeding a document in chunks of odd sizes (character data is split where expat splits
# it), documents in other encodings (declared, byte order mark, or given to ParserCreate), str input,
# and ParseFile.
import io
from xml.parsers import expat

DOC = (b"<?xml version='1.0'?>\n<!DOCTYPE r [<!ENTITY e 'E'>]>\n"
       b"<r a='1' b=\"&e;&#x41;\">text &amp; more\r\nnext line ]] ]><![CDATA[cd]]]]>"
       b"<c/>&e;&#233;\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80</r>\n")


def parse(data, sizes=None, **settings):
    p = expat.ParserCreate()
    for k, v in settings.items():
        setattr(p, k, v)
    out = []
    p.StartElementHandler = lambda n, a: out.append('<%s %s>' % (n, sorted(a.items())))
    p.EndElementHandler = lambda n: out.append('</%s>' % n)
    p.CharacterDataHandler = lambda d: out.append(repr(d))
    p.StartCdataSectionHandler = lambda: out.append('[CDATA')
    p.EndCdataSectionHandler = lambda: out.append('CDATA]')
    try:
        if sizes:
            pos = 0
            for n in sizes:
                p.Parse(data[pos:pos + n], False)
                out.append('|')
                pos += n
            p.Parse(data[pos:], True)
        else:
            p.Parse(data, True)
    except expat.ExpatError as e:
        out.append('ERROR %s' % e)
    return ' '.join(out)


print(parse(DOC))
for size in (1, 2, 3, 7, 16):
    print(size, parse(DOC, [size] * (len(DOC) // size)))
print('buffered', parse(DOC, [5] * 30, buffer_text=True))
for cut in (60, 61, 62, 150, 151, 152, 153, 160):
    print('cut', cut, parse(DOC, [cut]))

print('--- encodings')
DOCS = [
    "<?xml version='1.0' encoding='iso-8859-1'?><a b='\xe9'>caf\xe9 \xa0</a>".encode('latin-1'),
    "<?xml version='1.0' encoding='windows-1252'?><a>\u20ac caf\xe9</a>".encode('cp1252'),
    "<?xml version='1.0' encoding='utf-16'?><a>caf\xe9 \U0001F600</a>".encode('utf-16'),
    "<a>x</a>".encode('utf-16-le'),
    "<?xml version='1.0' encoding='UTF-16BE'?><a>x</a>".encode('utf-16-le'),
    b"<?xml version='1.0' encoding='us-ascii'?><a>\xe9</a>",
    b'\xef\xbb\xbf<a>bom</a>',
    ("<?xml version='1.0' encoding='latin-1'?><a>" + "\xe9" * 1100 + "</a>").encode('latin-1'),
]
for data in DOCS:
    r = parse(data)
    print(r if len(r) < 120 else r[:60] + '...' + r[-40:])
    print('  by 3:', parse(data, [3] * (len(data) // 3))[:100])
p = expat.ParserCreate('iso-8859-1')
p.CharacterDataHandler = print
p.Parse('<?xml version="1.0" encoding="utf-8"?><a>caf\xe9</a>'.encode('latin-1'), True)
try:
    expat.ParserCreate().Parse(b"<?xml version='1.0' encoding='no-such-codec'?><a/>", True)
except LookupError as e:
    print('LookupError', e)
print(parse('<a>str input: caf\xe9 \u20ac</a>'))
print(parse('<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>'))

print('--- ParseFile')
for size in (10, 5000):
    src = io.BytesIO(b'<log>' + b''.join(b'<entry n="%d">line %d</entry>\n' % (i, i) for i in range(size // 10)) + b'</log>')
    p = expat.ParserCreate()
    counts = {'start': 0, 'data': 0}
    p.StartElementHandler = lambda n, a: counts.__setitem__('start', counts['start'] + 1)
    p.CharacterDataHandler = lambda d: counts.__setitem__('data', counts['data'] + 1)
    print(p.ParseFile(src), counts, p.CurrentLineNumber, p.CurrentByteIndex)


class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def read(self, n):
        return self.chunks.pop(0) if self.chunks else b''


p = expat.ParserCreate()
p.StartElementHandler = lambda n, a: print('start', n)
print(p.ParseFile(Reader([b'<a>', b'<b/>', b'</a>'])))
for bad in (Reader(['<a/>']), Reader([b'x' * 3000])):
    try:
        expat.ParserCreate().ParseFile(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
