# sys.getsizeof of re.Pattern and re.Match: CPython's structs plus the pattern's sre program words
# (literal prefixes, charsets, case folding and repeats all change the program's length) and the
# match's group offsets.
import re, sys

pats = [
    (r'(a+)b*c', 0), ('', 0), ('abc', re.I), (r'\w+@\d{2,5}', 0), (b'x+', 0),
    (r'(?P<y>\d{4})-(?P<m>\d\d)', 0), ('[a-z]+|[0-9]*', re.I | re.M), (r'(?<=a)b(?!c)', 0),
    ('x{3,}?', re.S), ('[\u0100-\u0200ab]', 0), (r'\bfoo\b', re.A), (b'[^\\s]+', re.I),
    (r'(?i:ab)c(?-i:D)', 0), ('^(?:(a)|b)(?(1)c|d)$', 0), ('[\u4e00-\u9fff]+', 0),
    (r'(\d+)\.(\d+)\.(\d+)', re.X), ('hello world', 0), ('(?s).*', 0), ('[^aeiou]', re.I),
]
for p, f in pats:
    c = re.compile(p, f)
    print(repr(p), f, sys.getsizeof(c), c.__sizeof__())

for p, s in [(r'(a)(b)?', 'ab'), ('x', 'x'), (r'(?P<n>\w+) (?P<m>\w+)', 'hello you')]:
    m = re.search(p, s)
    print(repr(p), sys.getsizeof(m), m.__sizeof__())
