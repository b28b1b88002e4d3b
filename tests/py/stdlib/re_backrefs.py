# Back-references: numbered, named, to groups that did not participate, with IGNORECASE.
import re

print(re.findall(r'\b(\w+) \1\b', 'the the cat sat sat down down'))
print(re.sub(r'\b(\w+)( \1\b)+', r'\1', 'paris in the the the spring'))
print(re.match(r'(?P<ch>.)(?P=ch)+', 'aaab').group())
print(re.match(r'(a)|b\1', 'b'))
print(re.match(r'(a)?b\1', 'b'))
print(re.match(r'(a)?b(?(1)\1|c)', 'bc').group())
print(re.findall(r'(["\']).*?\1', '"a" \'b\' "c\'d"'))
print(re.match(r'(?i)(ab)\1', 'abAB'), re.match(r'(ab)\1', 'abAB'))
print(re.search(r'(a+)b\1', 'aaabaa').group(), re.match(r'(a+)b\1$', 'aaabaa'))
print(re.match(r'(\w)(\w)\2\1', 'abba').groups(), re.match(r'(\w)(\w)\2\1', 'abab'))
pal = re.compile(r'^(\w)?(\w)?(\w)?\w?\3\2\1$')
for w in ['racecar', 'abba', 'level', 'hello', 'a']:
    print(w, bool(pal.match(w)))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').group(11))
print(re.match(r'(a)\1{2}', 'aaa').group(), re.match(r'(a)\01', 'a\x01').group())
print(re.match(r'(?P<tag><(\w+)>).*?</\2>', '<b>bold</b> rest').group())
