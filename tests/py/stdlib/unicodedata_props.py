# unicodedata: properties, names and numeric values of sampled and tricky characters, error cases.
import unicodedata as ud

print(ud.unidata_version)
samples = [0x41, 0x61, 0xdf, 0x1c5, 0x2b0, 0x300, 0x345, 0x5d0, 0x627, 0x661, 0x6f9, 0x966, 0xbf1, 0x2028,
           0x2160, 0x2167, 0x2153, 0x215f, 0x2460, 0x3007, 0x4e00, 0x4e8c, 0xac00, 0xd55c, 0xd7a3, 0xd800,
           0xe000, 0xfeff, 0xff21, 0x1d7d8, 0x1f600, 0x1f1e6, 0x20000, 0x2a6df, 0x31350, 0xe0001, 0xe0100,
           0x10ffff, 0x378, 0x1e900, 0x10400, 0x17000, 0x1b170, 0x18b00]
for cp in samples:
    c = chr(cp)
    print('%06X' % cp, ud.category(c), repr(ud.bidirectional(c)), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, '?'))

# Counts over the whole code space, every 61st code point.
cats, bidi, eaw, comb, mir, dec, num, named = {}, {}, {}, 0, 0, 0, 0, 0
for cp in range(0, 0x110000, 61):
    c = chr(cp)
    k = ud.category(c); cats[k] = cats.get(k, 0) + 1
    k = ud.bidirectional(c); bidi[k] = bidi.get(k, 0) + 1
    k = ud.east_asian_width(c); eaw[k] = eaw.get(k, 0) + 1
    comb += ud.combining(c)
    mir += ud.mirrored(c)
    dec += ud.decimal(c, 0)
    num += ud.numeric(c, 0)
print(sorted(cats.items()))
print(sorted(bidi.items()))
print(sorted(eaw.items()))
print(comb, mir, dec, num)

# Names: round trips through lookup, case-insensitive lookup, algorithmic names.
count = 0
for cp in range(0x20, 0x30000, 31):
    n = ud.name(chr(cp), None)
    if n is not None:
        count += 1
        assert ud.lookup(n) == chr(cp), n
        if not n.startswith(('CJK UNIFIED', 'HANGUL SYLLABLE')):
            assert ud.lookup(n.lower()) == chr(cp), n
print('named (every 31st)', count)
for n in ['LATIN SMALL LETTER SHARP S', 'snowman', 'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GAG',
          'NUSHU CHARACTER-1B170', 'cjk compatibility ideograph-f900', 'GREEK CAPITAL LETTER SIGMA']:
    print(n, ascii(ud.lookup(n)))
for n in ['TANGUT IDEOGRAPH-17000', 'cjk unified ideograph-4e00', 'CJK UNIFIED IDEOGRAPH-4e00', 'hangul syllable ga',
          'CJK UNIFIED IDEOGRAPH-FFFF', 'HANGUL SYLLABLE GAX']:
    try:
        ud.lookup(n)
    except KeyError as e:
        print('KeyError', e)
print(ud.name('\uac01'), ud.name('\U00017001', None), ud.name('\U00018B00'), ud.name('\U0002A6DF'), ud.name('\u00e9'))

for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['e\u0301', '\u00e9', '\ufb01', '\u2460', 'A\u030a\u0323', '\uac00', '\u1100\u1161']:
        print(form, ascii(s), ascii(ud.normalize(form, s)), ud.is_normalized(form, s))

def err(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

err(ud.name, 'ab')
err(ud.name, 5)
err(ud.name, '\x00')
err(ud.lookup, 'NO SUCH THING')
err(ud.decimal, 'x')
err(ud.digit, 'x')
err(ud.numeric, 'x')
err(ud.category, '')
err(ud.category, 'ab')
err(ud.normalize, 'NFX', 'a')
err(ud.normalize, 'NFC', 1)
err(ud.normalize, 1, 'a')
err(ud.digit, '\u00b2')
err(ud.decimal, '\u00b2', -1)
err(ud.numeric, '\u00bd')
