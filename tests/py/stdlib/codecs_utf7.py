# The utf-7 codec (RFC 2152): which characters are written directly, base64 runs and how they end,
# surrogate pairs, CPython's decoding errors (positions and reasons) with each handler, and the
# incremental decoder holding back an unfinished base64 run.
import codecs


def show(label, f):
    try:
        r = ascii(f())
    except UnicodeDecodeError as e:
        r = f'{type(e).__name__} {e.encoding} {e.start}-{e.end} {e.reason}'
    except TypeError as e:
        r = f'TypeError {e}'
    print(ascii(label), r)


direct = ''.join(chr(c) for c in range(128) if chr(c).encode('utf-7') == bytes([c]))
print(ascii(direct))
print({chr(c): chr(c).encode('utf-7') for c in range(128) if chr(c).encode('utf-7') != bytes([c])})
for s in ['Hi Mom -\u263a-!', 'A\u2262\u0391.', '\u65e5\u672c\u8a9e', 'a+b', '1 + 1 = 2', '\U0001f600x',
          '\xe9-', '\xe9a', '\xe9\xe9 ', '\ud800', '~\\', '\xe9' * 5, 'Zürich, Genève', '']:
    b = s.encode('utf-7')
    show(s, lambda: (b, b.decode('utf-7') == s))

for data in [b'+AGEAYgBj-', b'+AGE', b'+AGEA', b'+-', b'+', b'a+', b'+ZeVnLIqe-', b'a+ZeVnLIqe',
             b'+2D3eAA-', b'+2D0-', b'+2D0!x', b'+2D3YPQ-', b'+3gA-', b'+AG!', b'\xe9', b'+AGF-',
             b'+AGEAYg-', b'+A-', b'+AB-', b'+ABC-', b'+2D0x', b'+!', b'+\xe9', b'+2D0\xe9x', b'+AGE\xe9']:
    show(data, lambda: codecs.utf_7_decode(data, 'strict', True))
    show('  not final', lambda: codecs.utf_7_decode(data, 'strict', False))
    show('  replace', lambda: data.decode('utf-7', 'replace'))
    show('  ignore', lambda: data.decode('utf-7', 'ignore'))

dec = codecs.getincrementaldecoder('utf-7')()
show('incremental', lambda: [dec.decode(bytes([c])) for c in b'a+ZeVnLIqe-b+AOk'])
show('state', lambda: dec.getstate())
show('final', lambda: dec.decode(b'-', True))
enc = codecs.getincrementalencoder('utf-7')()
show('encoder', lambda: ([enc.encode(c) for c in 'a\u65e5\u672cb'], enc.encode('', True)))
show('utf_7_encode', lambda: codecs.utf_7_encode('+\xe9'))
show('bytes in', lambda: codecs.utf_7_encode(b'x'))
show('str in', lambda: codecs.utf_7_decode('x'))
show('lookup', lambda: (codecs.lookup('utf7').name, codecs.lookup('U7').name, codecs.lookup('unicode-1-1-utf-7').name))
