# The idna codec (RFC 3490 with nameprep, RFC 3491) and punycode (RFC 3492): host names both ways,
# CPython's errors for bad labels, bidirectional text and prohibited characters, the incremental codecs,
# and punycode's error handling.
import codecs
import encodings.idna as idna


def show(label, f):
    try:
        r = ascii(f())
    except UnicodeError as e:
        r = f'{type(e).__name__} {ascii(e.args)}'
    except TypeError as e:
        r = f'TypeError {e}'
    print(ascii(label), r)


hosts = ['bücher.example', 'Bücher.Example.', 'münchen.de', 'ÄÖÜ', 'xn--bcher-kva.example', '日本語.jp',
         'пример.рф', 'ﻢﻠﻜﻠﻣ.com', 'a\u05d0', '\u05d0a\u05d1', '\u05d0\u05d1.il', 'ß.de', 'ﬁ.de', 'a\u00adb.de',
         'a..bé', 'é' * 64, 'x' * 64, 'x' * 63 + '.' + 'y' * 64, 'a\u3002bé\uff0ec', 'xn--abc-é', 'a\x00é',
         '\u2f868é', '\uf951é', 'Ⅻé', 'é\u200b', '\U0001f600', '\ufffcé', 'www.Ελλάδα.gr', '']
for host in hosts:
    show(host, lambda: host.encode('idna'))
for data in [b'xn--bcher-kva.example', b'XN--BCHER-KVA.EXAMPLE.', b'abc', b'xn--abc', b'xn--a-ecp.ru',
             b'xn--zz', b'\xe9', b'xn--', b'xn--ls8h', b'xn--bcher-kva..de', bytearray(b'xn--bcher-kva'),
             memoryview(b'a.xn--mnchen-3ya'), b'xn--p1ai', b'xn--e1afmkfd.xn--p1ai']:
    show(bytes(data), lambda: codecs.decode(data, 'idna'))
show('str input', lambda: codecs.decode('abc', 'idna'))
show('errors enc', lambda: 'abc'.encode('idna', 'replace'))
show('errors dec', lambda: b'abc'.decode('idna', 'ignore'))
show('nameprep', lambda: (idna.nameprep('Straße'), idna.nameprep('ＡＢＣ'), idna.nameprep('x\u00ady')))
show('ToASCII', lambda: (idna.ToASCII('Bücher'), idna.ToASCII('abc')))
show('ToUnicode', lambda: (idna.ToUnicode(b'xn--bcher-kva'), idna.ToUnicode('abc')))
show('ToUnicode error', lambda: idna.ToUnicode('BÜCHER'))
show('ToUnicode long', lambda: idna.ToUnicode('x' * 1025))
show('ace prefix', lambda: idna.ToASCII('xn--ü'))
show('dots', lambda: (idna.dots.split('a\u3002b\uff0ec\uff61d'), idna.ace_prefix, idna.sace_prefix))

enc = codecs.getincrementalencoder('idna')()
show('incremental encoder', lambda: ([enc.encode(x) for x in ['bü', 'cher.', 'exam', 'ple']], enc.encode('', True)))
dec = codecs.getincrementaldecoder('idna')()
show('incremental decoder', lambda: ([dec.decode(x) for x in [b'xn--bc', b'her-kva.', b'de']], dec.decode(b'', True)))
dec = codecs.getincrementaldecoder('idna')()
show('incremental str', lambda: (dec.decode('münchen\u3002d'), dec.decode('e', True)))

for s in ['bücher', 'münchen', '', 'abc-', '-', 'ü', 'üü', 'aüb', '\U0001f600', 'ß' * 30, 'Bücher', '日本語',
          'ليهمابتكلموشعربي؟', '他们为什么不说中文', 'Pročprostěnemluvíčesky', 'почемужеонинеговорятпорусски']:
    b = s.encode('punycode')
    show(s, lambda: (b, b.decode('punycode') == s))
for data in [b'bcher-kva', b'abc-', b'-', b'b\xe9cher-kva', b'bcher-k!a', b'bcher-kv', b'a-999999999', b'ZZZ',
             b'bcher-KVA', 'bcher-kva', memoryview(b'tda')]:
    for errors in ('strict', 'replace', 'ignore'):
        show(f'{type(data).__name__} {bytes(data, "ascii") if isinstance(data, str) else bytes(data)!r} {errors}',
             lambda: codecs.decode(data, 'punycode', errors))
show('punycode errors', lambda: b'x'.decode('punycode', 'backslashreplace'))
dec = codecs.getincrementaldecoder('punycode')('xmlcharrefreplace')
show('punycode incremental', lambda: dec.decode(b'x'))
