# urllib.parse: urlsplit/urlparse and their result classes (netloc attributes, geturl, encode and
# decode, _replace), bytes input, 3.12's stripping of C0 controls, scheme rules, the IPv6 and
# NFKC checks, port errors and the scheme lists.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, SplitResult, ParseResult,
                          SplitResultBytes, ParseResultBytes, DefragResult, ResultBase)
import urllib.parse as up


def attrs(r):
    parts = []
    for name in ('username', 'password', 'hostname', 'port'):
        try:
            parts.append(f'{name}={getattr(r, name)!r}')
        except ValueError as e:
            parts.append(f'{name}!{e}')
    return ' '.join(parts)


urls = [
    'https://alice:s3cret@Example.COM:8443/a/b;v=1/c;x=2?q=1&r=2#frag',
    'http://[2001:db8::7]:80/path',
    'http://[fe80::1%25Eth0]/x',
    'ftp://ftp.example.org/pub/file.txt;type=i',
    'mailto:someone@example.com?subject=hi',
    'file:///etc/hosts',
    '//cdn.example.net/lib.js',
    '/relative/path?x#y',
    'news:comp.lang.python',
    'HTTP://HOST/Path',
    'svn+ssh://svn.example.com/repo',
    'http://host:/empty-port',
    'http://user@host',
    'http://:pw@host:0/',
    'tel:+1-816-555-1212',
    'path/only',
    '',
    '#only-fragment',
    '?only=query',
    'http://h/p?a#b?c#d',
    '1http://not-a-scheme/x',
    'a1+.-b://ok',
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print('  ', s)
    print('  ', p.params and f'params={p.params!r}' or 'no params', p.path)
    print('  ', attrs(s))
    print('  ', s.geturl(), '|', p.geturl())

print(urlsplit('http://h/p#f', allow_fragments=False))
print(urlparse('http://h/p;a?q#f', allow_fragments=False))
print(urlsplit('//h/p', scheme='https'), urlsplit('h/p', 'x'))
print(urlparse('tel:123;phone-context=x'), urlparse('weird:123;x'))

# 3.12: leading C0 controls and spaces go, and tab/CR/LF go everywhere
print(urlsplit(' \x00\x1f\x08 https://exa\tmple.com/pa\nth?q\r=1 '))
print(urlsplit('https://h/', scheme='\x00 ftp\t '))

# ports and hostnames
for u in ['http://h:65535/', 'http://h:65536/', 'http://h:-1/', 'http://h:8x/', 'http://h: 8/',
          'http://h:\u0668/', 'http://[::1]:99999/', 'http://user:pa:ss@h']:
    print(u, attrs(urlsplit(u)))

# invalid netlocs
for u in ['http://[::1/', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[v7.x]/', 'http://[vz.x]/',
          'http://[not-ip]/', 'http://ex\u2100ample.com/', 'http://\uff03x/',
          'http://\u00e9xample.com/ok']:
    try:
        print(u, urlsplit(u))
    except ValueError as e:
        print(u, 'ValueError:', e)

# bytes
b = urlsplit(b'https://user@Host:81/p?q=1#f')
print(b, b.hostname, b.port, b.username, b.password)
print(urlparse(b'http://x/a;b'), b.geturl(), type(b).__name__)
print(b.decode(), b.decode().encode() == b)
print(urlsplit('http://h/\u00e9').encode('utf-8'))
try:
    urlsplit('http://h/\u00e9').encode()
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
for args in [(b'http://x', 'ftp'), ('http://x', b'ftp')]:
    try:
        urlsplit(*args)
    except TypeError as e:
        print('TypeError', e)
print(urlsplit(b'http://x', ''))
try:
    urlsplit(b'http://h/\xff')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)

# the result classes
s = urlsplit('http://h/p?q')
print(isinstance(s, tuple), isinstance(s, ResultBase), len(s), s[1], s._fields)
print(s._replace(scheme='https', query=''), s._replace(path='x').geturl())
print(SplitResult('a', 'b', 'c', 'd', 'e').geturl(), ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl())
print(SplitResultBytes(b'http', b'h', b'/', b'', b'').geturl())
print(ParseResultBytes(*[b''] * 6).geturl(), DefragResult('u', '').geturl(), DefragResult('u', 'f').geturl())
print(SplitResult[str], ParseResult.__mro__[1].__name__, hasattr(s, '__dict__'))
print(urlunsplit(['http', 'h', 'p', 'q', 'f']), urlunsplit(('', '', '//p', '', '')),
      urlunsplit(('http', '', '//p', '', '')), urlunsplit(('mailto', '', 'x@y', '', '')),
      urlunsplit(('file', '', '/tmp', '', '')), urlunsplit(('file', '', 'tmp', '', '')))
print(urlunparse(('http', 'h', '/p', 'a=1', 'q', '')), urlunparse((b'http', b'h', b'', b'', b'', b'')))
try:
    urlunsplit(('a', 'b', 'c'))
except ValueError as e:
    print('ValueError', e)

print('http' in up.uses_netloc, 'mailto' in up.uses_netloc, up.uses_relative[:4], len(up.uses_params))
print(up.scheme_chars, up.non_hierarchical[-2:], sorted(up.uses_query)[:3], up.uses_fragment[-1])
print(sorted(up.__all__))
up.clear_cache()
print(urlsplit('http://h/x') == ('http', 'h', '/x', '', ''))
