# Set operations on dict keys/items views follow CPython's dictviews_{sub,or,xor} and
# _PyDictView_Intersect: the result is a copy of the left operand updated in place by the right one,
# so iteration order of the resulting sets matches CPython (order checked under PYTHONHASHSEED=0).
keys = ['k%d' % i for i in range(12)]
d = {k: i for i, k in enumerate(keys)}
others = [
    set(keys[3:9]) | {'x', 'y', 'z1'},
    {'k1', 'q'},
    ['k2', 'k5', 'new', 'k2'],
    set(),
    {'a' + str(i) for i in range(20)} | {'k0'},
    dict.fromkeys(['k4', 'zz']).keys(),
    frozenset(keys[::2]),
    (k for k in ['k3', 'gen']),
]
for o in others:
    if not isinstance(o, type(x for x in '')):
        print(d.keys() ^ o, d.keys() - o, d.keys() | o, d.keys() & o)
    else:
        print(d.keys() ^ o)
    if isinstance(o, (set, frozenset, type(d.keys()))):
        print(o ^ d.keys(), o - d.keys(), o | d.keys(), o & d.keys())
small = {'a': 1, 'b': 2, 'c': 3}
print(small.keys() ^ {'a', 'q'}, small.keys() - {'b'}, {'q', 'a'} ^ small.keys(), ['c', 'z'] - small.keys())
items = {(k, v) for k, v in list(d.items())[2:6]} | {('new', 1)}
print(d.items() ^ items, d.items() - items, d.items() & items, items - d.items(), items ^ d.items())
print(d.keys() ^ d.keys(), d.keys() ^ {'k1': 0, 'w': 1}.keys(), d.items() ^ {'k1': 1, 'w': 1}.items())
print({'a': 1, 'b': [2]}.items() ^ {'a': 1.0, 'b': [3], 'c': 0}.items() if False else '',
      {'a': 1, 'b': 2}.items() ^ {'a': 1.0, 'b': 3, 'c': 0}.items())
print(d.keys() & d.keys() == set(d), type(d.keys() | []).__name__, d.items() | {('k0', 0)} == set(d.items()))


class Loud(dict):
    def __iter__(self):
        print('  Loud.__iter__')
        return iter(sorted(super().keys(), reverse=True))


ld = Loud(b=1, a=2)
print({'a'} | ld.keys(), ld.keys() - {'a'})
for bad in [5, None, [[1]]]:
    for op in ['-', '|', '^', '&']:
        try:
            eval(f'd.keys() {op} bad')
            print(op, repr(bad), 'ok')
        except TypeError as e:
            print(op, repr(bad), 'TypeError:', e)
try:
    5 - d.keys()
except TypeError as e:
    print('TypeError:', e)
print(d.keys().isdisjoint(['zz']), d.items().isdisjoint([('k0', 0)]), d.keys() <= set(keys), d.keys() == set(keys))
