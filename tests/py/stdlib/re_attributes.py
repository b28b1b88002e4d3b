# re.Pattern and re.Match attributes are read-only (CPython's errors for members and getters),
# neither type can be subclassed, groupindex is a mapping view when there are named groups and an
# empty dict otherwise, dir() lists the public names only. Also: finditer returns a
# callable_iterator; re.escape's errors for objects that aren't bytes-like; bad flags; __all__.
import re

p = re.compile(r'(?P<first>a)(b)?')
m = p.match('ab')
for obj, names in ((p, ('pattern', 'flags', 'groups', 'groupindex')),
                   (m, ('string', 're', 'pos', 'endpos', 'lastindex', 'lastgroup', 'regs'))):
    for name in names:
        for action in (lambda: setattr(obj, name, 1), lambda: delattr(obj, name)):
            try:
                action()
            except AttributeError as e:
                print(name, 'AttributeError', str(e).replace("'re.", "'"))
print(p.pattern, p.flags, p.groups, m.pos, m.endpos, m.lastgroup)
print(re.compile(r'(?P<first>a)(b)?') is p)
for base in (re.Pattern, re.Match):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print('TypeError', e)
g = p.groupindex
print(type(g).__name__, dict(g), g['first'])
try:
    g['x'] = 1
except TypeError as e:
    print('TypeError', e)
empty = re.compile('(a)').groupindex
print(type(empty).__name__, empty, empty is not re.compile('(a)').groupindex)
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(m) if not n.startswith('__')])
it = re.finditer(r'\w+', 'ab cd ef')
print(type(it).__name__, iter(it) is it, next(it).group(), [x.span() for x in it], next(it, 'done'))
it = p.finditer('ab a x ab', 1)
print([x.groups() for x in it])
print(re.escape('a.b*c\t'), re.escape(b'a.b\xff'), re.escape(bytearray(b'x+y')), re.escape(memoryview(b'(z)')))
for bad in (3, None, ['a']):
    try:
        re.escape(bad)
    except TypeError as e:
        print('TypeError', e)
for flags in ('x', 1.5, None):
    try:
        re.compile('a', flags)
    except TypeError as e:
        print('TypeError', e)
print('template' in re.__all__, len(re.__all__))
