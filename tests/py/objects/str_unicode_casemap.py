# lower/upper/casefold/title/swapcase/capitalize over planes 0 and 1 in chunks of 0x1000
# (checksums of the changed chunks), then the special cases: full mappings, final sigma, title digraphs.
def checksum(t):
    return len(t), sum(map(ord, t[::5])), sum(map(ord, t[2::13]))

# Planes 0 and 1 (where all the cased letters are) and a sample of the others.
STARTS = list(range(0, 0x20000, 0x1000)) + [0x20000, 0x2F000, 0x30000, 0xE0000, 0xF0000, 0x10F000]
CHUNKS = [(start, ''.join(map(chr, range(start, start + 0x1000)))) for start in STARTS]
for name in ['lower', 'upper', 'casefold', 'title', 'swapcase']:
    f = getattr(str, name)
    changed = 0
    for start, s in CHUNKS:
        t = f(s)
        if t != s:
            changed += 1
            print(name, hex(start), checksum(t))
    print(name, 'changed chunks', changed)

words = ['ΟΔΟΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'Σ', 'ΑΣ', 'ΑΣΑ', 'Α.Σ', 'Α\u0345Σ', 'ΑΣ\u0345', 'ΑΣ\u0345Α', '.Σ', 'ʰΣ',
         'straße', 'ŉ', 'ǰ', 'ﬃ', 'ﬅ', 'İstanbul', 'ıi', 'ǆemal ǅemal Ǆemal', 'ᾳ ᾼ ῳ', 'ΐ', 'և', 'ﬓ',
         'hello world', "they're bill's friends", 'ŉoo', 'ßoo', 'ﬁsh and ﬂour', 'ǰa', 'ABC def Ghi',
         '\U00010400\U00010428 \U0001E900\U0001E922', 'ⓐⓑⒶ', 'ᲀ', 'ꭰ', 'Ꭰ', 'ẞ', 'K Å']
for w in words:
    print(ascii(w), ascii(w.lower()), ascii(w.upper()), ascii(w.casefold()), ascii(w.title()),
          ascii(w.swapcase()), ascii(w.capitalize()))
