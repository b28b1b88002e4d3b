# OrderedDict's iterators: one odict_iterator type; adding, removing or moving a key while iterating is
# 'OrderedDict mutated during iteration', replacing a value is not; reversed() of dicts and views.
from collections import OrderedDict
od = OrderedDict.fromkeys('abcde')
try:
    for k in od:
        if k == 'b': od['z'] = 1
except RuntimeError as e: print('1', e)
od = OrderedDict.fromkeys('abcde')
try:
    for k in od:
        if k == 'b': od.move_to_end('a')
except RuntimeError as e: print('2', e)
od = OrderedDict.fromkeys('abcde')
try:
    for k in od:
        if k == 'b': del od['a']; od['a']=1
except RuntimeError as e: print('3', e)
od = OrderedDict.fromkeys('abcde')
try:
    for k in od.items():
        if k[0] == 'b': od.move_to_end('a')
except RuntimeError as e: print('4', e)
od = OrderedDict.fromkeys('abcde')
try:
    for k in reversed(od):
        if k == 'b': od['q']=2
except RuntimeError as e: print('5', e)
od = OrderedDict.fromkeys('abcde')
it = iter(od); next(it); od['b'] = 5; print(list(it))
od = OrderedDict.fromkeys('abcde')
it = iter(od); next(it); od.popitem(); 
try: print(list(it))
except RuntimeError as e: print('6', e)
od = OrderedDict((i, i*i) for i in range(6))
print(type(iter(od)).__name__, type(reversed(od)).__name__, type(iter(od.values())).__name__, type(iter(od.items())).__name__, type(reversed(od.items())).__name__)
print(list(reversed(od)), list(reversed(od.values())), list(reversed(od.items())))
del od[3]; print(list(od), list(reversed(od)))
d = {i: i for i in range(10)}
for i in range(0, 10, 2): del d[i]
print(list(reversed(d)), list(reversed(d.items())))
it = reversed(d); next(it); d[1]=5; print(list(it))
it = reversed(d); next(it); del d[1]
try: next(it)
except RuntimeError as e: print(e)
od = OrderedDict(a=1); it = iter(od); od['a'] = 2; print(list(it))
import pickle; od = OrderedDict.fromkeys('xyz'); it = iter(od); next(it); print(list(pickle.loads(pickle.dumps(it))))
ts = [type(iter(od)), type(reversed(od)), type(iter(od.values())), type(iter(od.items())), type(reversed(od.items()))]
print([t.__qualname__ for t in ts], len(set(ts)), ts[0] is ts[2])
print(sorted(set(dir(ts[0])) - set(dir(object))))
it = iter(od); next(it); print(it.__reduce__())
it = reversed(od.items()); next(it); print(it.__reduce__())
big = {i: i for i in range(20000)}
for i in range(0, 20000, 3): del big[i]
print(sum(reversed(big)), next(reversed(big.items())))
lru = OrderedDict()
for i in range(50):
    k = i * 7 % 11
    if k in lru: lru.move_to_end(k)
    lru[k] = i
    if len(lru) > 5: lru.popitem(last=False)
print(list(lru.items()), list(reversed(lru.values())))
