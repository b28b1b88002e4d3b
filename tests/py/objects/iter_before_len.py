# list(x), list.extend, tuple(x), dict.fromkeys(x) and dict(pairs) take x's iterator before asking its
# length (list_extend's length hint, once), and dict(pairs) asks for no length at all; an empty list
# gets exactly the hinted room (list(iter(range(10))) is as big as list(range(10))).
class X:
    def __len__(self): print('len'); return 2
    def __iter__(self): print('iter'); return iter([1, 2])
print(list(X()))
print(dict.fromkeys(X()))
l = []; l.extend(X()); print(l)
print(tuple(X()))
class M:
    def keys(self): print('keys'); return ['a']
    def __getitem__(self, k): print('getitem', k); return 1
    def __len__(self): print('mlen'); return 1
print(dict(M()))
class P:
    def __len__(self): print('plen'); return 1
    def __iter__(self): print('piter'); return iter([('k', 'v')])
print(dict(P()))
import sys
class X:
    def __len__(self): return 10
    def __iter__(self): return iter(range(10))
print(sys.getsizeof(list(range(10))), sys.getsizeof(list(X())), sys.getsizeof(list(iter(range(10)))))
l=[1]; l.extend(X()); print(sys.getsizeof(l))
