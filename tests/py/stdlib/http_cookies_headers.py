# http.cookies: a web app's session cookies: parsing Cookie request headers (quoted values,
# $-attributes, invalid headers ignored as a whole), building Set-Cookie headers with attributes,
# quoting rules both ways, js_output, Morsel's API and CookieError messages, BaseCookie vs
# SimpleCookie.
import pickle
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError
import http.cookies as hc

# a browser's Cookie header
c = SimpleCookie('session=abc123; theme="dark mode"; cart="a\\"b\\\\c\\054d"; lang=fr-CH')
print(repr(c))
for name, m in c.items():
    print(name, repr(m.value), repr(m.coded_value), m.key)
print(c.output())
print(c.output(header='Cookie:', sep='; '))
print(c['theme'].output(attrs=[]), str(c['lang']))

# Set-Cookie headers with attributes
resp = SimpleCookie()
resp['sid'] = 'x9f'
resp['sid']['path'] = '/'
resp['sid']['domain'] = '.example.com'
resp['sid']['max-age'] = 3600
resp['sid']['secure'] = True
resp['sid']['httponly'] = True
resp['sid']['samesite'] = 'Lax'
resp['sid']['comment'] = 'session id; keep'
resp['sid']['version'] = 1
resp['prefs'] = {'a': 1}
resp['n'] = 42
resp['empty'] = ''
resp['msg'] = 'hello, world; "quoted" \\ caf\u00e9 \x7f'
print(resp.output())
print(resp['sid'].OutputString(['path', 'httponly']), '|', resp['sid'].OutputString(()))
print(repr(resp['msg']), resp['msg'].coded_value)
print(resp['sid'].js_output(['path']))
print(repr(SimpleCookie('a=1; b=2').js_output()))
back = SimpleCookie(resp.output(header='').replace('\r\n', ';'))
print(repr(back))

# Set-Cookie header values as a server would send them back
for header in ['id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; HttpOnly',
               'qwerty=219ffwef9w0f; Domain=somecompany.co.uk; Path=/; Max-Age=60',
               '$Version=1; Customer="WILE_E_COYOTE"; $Path="/acme"; Part_Number="Rocket_0001"',
               'keebler="E=mc2; L=\\"Loves\\"; fudge=\\012;"',
               'a=1; b; c=3', 'path=/; a=1', 'a=1; secure=maybe; httponly', 'a=[1]; b={x}; c=(y)',
               'a=1 b=2', '  spaced = value  ;other=x', 'x=\\u00e9', 'bad key=1', 'a=1; expires',
               'a=1; Max-Age=5; max-age=9; PATH=/p', 'a=\u00e9', '', 'a="unterminated; b=2']:
    got = SimpleCookie()
    got.load(header)
    print(repr(header), '->', repr(got), [sorted((k, v) for k, v in m.items() if v) for m in got.values()])

# quoting
for value in ['plain', 'with space', 'semi;colon', 'comma,', 'quote"', 'back\\slash', 'tab\t',
              'new\nline', 'caf\u00e9', '\x00\x1f\x7f\xff', "!#$%&'*+-.^_`|~:", '()/<=>?@[]{}', '']:
    q = hc._quote(value)
    print(repr(value), q, hc._unquote(q) == value)
print(hc._unquote('"\\101\\x\\\\"'), hc._unquote('"a'), hc._unquote('x"'), hc._unquote('"'), hc._unquote(None))

# BaseCookie keeps values as they are
b = BaseCookie('k="quoted value"; n=1')
b['new'] = 'needs quoting?'
print(repr(b), b.output())
print(b.value_encode(5), b.value_decode('"x"'), SimpleCookie().value_decode('"x"'), SimpleCookie().value_encode(7))
b.load({'d1': 'v1', 'd2': 2})
print(sorted(b))

# Morsel
m = Morsel()
print(m.key, m.value, m.coded_value, sorted(m), m.isReservedKey('Max-Age'), m.isReservedKey('foo'))
m.set('token', 'v a', '"v a"')
m['Path'] = '/x'
m.update({'DOMAIN': 'd', 'secure': 1})
print(m.output(), repr(m), m.setdefault('comment', 'c'), m['comment'], m.setdefault('Path', 'no'))
for action in [lambda: m.__setitem__('foo', 1), lambda: m.setdefault('bar'), lambda: m.update({'baz': 1}),
               lambda: m.set('expires', 'v', 'v'), lambda: m.set('bad key', 'v', 'v'),
               lambda: m.set('k\u00e9', 'v', 'v'), lambda: setattr(m, 'key', 'x'),
               lambda: SimpleCookie().__setitem__('a b', 'x'), lambda: SimpleCookie().__setitem__('Path', 'x')]:
    try:
        action()
        print('no error')
    except (CookieError, AttributeError) as e:
        print(type(e).__name__, e)
twin = m.copy()
print(twin == m, twin is m, type(twin).__name__, twin.value, m != twin, m == 'x')
twin['path'] = '/other'
print(twin == m, m['path'])
m2 = pickle.loads(pickle.dumps(m))
print(m2 == m, m2.output(), m.__getstate__())
jar = pickle.loads(pickle.dumps(resp))
print(jar.output() == resp.output(), type(jar['sid']).__name__)
print(Morsel[str], SimpleCookie.__mro__[1:], isinstance(CookieError(), Exception))
print(sorted(hc.__all__), hc._LegalChars[-20:], len(hc._Translator), hc._Translator[ord('"')])
