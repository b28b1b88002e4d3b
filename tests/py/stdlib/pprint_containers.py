# pprint: pformat/pprint/pp of nested dicts, lists, tuples, sets and frozensets at several widths,
# indents and depths, compact packing, sort_dicts, underscore_numbers, recursion markers, saferepr,
# isreadable/isrecursive, a stream argument, and the constructor's argument errors.
# immortal-test: cycles
import io
import pprint

config = {
    'name': 'inventory-service',
    'version': (2, 14, 7),
    'replicas': 3,
    'endpoints': ['/items', '/items/{id}', '/health', '/metrics', '/admin/reindex'],
    'limits': {'cpu': 1.5, 'memory': 2048, 'burst': {'window': 30, 'max': 1200}},
    'tags': set(['prod', 'eu-west', 'critical']),
    'owners': frozenset(['ops', 'inventory']),
    'flags': None,
}

pprint.pprint(config)
print(pprint.pformat(config, width=40))
print(pprint.pformat(config, indent=4, width=60))
print(pprint.pformat(config, depth=2))
print(pprint.pformat(config, sort_dicts=False, width=50))
pprint.pp(config, width=70)

numbers = list(range(0, 400, 7))
print(pprint.pformat(numbers, width=50))
print(pprint.pformat(numbers, width=50, compact=True))
print(pprint.pformat([[i * j for j in range(8)] for i in range(6)], width=30, compact=True))
print(pprint.pformat((1,), width=1), pprint.pformat((), width=1), pprint.pformat([], width=1))
print(pprint.pformat(((1, 2), [3, 4], {5: 6}), width=8))
print(pprint.pformat({'big': 12345678901234, 'neg': -9876543}, underscore_numbers=True))
print(pprint.pformat([10**12, 3.5, True], underscore_numbers=True, width=12))
print(pprint.pformat({3: 'c', 1: 'a', 'x': 2, (1, 2): None}, width=20))
print(pprint.pformat(set([1, 'a', 2.5, (3,)]), width=10))
print(pprint.pformat(set(), width=1), pprint.pformat(frozenset(), width=1))
print(pprint.pformat(frozenset(range(30)), width=40))

# recursion
loop = [1, 2]
loop.append(loop)
text = pprint.pformat(loop)
print(text.startswith('[1, 2, <Recursion on list with id='), text.endswith('>]'))
table = {'self': None}
table['self'] = table
print(pprint.saferepr(table).split(' with id=')[0])
print(pprint.isrecursive(loop), pprint.isrecursive(config))
print(pprint.isreadable(config), pprint.isreadable([object]), pprint.isreadable(loop))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
printer = pprint.PrettyPrinter(depth=1)
print(printer.pformat([1, [2, [3]], {'k': {}}]), printer.isreadable([1, [2]]), printer.isrecursive(loop))

# stream and width handling
out = io.StringIO()
pprint.pprint({'k%d' % i: list(range(i)) for i in range(6)}, stream=out, width=30)
print(out.getvalue(), end='')
printer = pprint.PrettyPrinter(width=25, indent=2, stream=out)
printer.pprint(['alpha', 'beta', 'gamma', 'delta', 'epsilon'])
print(out.getvalue().splitlines()[-3:])

class Point(tuple):
    def __repr__(self):
        return 'Point' + tuple.__repr__(self)

print(pprint.pformat([Point((1, 2)), Point((3, 4))] * 4, width=30))

for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    pprint.pformat(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError:', e)
