# \d \w \s and \b are Unicode-aware for str patterns, ASCII for bytes patterns and with re.ASCII.
import re

samples = ['abc_123', 'héllo wörld', 'Ελληνικά κείμενο', '日本語のテキスト', '٣٤٥ ١٢', '１２３', 'x\u00a0y\u2003z', 'tab\tnl\nvt\x0bff\x0c', 'a\x1cb\x1db\x85c']
for s in samples:
    print(ascii(s))
    print('  w', ascii(re.findall(r'\w+', s)), ascii(re.findall(r'\w+', s, re.A)))
    print('  d', ascii(re.findall(r'\d+', s)), ascii(re.findall(r'\d+', s, re.A)))
    print('  s', len(re.findall(r'\s', s)), len(re.findall(r'\s', s, re.A)))
    print('  W', ascii(re.findall(r'\W', s)))
    print('  b', [m.start() for m in re.finditer(r'\b', s)])
print(re.findall(r'[\w]+', 'ça va'), re.findall(r'[^\W\d_]+', 'a1_b2 ç'))
print(ascii(re.findall(r'\w+', '\U0001d400\U0001d401 x')))
print(re.findall(rb'\w+', 'héllo'.encode('latin-1')))
print(re.findall(rb'\s', b'a b\x85c\xa0d\x1ce'))
print(re.findall(r'.', '\U0001f600x'), len(re.match(r'.+', '\U0001f600\U0001f601').group()))
print(re.findall(r'[\U0001f600-\U0001f64f]', 'hi \U0001f600 \U0001f64f \U0001f680'))
print(re.findall(r'[à-ÿ]+', 'voilà un café déjà'))
