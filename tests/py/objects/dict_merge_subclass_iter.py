# dict(x), d.update(x), {**x} and f(**x) for a dict subclass: one with its own __iter__ is merged
# through keys() and x[key] (as CPython's dict_merge does), one with only __getitem__ is copied as a dict.
import sys
from collections import OrderedDict
class It(dict):
    def __iter__(self):
        print('iter called'); return iter(['a'])
    def keys(self):
        print('keys called'); return ['a', 'b']
    def __getitem__(self, k):
        print('getitem', k); return k * 2
class Get(dict):
    def __getitem__(self, k):
        print('getitem', k); return 0
for src in (It(a=1, b=2), Get(a=1)):
    print(dict(src)); d = {}; d.update(src); print(d); print({**src})
    def f(**kw): return kw
    print(f(**src))
od = OrderedDict((str(i), i) for i in range(3))
print(sys.getsizeof(od.copy()), sys.getsizeof(od | {'z': 0}), sys.getsizeof(dict(od)), sys.getsizeof({**od}))
