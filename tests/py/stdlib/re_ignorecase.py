# IGNORECASE: Unicode simple case folding with re's extra equivalences (ſ, K, ı, σ/ς, ...).
import re

pairs = [('k', '\u212a'), ('K', '\u212a'), ('s', '\u017f'), ('S', '\u017f'), ('i', '\u0131'), ('I', '\u0130'),
         ('\u03c3', '\u03c2'), ('\u03a3', '\u03c2'), ('\u00b5', '\u039c'), ('\u00df', '\u1e9e'), ('\u00e9', '\u00c9'),
         ('\u0432', '\u1c80'), ('\u03b8', '\u03d1'), ('\u01c6', '\u01c4'), ('\u01c5', '\u01c6'), ('a', 'B')]
for a, b in pairs:
    r = [bool(re.fullmatch(a, b, re.I)), bool(re.fullmatch(b, a, re.I)),
         bool(re.fullmatch('[%s]' % a, b, re.I)), bool(re.fullmatch(a, b, re.I | re.A))]
    print(ascii(a), ascii(b), r)
print(re.findall(r'(?i)[a-z]+', 'Hello WORLD \u212aelvin \u017fun'))
print(re.findall(r'(?i)[^a-z]+', 'ab\u212aCD1'))
print(re.findall(r'(?ia)[a-z]+', 'Hello WORLD \u212aelvin'))
print(re.findall(r'(?i)straße', 'STRASSE Straße STRAẞE'))
print(re.sub(r'(?i)python', 'Python', 'PYTHON python PyThOn'))
print(re.match(r'(?i)(\w+) \1', 'Abc aBC'), re.match(r'(\w+) (?i:\1)', 'Abc aBC'))
print(re.findall(rb'(?i)[a-z]+', b'AbC \xc9\xe9'))
print(re.match(rb'(?i)\xe9', b'\xc9'))
print(re.findall(r'(?i)[\u0410-\u042f]+', '\u043f\u0440\u0438\u0432\u0435\u0442 \u041c\u0418\u0420'))
