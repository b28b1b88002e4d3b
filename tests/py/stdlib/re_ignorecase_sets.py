# IGNORECASE character classes with Unicode case mappings, as CPython compiles them: a class with a
# cased member tests the character's lowercase against its members' lowercases (each member of a
# range, so [ẞ-ẞ] holds ß and a range over the Kelvin sign holds k) and their extra case classes
# (s and ſ); a class with no cased member matches as without the flag; literals beyond the BMP
# are kept as written. Greek letters with ypogegrammeni, titlecase digraphs, İ, Ω, ϴ, Kelvin.
import re

classes = ['[\u1e9e0]', '[\u1e9e-\u1e9f]', '[\u1e00-\u1fff]', '[^\u1e9e0]', '[ß0]', '[\u1f8cx]', '[\u1f88-\u1f8f]',
           '[\u1f80-\u1f87]', '[\u1fbc0]', '[\u1fb30]', '[\u0100-\uffff]', '[\u01300]', '[i0]', '[\u01c50]',
           '[\u01c80]', '[\u03f40]', '[\u03b80]', '[\u2126x]', '[\u212a0]', '[k0]', '[s-t]', '[\u017f-\u017f]',
           '[^\x00-\x7f]', '[\x80-\uffff]', '[\U00010400a]', '[\U00010428a]', '[\U00010400-\U00010401]',
           '[\uffff-\U00010401]', '[\\w0]', '[0-9]', '[^a]', '[\u0400-\u04ff]', '[\u1c80-\u1c88]']
subjects = 'ßẞ\u1f84\u1f8c\u1f80\u1f88\u1fb3\u1fbc\u1f08iIİıǅǆǄǈǉǇθϑϴΘωΩΩkKKsSſ\U00010400\U00010428\U00010401\U00010429вВ\u1c80'
for cls in classes:
    found = re.findall('(?i)' + cls, subjects)
    print(ascii(cls), ascii(''.join(found)))
for flags in (re.I, re.I | re.A):
    print([ascii(''.join(re.findall(p, subjects, flags))) for p in ('[a-z]', '[A-Z]', '[^a-z]{3}', '[ǅ-ǉ]')])
print(re.sub('(?i)[ß\u1e9e]+', '-', 'Straße STRAẞE strasse'))
print(re.findall(r'(?i)\b[α-ω]+\b', 'ΑΒΓ αβγ ΣΊΣΥΦΟΣ ϐ ϑ ϕ ϖ ϰ ϱ ϵ'))
