# urllib.parse percent-encoding and query strings: quote/quote_plus/quote_from_bytes, the unquote
# family with encodings and broken escapes, urlencode (doseq, safe, quote_via, bytes), parse_qs and
# parse_qsl with every keyword and their error messages, and form round trips.
import warnings
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl, urlsplit)
import urllib.parse as up

samples = ['abc def', 'a/b?c=d&e#f', '~user_name-1.0', 'caf\u00e9', '\u65e5\u672c', '100%', 'a+b',
           "!$&'()*+,;=:@", '', ' ', '\U0001f600', '\x00\x7f']
for s in samples:
    print(repr(s), quote(s), quote(s, safe=''), quote(s, safe="/:@!$&'()*+,;="), quote_plus(s),
          quote_plus(s, safe='/+'))
print(quote('caf\u00e9', encoding='latin-1'), quote('\u20ac', encoding='ascii', errors='replace'),
      quote('\u20ac', encoding='cp1252'), quote(b'a b\xff'), quote(bytearray(b'/x y')),
      quote('a b', safe=b' '), quote(b'a b', safe=' '), quote('x\u00e9', safe='\u00e9'))
print(quote_plus(b'a b+c'), quote_plus(b'ab'), quote_plus('a b', safe=b'+'))
print(quote_from_bytes(b'abc def\x3f'), quote_from_bytes(b''), quote_from_bytes(b'a/b', safe=b''),
      quote_from_bytes(bytearray(b'\x80'), safe='\x80'), quote_from_bytes(b'~' * 3))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
            lambda: quote_from_bytes('str'), lambda: quote(None), lambda: quote(5),
            lambda: quote('\u20ac', encoding='ascii')]:
    try:
        print(bad())
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)

enc = ['abc%20def', '%7e/abc+def', 'caf%C3%A9', 'caf%E9', '%E6%97%A5%E6%9C%AC', '%', '%2', '%zz%41',
       '%%41', 'no escapes', '\u00e9%C3%A9\u00e9%41', '%C3', '%C3%28', '%f0%9f%98%80', '%00x', '']
for s in enc:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s),
          repr(unquote(s, 'latin-1')), repr(unquote(s, errors='ignore')))
print(unquote(b'a%20b'), unquote(b'%e9', 'latin-1'), unquote('%e9', encoding=None, errors=None),
      unquote_to_bytes(b'a%2fb'), unquote_to_bytes('\u00e9%41'), unquote_to_bytes(b''))
try:
    unquote('%E9', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
for bad in [lambda: unquote(None), lambda: unquote_to_bytes(None), lambda: unquote_to_bytes(0),
            lambda: unquote_plus(b'a+b')]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# urlencode
print(urlencode({'q': 'python urllib', 'page': 2, 'lang': 'fr'}))
print(urlencode([('a', 1), ('a', 2), ('b', 'x&y'), ('c', None), ('d', True), ('e', 1.5)]))
print(urlencode({'tags': ['a', 'b c'], 'id': (1, 2)}))
print(urlencode({'tags': ['a', 'b c'], 'id': (1, 2), 'one': 'xyz', 'n': 5, 'b': b'by tes',
                 'set': {9}, 'none': None}, doseq=True))
print(urlencode({'path': '/a b/c', 'k': 'v~'}, safe='/'), urlencode({'k': 'a b'}, quote_via=quote))
print(urlencode({b'k\xff': b'v\xfe', 'u': '\u00e9'}), urlencode({'u': '\u00e9'}, encoding='latin-1'))
print(urlencode({'u': '\u20ac'}, encoding='ascii', errors='xmlcharrefreplace'), urlencode([]),
      urlencode({}), urlencode(()), repr(urlencode({'': ''})))
for bad in ['abc', [1, 2], 5, [['a', 1]], None]:
    try:
        print(urlencode(bad))
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)

# parse_qs / parse_qsl
qs = 'a=1&b=2&a=3&c=&d&=e&f=%20x+y&g=%E9&&h=1=2'
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, True))
print(parse_qsl(qs, encoding='latin-1'), parse_qsl('g=%E9', errors='strict' != 'x' and 'ignore'))
print(parse_qsl('a=1;b=2&c=3', separator=';'), parse_qsl('a=1;b=2', separator=b';'),
      parse_qsl(b'a=1;b=2', separator=';'), parse_qsl('a=1::b=2', separator='::'))
print(parse_qsl(b'x=%41+b&y'), parse_qsl(b'x=1&y', keep_blank_values=True), parse_qs(b'k=v&k=w'))
print(parse_qsl(''), parse_qs(''), parse_qsl('&&&'), parse_qsl('=', True), parse_qsl('a=1', max_num_fields=1))
for kwargs in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator=''),
               dict(separator=None), dict(separator=5)]:
    for q in ['a=1&b', 'a=1&&b=2', 'a=1&b=2&c=3']:
        try:
            print(kwargs, q, parse_qsl(q, **kwargs))
        except (ValueError, AttributeError) as e:
            print(kwargs, q, type(e).__name__, e)
try:
    parse_qsl(b'g=%C3%A9')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
try:
    parse_qsl('a=1&b=2', separator=b'&'.decode('ascii').encode())
except TypeError as e:
    print('TypeError', e)

# a form posted and read back
form = {'name': 'Zo\u00eb O\'Brien', 'email': 'zoe+news@example.com', 'bio': 'Likes 100% cotton & tea\n',
        'langs': ['python', 'c++'], 'age': 31}
body = urlencode(form, doseq=True)
print(body)
back = parse_qs(body)
print(back)
print(all(back[k] == (v if isinstance(v, list) else [str(v)]) for k, v in form.items()))
url = 'https://example.com/search?' + urlencode({'q': 'a&b=c', 'x': ''})
print(url, parse_qs(urlsplit(url).query, keep_blank_values=True))

# the deprecated helpers
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(up.splittype('HTTP://h/p'), up.splithost('//h:80/p'), up.splithost('//h?q'), up.splituser('u:p@h'),
          up.splitpasswd('u:p'), up.splitport('h:80'), up.splitport('h:'), up.splitport('h:x'),
          up.splitnport('h:80'), up.splitnport('h:x'), up.splitnport('h', 21), up.splitnport('h:', 7),
          up.splitquery('/p?a?b'), up.splittag('/p#t'), up.splitattr('/p;a=1;b'), up.splitvalue('a=1'),
          up.splitvalue('a'), up.to_bytes('abc'), up.unwrap(' <URL:http://h/> '), up.unwrap('<x>'))
    print(type(up.Quoter).__name__, up.Quoter.__name__)
for w in caught:
    print(w.category.__name__, w.message)
try:
    up._to_bytes('\u00e9')
except UnicodeError as e:
    print('UnicodeError', e)
try:
    up.nonexistent
except AttributeError as e:
    print(e)
