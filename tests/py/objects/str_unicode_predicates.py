# str predicates over the whole code space (every 97th code point in chunks of 0x8000), plus tricky
# characters; the counts per chunk catch any table or method mismatch with CPython's Unicode 15.0 data.
PREDICATES = ['isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isprintable',
              'islower', 'isupper', 'istitle', 'isidentifier']

def chunk_counts(start, stop, step):
    chars = [chr(c) for c in range(start, stop, step)]
    return [sum(map(getattr(str, p), chars)) for p in PREDICATES]

total = [0] * len(PREDICATES)
for start in range(0, 0x110000, 0x8000):
    counts = chunk_counts(start, start + 0x8000, 97)
    total = [a + b for a, b in zip(total, counts)]
    if any(counts):
        print(hex(start), counts)
print('total', dict(zip(PREDICATES, total)))

# Every code point of Latin-1 and Greek.
for p in PREDICATES:
    f = getattr(str, p)
    print(p, ''.join('1' if f(chr(c)) else '0' for c in range(0x80, 0x300)).count('1'),
          [c for c in range(0x370, 0x400) if f(chr(c))][:12])

tricky = ['ǅ', 'Ǆ', 'ǆ', 'ᾈ', 'ᾀ', 'ʰ', 'ª', 'ⅷ', 'Ⅷ', '²', '½', '٣', '𝟘', '〇', '一', '\u2028', '\x1c', '\xa0',
          '\u200b', '\ufeff', '\U0001F600', '\U000E0001', '\ud800', '\U0010FFFF', '_', '·', '℘', '℮', '゛',
          'ﬁ', 'ß', 'İ', 'ı', 'ſ', 'K', 'Å', 'µ', 'ͅ', 'ΐ']
for ch in tricky:
    print(ascii(ch), ''.join('1' if getattr(ch, p)() else '0' for p in PREDICATES))

for s in ['Hello World', 'Hello world', 'HELLO', 'hello', 'ǅungla', 'ǅUngla', 'Ab Cd', 'A1b', '1', '',
          'ᾈᾀ', 'Σσ', 'a\u0345', 'x²', 'id_1', '1id', 'a b', 'ǅ ǅ', 'ßa', 'ΣΑΣ']:
    print(ascii(s), [getattr(s, p)() for p in PREDICATES])
