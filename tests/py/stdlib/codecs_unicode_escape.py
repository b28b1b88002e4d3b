# The unicode_escape and raw_unicode_escape codecs (and the bytes escape codec under them): Python
# literal escapes both ways, CPython's error messages and positions, the final flag of incremental
# decoding, and the DeprecationWarning 3.12 gives for invalid escapes (caught here and printed).
import codecs
import os
import warnings


def show(label, f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            r = f()
        except UnicodeDecodeError as e:
            r = f'{type(e).__name__} {e.encoding} {e.start}-{e.end} {e.reason} | {e}'
        except (ValueError, TypeError) as e:
            r = f'{type(e).__name__} {e}'
        else:
            r = ascii(r)
    notes = [f'{w.category.__name__}: {w.message} ({os.path.basename(w.filename)}:{w.lineno})' for w in caught]
    print(label, r, *notes)


sample = 'Tab\there, "quotes" \'single\' back\\slash, caf\xe9 \x00\x7f\x80 \u20ac \U0001f600 \ud800'
show('encode', lambda: sample.encode('unicode_escape'))
show('raw encode', lambda: sample.encode('raw_unicode_escape'))
show('round trip', lambda: sample.encode('unicode_escape').decode('unicode_escape') == sample)
show('raw round trip', lambda: sample.encode('raw_unicode_escape').decode('raw_unicode_escape') == sample)
show('codecs.encode', lambda: codecs.encode('a\nb', 'unicode-escape'))
# Lone surrogates side by side stay two characters, also beside a character past U+FFFF.
show('lone pair', lambda: ('\U0001f600' + '\ud83d' + '\ude00').encode('unicode_escape'))
show('functions', lambda: (codecs.unicode_escape_encode('x\ty'), codecs.raw_unicode_escape_encode('\u0100')))

# Decoding: every kind of escape.
show('simple', lambda: b'\\\\ \\\' \\" \\a \\b \\f \\n \\r \\t \\v'.decode('unicode_escape'))
show('octal', lambda: b'\\0 \\7 \\101 \\1010 \\377'.decode('unicode_escape'))
show('hex', lambda: b'\\x41\\u0042\\U00000043 \\u20ac \\U0001F600'.decode('unicode_escape'))
show('names', lambda: b'\\N{EM DASH} \\N{latin small letter a with acute} \\N{HANGUL SYLLABLE GA}'.decode('unicode_escape'))
show('continuation', lambda: b'one \\\ntwo'.decode('unicode_escape'))
show('latin-1 bytes', lambda: b'caf\xe9 \\xe9'.decode('unicode_escape'))
show('from str', lambda: codecs.unicode_escape_decode('\\u20ac \xe9'))
show('bytearray', lambda: codecs.unicode_escape_decode(bytearray(b'\\t')))
show('memoryview', lambda: codecs.unicode_escape_decode(memoryview(b'\\n')))
show('surrogates', lambda: b'\\ud800\\udc00'.decode('unicode_escape'))

# Invalid escapes stay as they are and draw one warning, about the first of them.
show('invalid', lambda: b'C:\\dir\\q'.decode('unicode_escape'))
show('invalid octal', lambda: b'\\400 \\777'.decode('unicode_escape'))
show('invalid non-ascii', lambda: b'\\\xe9'.decode('unicode_escape'))
show('invalid then octal', lambda: codecs.unicode_escape_decode(b'\\8\\777'))

# Errors: where they start and end, with each handler.
bad = [b'\\', b'abc\\', b'\\x4', b'\\x4g', b'\\u12', b'\\uzzzz', b'\\U1234567', b'\\U00110000',
       b'\\N', b'\\Nx', b'\\N{', b'\\N{}', b'\\N{LATIN', b'\\N{NO SUCH NAME}', b'ok \\x4 ok']
for data in bad:
    show(data, lambda: data.decode('unicode_escape'))
    for errors in ['replace', 'ignore', 'backslashreplace']:
        show(f'  {errors}', lambda: data.decode('unicode_escape', errors))
    show('  not final', lambda: codecs.unicode_escape_decode(data, 'strict', False))

# raw_unicode_escape: only \u and \U after an odd number of backslashes are escapes.
for data in [b'\\u0041', b'\\\\u0041', b'\\\\\\u0041', b'\\x41 \\n', b'abc\\', b'a\\\\\\', b'\\u12',
             b'\\uzz', b'\\U0011', b'\\U00110000', b'\\U0001f600', b'\xff\\u00e9']:
    show(data, lambda: data.decode('raw_unicode_escape'))
    show('  replace', lambda: data.decode('raw_unicode_escape', 'replace'))
    show('  not final', lambda: codecs.raw_unicode_escape_decode(data, 'strict', False))

# Incremental decoding keeps an escape that is cut off for the next piece.
dec = codecs.getincrementaldecoder('unicode_escape')()
show('incremental', lambda: [dec.decode(bytes([b])) for b in b'a\\x41\\u20ac\\N{DEGREE SIGN}b'])
show('incremental end', lambda: dec.decode(b'\\', True))
dec = codecs.getincrementaldecoder('raw_unicode_escape')()
show('raw incremental', lambda: [dec.decode(p) for p in [b'\\', b'u00', b'e9\\', b'\\', b'x']] + [dec.decode(b'', True)])


# A registered handler sees the whole input and the escape's range.
def mark(exc):
    return '<%s>' % exc.object[exc.start:exc.end].decode('latin-1'), exc.end


codecs.register_error('test.escape_mark', mark)
show('handler', lambda: b'a\\x4g \\N{NOPE} \\u12'.decode('unicode_escape', 'test.escape_mark'))

# The bytes escape codec, as pickle's STRING opcode uses it.
show('escape_encode', lambda: codecs.escape_encode(b'a\\\'"\t\n\r\x00\x7f\xff'))
show('escape_decode', lambda: codecs.escape_decode(b'\\x41\\n\\101\\777 \\q'))
show('escape_decode str', lambda: codecs.escape_decode('\\x41\xe9'))
for data in [b'\\x4', b'\\xzz', b'\\', b'ab\\x']:
    for errors in [None, 'replace', 'ignore', 'bogus']:
        show(f'escape_decode {data} {errors}', lambda: codecs.escape_decode(data, errors))
show('escape_encode str', lambda: codecs.escape_encode('text'))
show('readbuffer_encode', lambda: (codecs.readbuffer_encode('é'), codecs.readbuffer_encode(bytearray(b'ab'))))
show('encode bytes', lambda: codecs.unicode_escape_encode(b'x'))
show('decode int', lambda: codecs.unicode_escape_decode(5))
