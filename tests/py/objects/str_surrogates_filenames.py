# A realistic use of lone surrogates: file names with undecodable bytes (os.fsdecode style), reported and
# rebuilt through str methods; each name must keep its length and round-trip to the original bytes.
raw = [b'report-\xed\xa0\xbd\xed\xb8\x80.txt', b'caf\xe9\tmenu.md', b'ok.txt', b'\xff\xfe dir/notes.TXT']
names = [r.decode('utf-8', 'surrogateescape') for r in raw]

width = max(len(n) for n in names)
for n, r in zip(names, raw):
    stem, dot, ext = n.rpartition('.')
    cleaned = stem.replace('-', '_').expandtabs(2).ljust(width)
    line = f'{cleaned}|{ext.lower():>4}|' + '%-3d' % len(n)
    print(ascii(line), len(line), len(stem))
    assert n.encode('utf-8', 'surrogateescape') == r
    parts = n.split('\udced')
    print(len(parts), [len(p) for p in parts], ascii('\udced'.join(parts)) == ascii(n))

joined = '/'.join(names)
back = joined.split('/')
print(len(back), [len(x) for x in back])
print([x.encode('utf-8', 'surrogateescape') for x in back[:2]])
table = str.maketrans({c: '?' for c in ''.join(names) if '\udc80' <= c <= '\udcff'})
print([ascii(n.translate(table)) for n in names])
print(['{0!a:<12}'.format(n[:6]) for n in names])
