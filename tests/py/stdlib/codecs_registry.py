# codecs: lookup and CodecInfo (names, aliases, text vs bytes codecs), encode/decode of text and
# bytes-to-bytes codecs (hex, base64, rot13), getencoder/getdecoder, register/unregister of a search
# function, register_error/lookup_error with custom handlers, BOM constants, and the error paths
# (unknown encodings and handlers, wrong argument types, bad handler results).
import codecs

for name in ['UTF8', 'utf-8', 'latin1', 'L1', 'US-ASCII', 'utf_16', 'U32', 'cp1252', 'windows-1252',
             'hex', 'base64', 'rot13', 'utf-8-sig', 'iso_8859_1']:
    info = codecs.lookup(name)
    print(name, '->', info.name, info._is_text_encoding, isinstance(info, tuple), len(info))

print(codecs.encode('h\xe9llo \u20ac', 'utf-8'), codecs.decode(b'h\xc3\xa9llo', 'utf-8'))
print(codecs.encode('abc', 'utf-16'), codecs.encode('abc', 'utf-32-be'))
print(codecs.decode(b'\xfe\xff\x00h\x00i', 'utf-16'), codecs.decode(b'\xef\xbb\xbfbom', 'utf-8-sig'))
print(codecs.encode('sig', 'utf-8-sig'))
print(codecs.encode(b'\x00\xffhi', 'hex'), codecs.decode(b'48656c6c6f', 'hex'))
print(codecs.encode(b'Immortal runtime', 'base64'), codecs.decode(b'SW1tb3J0YWw=\n', 'base64'))
print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.getencoder('latin-1')('caf\xe9'), codecs.getdecoder('ascii')(b'plain'))
print(codecs.utf_8_decode(b'ab\xe2\x82'), codecs.utf_8_decode(b'ab\xe2\x82\xac', 'strict', True))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), codecs.latin_1_encode('abc'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM == codecs.BOM_UTF16)

# Error handlers, built in and custom.
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    print(errors, codecs.encode('a\xe9\u20acb', 'ascii', errors))
print(codecs.decode(b'a\xffb', 'utf-8', 'replace'), ascii(codecs.decode(b'a\xffb', 'utf-8', 'surrogateescape')))
print(codecs.lookup_error('strict') is codecs.strict_errors, codecs.lookup_error('ignore') is codecs.ignore_errors)


def angle(exc):
    bad = exc.object[exc.start:exc.end]
    if isinstance(exc, UnicodeEncodeError):
        return '<' + ','.join('%04x' % ord(c) for c in bad) + '>', exc.end
    return '[' + bad.hex() + ']', exc.end


codecs.register_error('angle', angle)
print(codecs.lookup_error('angle') is angle)
print(codecs.encode('na\xefve caf\xe9', 'ascii', 'angle'))
print(codecs.decode(b'caf\xe9 \xff\xfe!', 'ascii', 'angle'))
print(codecs.decode(b'ok\xc3(', 'utf-8', 'angle'))
print(codecs.encode('x\udc80y', 'utf-16-le', 'angle'))


def search(name):
    if name == 'shout':
        up = lambda s, errors='strict': (s.upper().encode('ascii'), len(s))
        down = lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b))
        return codecs.CodecInfo(up, down, name='shout')
    return None


codecs.register(search)
print(codecs.encode('quiet words', 'shout'), codecs.decode(b'LOUD', 'SHOUT'), codecs.lookup('shout').name)
codecs.unregister(search)


def expect(fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print('no error:', r)


expect(codecs.lookup, 'no-such-codec')
expect(codecs.lookup, 'shout')
expect(codecs.lookup, 42)
expect(codecs.encode, 'text', 'hex')
expect(codecs.decode, 'text', 'utf-8')
expect(codecs.encode, 42, 'utf-8')
expect(codecs.decode, b'\xff', 'utf-8')
expect(codecs.encode, '\xe9', 'ascii')
expect(codecs.decode, b'abc', 'hex')
expect(codecs.lookup_error, 'no-such-handler')
expect(codecs.encode, '\xe9', 'ascii', 'no-such-handler')
expect(codecs.encode, 'fine', 'ascii', 'no-such-handler')
expect(codecs.register_error, 'x', 'not callable')
expect(codecs.register, 'not callable')
expect(codecs.getincrementalencoder, 'nope')
codecs.register_error('bad-result', lambda exc: 'oops')
expect(codecs.encode, '\xe9', 'ascii', 'bad-result')
expect(codecs.decode, b'\xff', 'ascii', 'bad-result')
codecs.register_error('far', lambda exc: ('', 99))
expect(codecs.encode, '\xe9', 'latin-1', 'far')
expect(codecs.encode, '\u20ac', 'latin-1', 'far')
expect(codecs.xmlcharrefreplace_errors, UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'))
expect(codecs.ignore_errors, ValueError('x'))
expect(codecs.Codec().encode, 'x')
