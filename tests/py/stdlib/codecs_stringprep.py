# stringprep (RFC 3454): the tables by their Unicode 3.2 contents, checked on a fixed set of code
# points with a checksum per table, the B.2 and B.3 case mappings, and the sets the module exposes.
import stringprep
import zlib

TABLES = ['a1', 'b1', 'c11', 'c12', 'c11_c12', 'c21', 'c22', 'c21_c22', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8',
          'c9', 'd1', 'd2']
# Every code point below U+0800, then every 251st one, and a few more (each table has members here).
points = list(range(0x800)) + list(range(0x800, 0x110000, 251)) + [0x2ff0, 0x3000, 0xfdd0, 0xfeff, 0xfffd, 0xffff, 0xe0001, 0x1d173]
for name in TABLES:
    test = getattr(stringprep, 'in_table_' + name)
    members = [cp for cp in points if test(chr(cp))]
    print(name, len(members), zlib.crc32(repr(members).encode()), [hex(cp) for cp in members[:4]])

b2 = [(cp, stringprep.map_table_b2(chr(cp))) for cp in points if not 0xd800 <= cp < 0xe000]
b3 = [(cp, stringprep.map_table_b3(chr(cp))) for cp in points if not 0xd800 <= cp < 0xe000]
print('b2', zlib.crc32(ascii(b2).encode()), ascii([m for cp, m in b2 if m != chr(cp)][:12]))
print('b3', zlib.crc32(ascii(b3).encode()), ascii([m for cp, m in b3 if m != chr(cp)][:12]))
for ch in 'AßΣﬁİ\u0130\u1e9e\u2160\u3371\U0001d400\u00adx':
    print(ascii(ch), ascii(stringprep.map_table_b2(ch)), ascii(stringprep.map_table_b3(ch)),
          stringprep.in_table_b1(ch), stringprep.in_table_a1(ch))
print(sorted(stringprep.b1_set), sorted(stringprep.c6_set), sorted(stringprep.c7_set))
print(sorted(stringprep.c8_set), sorted(stringprep.c9_set)[:3], sorted(stringprep.c22_specials))
print(len(stringprep.b3_exceptions), ascii(stringprep.b3_exceptions[0x130]))
