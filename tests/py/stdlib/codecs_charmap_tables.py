# Every single-byte (charmap) codec of the encodings package: decode all 256 bytes, encode the result
# back, and print a checksum per codec (with the codec's name, how many bytes have no character, and
# whether the round trip gives the bytes back), so a wrong table entry anywhere shows.
import codecs
import zlib

CODECS = '''
cp037 cp1006 cp1026 cp1125 cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258
cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858 cp860 cp861 cp862
cp863 cp864 cp865 cp866 cp869 cp874 cp875 hp_roman8 iso8859_2 iso8859_3 iso8859_4 iso8859_5
iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso8859_10 iso8859_11 iso8859_13 iso8859_14 iso8859_15
iso8859_16 koi8_r koi8_t koi8_u kz1048 mac_arabic mac_croatian mac_cyrillic mac_farsi mac_greek
mac_iceland mac_latin2 mac_roman mac_romanian mac_turkish palmos ptcp154 tis_620
'''.split()

every_byte = bytes(range(256))
for name in CODECS:
    info = codecs.lookup(name)
    text = every_byte.decode(name, 'replace')
    holes = [b for b, ch in enumerate(text) if ch == '\ufffd']
    kept = bytes(b for b in range(256) if b not in holes)
    back = text.replace('\ufffd', '').encode(name)
    print(f'{name:12} {info.name:14} {zlib.crc32(text.encode("utf-8")):10} holes={len(holes):2} '
          f'round-trip={back == kept} upper={text[0xc0:0xc8]!a}')

# Which bytes each codec encodes every character of a sample alphabet to (the reverse tables, where
# two bytes decode to one character the later wins).
samples = ['Съешь ещё', 'Ελληνικά', 'Œuvre € ½', 'ąčęėįšųūž', 'עברית', 'ไทย', 'ğüşıöç']
for name in CODECS:
    row = []
    for s in samples:
        try:
            row.append(s.encode(name).hex())
        except UnicodeEncodeError as e:
            row.append(f'x{e.start}')
    print(name, ' '.join(row))

# The mac_farsi/mac_arabic tables decode two bytes to each ASCII punctuation mark: encoding picks
# the upper one; cp875 and cp1006 have duplicates too.
print(' !"#'.encode('mac_farsi').hex(), ' !"#'.encode('mac_arabic').hex(), '\x1a'.encode('cp875').hex(),
      '\ufe8e'.encode('cp1006').hex())

# Names and aliases resolve to the same codecs as CPython's encodings.aliases.
for alias in ['latin2', 'L9', 'latin9', 'ISO-8859-15', 'iso_8859_5:1988', 'cyrillic', 'greek8', 'hebrew',
              'arabic', 'thai', 'windows-1251', 'WINDOWS_1250', 'ibm866', 'cp866u', 'ruscii', 'koi8-r',
              'cskoi8r', 'macintosh', 'maccyrillic', 'MacGreek', 'cp154', 'cyrillic-asian', 'pt154',
              'ebcdic-cp-us', 'ibm500', 'r8', 'roman8', 'tis620', 'tis-620-2529-1', 'rk1048', 'strk1048_2002',
              'csibm037', 'ibm1140', '1125', 'cp720', 'maclatin2', 'maccentraleurope', 'palmos', 'koi8_u']:
    print(alias, codecs.lookup(alias).name)
