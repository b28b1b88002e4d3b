# pprint: long strings split at whitespace (at the top level, nested, multi-line), bytes and
# bytearray split every four bytes, and the library types pprint knows: OrderedDict, defaultdict,
# Counter, deque (with and without maxlen), ChainMap, UserDict/UserList/UserString, dataclasses,
# SimpleNamespace and mappingproxy, plus subclasses with their own __repr__.
import collections
import dataclasses
import pprint
import types

para = ('The quick brown fox jumps over the lazy dog while the cat watches from the '
        'windowsill, unimpressed by the whole affair and thinking about dinner.')
print(pprint.pformat(para, width=40))
print(pprint.pformat([para, 'short'], width=50))
print(pprint.pformat({'text': para}, width=45))
print(pprint.pformat('line one\nline two is a bit longer than the rest\nend\n', width=20))
print(pprint.pformat('x' * 50, width=20))
print(pprint.pformat('', width=1), pprint.pformat('  leading   spaces   here  ', width=12))

blob = bytes(range(40))
print(pprint.pformat(blob, width=30))
print(pprint.pformat([blob[:10], b'abc'], width=20))
print(pprint.pformat(bytearray(b'hello world, this is a bytearray'), width=25))
print(pprint.pformat(b'abcd', width=1))

od = collections.OrderedDict((name, len(name)) for name in ['zeta', 'alpha', 'mu', 'omicron', 'pi'])
print(pprint.pformat(od, width=30))
print(pprint.pformat(collections.OrderedDict(), width=1))
dd = collections.defaultdict(list)
for word in 'apple avocado banana blueberry cherry cranberry coconut'.split():
    dd[word[0]].append(word)
print(pprint.pformat(dd, width=40))
print(pprint.pformat(collections.defaultdict(int), width=1))
counts = collections.Counter('mississippi river banks')
print(pprint.pformat(counts, width=30))
print(pprint.pformat(collections.Counter(), width=1))
print(pprint.pformat(collections.deque(range(20)), width=30))
print(pprint.pformat(collections.deque(range(20), maxlen=25), width=30))
print(pprint.pformat(collections.deque(), width=1))
chain = collections.ChainMap({'debug': True, 'level': 3}, {'level': 1, 'name': 'defaults', 'path': '/etc/app'})
print(pprint.pformat(chain, width=40))
print(pprint.pformat(collections.UserDict({'b': list(range(12)), 'a': 1}), width=30))
print(pprint.pformat(collections.UserList(list(range(30))), width=40))
print(pprint.pformat(collections.UserString(para), width=40))

@dataclasses.dataclass
class Item:
    sku: str
    name: str
    price: float
    tags: list = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default='hidden', repr=False)

@dataclasses.dataclass
class Order:
    number: int
    items: list

order = Order(1001, [Item('A-1', 'Widget', 2.5, ['small', 'blue']), Item('B-22', 'Gadget with a long name', 19.99)])
print(pprint.pformat(order, width=60))
print(pprint.pformat(Item('C', 'tiny', 1.0), width=80))

@dataclasses.dataclass(repr=False)
class Quiet:
    value: int

print(pprint.pformat([Quiet(1)] * 3, width=20).count('Quiet object'))

ns = types.SimpleNamespace(host='localhost', port=8080, options={'retries': 3, 'timeout': 2.5, 'verbose': False})
print(pprint.pformat(ns, width=40))

class Settings(types.SimpleNamespace):
    pass

print(pprint.pformat(Settings(alpha=list(range(10)), beta='b'), width=30))
proxy = types.MappingProxyType({'x': list(range(10)), 'y': 'why'})
print(pprint.pformat(proxy, width=30))

class Registry(dict):
    pass

class Fancy(dict):
    def __repr__(self):
        return 'Fancy(%d keys)' % len(self)

print(pprint.pformat(Registry({i: 'v' * i for i in range(6)}), width=30))
print(pprint.pformat(Fancy({i: i for i in range(100)}), width=10))
print(pprint.pformat([Fancy(a=1), Registry(b=2)], width=10))
