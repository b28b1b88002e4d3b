# bytes patterns on bytes subjects (bytearray too), type mismatches, re.LOCALE for bytes.
import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n'
m = re.match(rb'(\w+) (\S+) HTTP/(\d)\.(\d)', data)
print(m, m.groups())
print(re.findall(rb'^([\w-]+): (.*)\r$', data, re.M))
print(dict(re.findall(rb'([\w-]+): ([^\r]*)', data)))
print(re.sub(rb'\d', b'#', data[:30]))
print(re.split(rb'\r\n', data))
print(re.search(rb'\xff+', b'ab\xff\xffcd'), re.findall(rb'[\x80-\xff]', bytes(range(126, 131))))
ba = bytearray(b'hello world')
m = re.search(rb'o\s?w', ba)
print(m.span(), m.group(), type(m.group()).__name__)
print(re.findall(rb'(?L)\w+', b'ab cd_1'), re.compile(rb'x', re.L).flags)
for pat, subj in [('a', b'a'), (b'a', 'a')]:
    try:
        re.search(pat, subj)
    except TypeError as e:
        print('TypeError:', e)
print(re.escape(b'a.b*c'), re.escape(b'\x00\xff'))
print(re.compile(rb'(?P<n>\d+)').groupindex['n'])
print(re.fullmatch(rb'[\x00-\x7f]*', bytes(range(128))) is not None)
print(re.sub(rb'x', b'y', bytearray(b'axb')), re.split(rb'x', bytearray(b'axb')), re.findall(rb'x', bytearray(b'axb')))
print(re.sub(rb'q', b'y', bytearray(b'axb')), re.split(rb'q', bytearray(b'axb')))
