# collections.OrderedDict: an LRU cache built on move_to_end/popitem(last=False), order-sensitive
# equality, views, reprs; ChainMap for layered configuration.
from collections import OrderedDict, ChainMap


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print('evict', evicted)


cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
print(cache.get('a'))
cache.put('c', 3)
print(cache.get('b'), cache.data)
cache.put('a', 10)
cache.put('d', 4)
print(list(cache.data.items()))

od = OrderedDict.fromkeys('abcde', 0)
od.move_to_end('b')
od.move_to_end('e', last=False)
print(od, list(od), list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(a=1).keys(), OrderedDict(a=1).values(), OrderedDict(a=1).items(), OrderedDict())
print(OrderedDict([('x', 1)]) | {'y': 2}, OrderedDict(z=0).copy(), isinstance(od, dict))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError:', e)

defaults = {'theme': 'light', 'lang': 'en', 'size': 12}
user = {'theme': 'dark'}
session = {}
cfg = ChainMap(session, user, defaults)
print(cfg['theme'], cfg['lang'], len(cfg), sorted(cfg), cfg.get('nope', '-'))
cfg['size'] = 14
print(session, defaults['size'], cfg.maps[0] is session)
child = cfg.new_child({'lang': 'fr'})
print(child['lang'], child.parents['lang'], child)
del cfg['size']
try:
    del cfg['theme']
except KeyError as e:
    print('KeyError:', e)
print(dict(cfg), 'theme' in cfg, ChainMap())
