# tomllib: invalid documents and CPython's exact TOMLDecodeError messages with their coordinates.
import tomllib

BAD = [
    'a = 1\nb = 2\na = 3\n',
    '[a]\n[a]\n',
    '[a]\nb = 1\n\n[a]\nc = 2\n',
    'a = {b = 1}\na.c = 2\n',
    'a = {b = 1}\n[a]\n',
    'a = [1]\n[[a]]\n',
    'a = [{b = 1}]\n[a.c]\n',
    'x.y = 1\n[x]\n',
    '[x]\ny.z = 1\n[x.y]\n',
    '[a]\nb.c = 1\n[a.b.d]\n',
    'a.b = 1\na.b.c = 2\n',
    '[[a]]\n[a]\n',
    'a = 1\n[a.b]\n',
    'a = 1\n[[a]]\n',
    'a = {x = 1, x = 2}\n',
    'a = {b.c = 1, b = 2}\n',
    'a = {b = [1], b.c = 2}\n',
    'a = {b = {c = 1}, b.d = 2}\n',
    'a = [1, 2\n',
    'a = [1 2]\n',
    'a = {b = 1,}\n',
    'a = {b = 1\n}\n',
    'a = {',
    'a = "unterminated\n',
    'a = "unterminated',
    'a = """\nnever closed',
    "a = 'never closed",
    "a = '''never closed",
    "a = 'ctrl\x01'\n",
    'a = "ctrl\x7f"\n',
    '# comment with \x00 nul\n',
    'a = 1979-02-30\n',
    'a = 2021-13-01\n',
    'a = \\x\n',
    'a = "\\x"\n',
    'a = "\\uD800"\n',
    'a = "\\U00110000"\n',
    'a = "\\u12"\n',
    'a = "\\',
    'a = """a \\  b"""\n',
    '= 1\n',
    'a b = 1\n',
    'a = 1 b = 2\n',
    'a = 1\rb = 2\n',
    '[a\n',
    '[a]]\n',
    '[[a]\n',
    '[]\n',
    '[a.]\n',
    'a = truee\n',
    'a = True\n',
    'a = 0x\n',
    'a = 01\n',
    'a = 1.\n',
    'a = .5\n',
    'a = 1e\n',
    'a = 1__0\n',
    'a = +0x10\n',
    'a = 12:30\n',
    't = 24:00:00\n',
    'a =\n',
    'a',
    '\ufeffa = 1\n',
    '   \n\n\t  a.b.c  ==  1',
    'key = "value"\n[tbl]\nkey.sub = 1\n[tbl.key]\n',
]

for doc in BAD:
    try:
        result = tomllib.loads(doc)
    except tomllib.TOMLDecodeError as e:
        print('%-40r %s' % (doc[:40], e))
        assert isinstance(e, ValueError) and e.args == (str(e),)
    else:
        print('%-40r parsed: %r' % (doc[:40], result))

# errors other than TOMLDecodeError
for arg in (b'a = 1', None):
    try:
        tomllib.loads(arg)
    except Exception as e:
        print(type(e).__name__, e)
try:
    tomllib.loads('a = 1', float)
except TypeError as e:
    print('TypeError', e)
try:
    tomllib.loads('a = 1', parse_int=int)
except TypeError as e:
    print('TypeError', e)
