# The batch operations and the Match type: findall/finditer/sub/subn/split over str, bytes and other
# bytes-like subjects, pos/endpos clamping and __index__, negative counts, callables that use re
# themselves, laziness of finditer, Match type checks and argument errors.
import re


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


p = re.compile(r'(\w)(\d)?')
print(p.findall('a1 b c2', Idx(1), Idx(6)), p.findall("a1 b c2", -10, 2 ** 62))
try:
    p.search("a", 0, 2 ** 63)
except OverflowError as e:
    print("OverflowError:", e)
print([m.span() for m in p.finditer('a1 b c2', 2)], p.search('a1', endpos=Idx(1)))
print(re.findall(b'(.)(.)?', bytearray(b'abc')), re.findall(b'b', memoryview(b'abba')))
print(re.sub(b'a', b'<\\g<0>>', bytearray(b'banana')), re.split(b',', memoryview(b'x,y')))
print(re.findall(r'', 'abc'), re.findall(r'\b', 'ab cd'), re.findall(r'x*', 'axxb'))
print(re.split(r'x*', 'axxb'), re.split(r'(x)|(y)', 'axbyc'), re.split(r'\s', 'a b c', maxsplit=1))
print(re.split(',', 'a,b,c', maxsplit=-1), re.sub(',', ';', 'a,b', count=-3), re.subn(',', ';', 'a,b,c', 1))
print(re.sub('(a)|(b)', r'[\1|\2]', 'abc'), re.sub('', '-', 'ab'), re.subn('x*', '-', 'abxd'))

# A callable replacement may use re itself (the engine state is per call).
def repl(m):
    inner = re.sub(r'\d', lambda d: str(int(d.group()) + 1), m.group())
    return inner.upper() + str(len(re.findall('.', m.group())))

print(re.sub(r'[a-z]+\d*', repl, 'ab1 cd23 e'))
print(re.sub('a', lambda m: None, 'banana'), re.subn('n', lambda m: m.re.pattern * 2, 'banana'))
try:
    re.sub('a', lambda m: 1, 'xa')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub(b'a', lambda m: 'x', b'a')
except TypeError as e:
    print('TypeError:', e)

# finditer is lazy: stopping early is cheap, and the matches come in order.
it = re.finditer(r'\d', '0123456789' * 1000)
print(type(it).__name__ in ('generator', 'callable_iterator'), [next(it).group() for _ in range(5)])
count = 0
for m in re.finditer(r'\w+', 'word ' * 5000):
    count += 1
    if count == 3000:
        break
print(count, m.span(), m.string[:5], m.pos, m.endpos)
print(len(list(re.finditer(r'(?=a)|b', 'ab' * 100))), sum(1 for _ in re.finditer('', 'x' * 300)))

# The Match type.
m = re.match(r'(?P<first>\w+) (?P<last>\w+)?', 'Ada  ')
print(type(m) is re.Match, isinstance(m, re.Match), type(m).__name__, repr(type(m)))
print(m.groupdict(), m.groupdict('-'), m.groups(default=0), m.lastgroup, m.lastindex, m.regs)
print(m.span('last'), m.start(1), m.end('first'), m[1], m['first'], m.group(True))
for args in [(), (1, 2)]:
    try:
        print(m.start(*args))
    except TypeError as e:
        print('TypeError:', e)
for bad in [Idx(5), 'nope', 1.0, -1, 10 ** 20]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError:', e)
print(m.group(Idx(1)), m.span(Idx(0)))
try:
    m.groups(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    m.groups(nope=1)
except TypeError as e:
    print('TypeError:', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError:', e)
print(repr(re.search('x+', 'a' + 'x' * 80))[:70])
print(repr(re.search(b'x', b'axb')), repr(re.search('(é)(€)?', 'é')))
try:
    m.foo = 1
except AttributeError:
    print('AttributeError')
print(m.expand(r'\g<last>/\g<first>/\1'), re.match('(a)?b', 'b').expand(r'[\1]'))
for f in [lambda: m.groupdict(1, 2), lambda: m.groupdict(x=1), lambda: m.span(group=0),
          lambda: m.group(x=1), lambda: m.groups(default=1, x=2)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(m.groupdict(default='?'), re.match('(?P<b>x)(?P<a>y)?', 'x').groupdict())
print(re.Match[str], re.Pattern[bytes], re.Match.__module__, hasattr(m, '__dict__'))
for f in [lambda: re.sub('a', 'b', 'aaa', count=1.5), lambda: re.sub('a', 'b', 'aaa', count=Idx(1)),
          lambda: re.split('a', 'bab', maxsplit='x'), lambda: re.subn('a', lambda m: 'c', 'aaa', Idx(2)),
          lambda: re.split('a', 'bab', 2 ** 70), lambda: re.sub('a', 'b', 'aaa', -2 ** 70)]:
    try:
        print(f())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# Templates of the other type than the pattern: CPython's join errors (item numbers included).
for f in [lambda: re.sub('a', b'b', 'xaa'), lambda: re.sub('a', b'\\n', 'xa'), lambda: re.sub(b'a', 'b', b'xa'),
          lambda: re.sub('a', bytearray(b'b'), 'xa'), lambda: re.sub('a', 5, 'xa'), lambda: re.sub(b'a', 5, b'xa'),
          lambda: re.sub('(a)', b'\\1', 'xa'), lambda: re.match('(a)', 'a').expand(b'\\1'),
          lambda: re.sub('a', b'b', 'bbb'), lambda: re.sub(b'a', bytearray(b'q'), b'xa'),
          lambda: re.sub(b'a', memoryview(b'q'), b'xa'), lambda: re.match('(a)', 'a').expand(b'x')]:
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError:', e)
