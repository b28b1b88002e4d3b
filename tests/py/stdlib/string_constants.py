# string module constants and capwords.
import string
for name in ('ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable'):
    v = getattr(string, name)
    print(name, repr(v), len(v))
print(string.capwords('the  quick brown\tfox'), string.capwords('  lead and trail  '))
print(string.capwords('a-b-c', '-'), string.capwords('hELLO wORLD'), string.capwords(''))
print(all(c in string.printable for c in string.ascii_letters), sorted(string.__all__))
