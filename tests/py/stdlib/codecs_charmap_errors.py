# The charmap codec's errors: UnicodeEncodeError / UnicodeDecodeError with CPython's positions and
# reason, every built-in error handler and registered ones, codecs.charmap_build / charmap_encode /
# charmap_decode with tables, dicts and other mappings, and their argument checks.
import codecs


def show(label, f):
    try:
        r = f()
    except UnicodeError as e:
        print(label, type(e).__name__, e.encoding if hasattr(e, 'encoding') else '', getattr(e, 'start', ''),
              getattr(e, 'end', ''), getattr(e, 'reason', ''), '|', e)
    except (TypeError, LookupError, ValueError, IndexError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, ascii(r))


# str.encode / bytes.decode with each built-in handler.
text = 'Цена: 100€ — «скидка» ✓'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
               'surrogateescape', 'surrogatepass']:
    show('koi8-r ' + errors, lambda: text.encode('koi8-r', errors))
    show('cp1251 ' + errors, lambda: text.encode('cp1251', errors))
data = b'caf\xe9 \x81\x8d\x8f\x90 \x9d end'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace']:
    show('cp1250 ' + errors, lambda: data.decode('cp1250', errors))
    show('iso8859_3 ' + errors, lambda: b'\xa5\xae\xbe\xc3x'.decode('iso8859_3', errors))
show('surrogateescape low', lambda: b'a\x00'.decode('charmap', 'surrogateescape'))
show('round trip', lambda: b'\x98\xff'.decode('cp1251', 'surrogateescape').encode('cp1251', 'surrogateescape'))
show('bad handler', lambda: '€'.encode('koi8-r', 'no-such-handler'))
show('bad handler unused', lambda: 'abc'.encode('koi8-r', 'no-such-handler'))

# The exception objects themselves.
try:
    'abc\u20ac\u20acdef\u20ac'.encode('iso8859-5')
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason)
try:
    b'ok\x98\x98'.decode('cp1251')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))


# Registered handlers see the exception and say where to go on.
def tagging(exc):
    if isinstance(exc, UnicodeEncodeError):
        return f'<{exc.end - exc.start}>', exc.end
    return '[%02x]' % exc.object[exc.start], exc.end


def as_bytes(exc):
    return b'\xff' * (exc.end - exc.start), exc.end


calls = []


def skip_back(exc):
    # A negative position counts from the end; going back re-reads input (once, here).
    calls.append(exc.start)
    return '?', -2 if len(calls) == 1 else exc.end


def wrong_type(exc):
    return 42, exc.end


def unencodable(exc):
    return '\u263a', exc.end


codecs.register_error('test.tagging', tagging)
codecs.register_error('test.bytes', as_bytes)
codecs.register_error('test.skip_back', skip_back)
codecs.register_error('test.wrong', wrong_type)
codecs.register_error('test.unencodable', unencodable)
show('tagging enc', lambda: 'a€€b✓c'.encode('mac-roman', 'test.tagging'))
show('tagging dec', lambda: b'a\x98b\x98'.decode('cp1251', 'test.tagging'))
show('bytes enc', lambda: 'a€€b'.encode('koi8-u', 'test.bytes'))
show('skip_back', lambda: b'ab\x98c'.decode('cp1251', 'test.skip_back'))
print(calls)
show('wrong enc', lambda: '€'.encode('koi8-r', 'test.wrong'))
show('wrong dec', lambda: b'\x98'.decode('cp1251', 'test.wrong'))
show('unencodable', lambda: 'x€y'.encode('cp1251', 'test.unencodable'))

# charmap_build: an EncodingMap for a 256-character table that starts with NUL, else a dict.
identity = ''.join(map(chr, range(256)))
m = codecs.charmap_build(identity)
print(type(m).__name__, type(m).__module__, m.size(), codecs.charmap_build(identity[:255] + '\u20ac').size())
print(codecs.charmap_build('abca'), type(codecs.charmap_build('\x00ab\ufffe')).__name__)
print(sorted(codecs.charmap_build(''.join(map(chr, range(0x400, 0x500)))).items())[:3])
show('build int', lambda: codecs.charmap_build(1))
show('build empty', lambda: codecs.charmap_build(''))
show('EncodingMap()', lambda: type(m)())
show('len', lambda: len(m))

# charmap_decode with a table, a dict, a list and no mapping (Latin-1).
show('dec none', lambda: codecs.charmap_decode(b'\x00\xe9'))
show('dec table', lambda: codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'ab\u20ac'))
show('dec short table', lambda: codecs.charmap_decode(b'\x00\x05', 'strict', 'ab'))
show('dec fffe', lambda: codecs.charmap_decode(b'\x00\x01', 'replace', 'a\ufffe'))
show('dec dict', lambda: codecs.charmap_decode(b'\x00\x01\x02', 'strict', {0: 'xy', 1: 0x263a, 2: None}))
show('dec dict replace', lambda: codecs.charmap_decode(b'\x00\x01\x02\x03', 'replace', {0: 'xy', 1: 0xfffe, 2: '\ufffe', 3: ''}))
show('dec dict range', lambda: codecs.charmap_decode(b'\x00', 'strict', {0: 0x110000}))
show('dec dict type', lambda: codecs.charmap_decode(b'\x00', 'strict', {0: 1.5}))
show('dec list', lambda: codecs.charmap_decode(b'\x00\x01\x05', 'replace', [65, 66]))
show('dec str arg', lambda: codecs.charmap_decode('abc'))
show('dec errors int', lambda: codecs.charmap_decode(b'abc', 1))
show('dec bytearray', lambda: codecs.charmap_decode(bytearray(b'\x01\x02'), None, 'xyz'))

# charmap_encode with an EncodingMap, a dict and no mapping (Latin-1).
show('enc none', lambda: codecs.charmap_encode('abc\xff'))
show('enc none error', lambda: codecs.charmap_encode('abc\u20ac'))
show('enc map', lambda: codecs.charmap_encode('a\x00b', 'strict', m))
show('enc dict', lambda: codecs.charmap_encode('abc', 'strict', {97: 1, 98: b'XY', 99: None}))
show('enc dict range', lambda: codecs.charmap_encode('a', 'strict', {97: 300}))
show('enc dict type', lambda: codecs.charmap_encode('a', 'strict', {97: 'x'}))
show('enc dict no ?', lambda: codecs.charmap_encode('ab', 'replace', {97: 1}))
show('enc dict ?', lambda: codecs.charmap_encode('ab', 'replace', {97: 1, 63: 2}))
show('enc dict xml', lambda: codecs.charmap_encode('ab', 'xmlcharrefreplace', {ord(c): ord(c) for c in '&#;0123456789'}))
show('enc map bsr', lambda: codecs.charmap_encode('a\u20acb\u20ac\u20acc', 'backslashreplace', m))
show('enc small map bsr', lambda: codecs.charmap_encode('a\u20acb', 'backslashreplace', codecs.charmap_build('\x00ab')))
show('enc bytes arg', lambda: codecs.charmap_encode(b'abc'))

# The 'charmap' codec takes its mapping as an argument.
info = codecs.lookup('charmap')
print(info.name, info.encode('é'), info.decode(b'\xe9'))
print(info.encode('abc', 'strict', {97: 120, 98: 121, 99: 122}), info.decode(b'\x01\x00', 'strict', 'xy'))
enc = info.incrementalencoder('strict', {97: 65})
dec = info.incrementaldecoder('replace', 'q')
print(enc.encode('aaa'), ascii(dec.decode(b'\x00\x01')))
