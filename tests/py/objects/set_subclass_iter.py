# Sets take their fast paths only for exact list/tuple/str/dict arguments (and any set): a subclass
# that overrides __iter__ is iterated through it by set(), frozenset(), update/union/intersection/
# difference/symmetric_difference/issubset and the operators; a set subclass is merged directly.
class D(dict):
    def __iter__(self):
        print('iter'); return super().__iter__()
print(set().union(D(a=1)), end=' '); s = set(); s.update(D(b=2)); print(s)
print(set(D(c=3)), frozenset(D(d=4)))
print(set([1]) | set(D(e=5)))
print(set([1]).issubset(D(a=1)), set([1]).intersection(D(a=1)), set([1]).difference(D(a=1)), set([1]).symmetric_difference(D(a=1)))
class L(list):
    def __iter__(self): print("liter"); return iter([9])
print(set(L([1])), set([1]).union(L([1])))
class T(tuple):
    def __iter__(self):
        print('titer'); return iter(('t',))
class U(str):
    def __iter__(self):
        print('uiter'); return iter(['u'])
class SS(set):
    def __iter__(self):
        print('never'); return iter([])
print(sorted(set(T((1, 2)))), sorted(set(U('ab'))), sorted(set().union(SS({7}))))
s = {1}
s |= SS({8}); s.update(T(())); s.difference_update(U('x'))
print(sorted(s, key=str))
print(frozenset(T((1,))) == {'t'}, {1, 2}.isdisjoint(T((1,))), {'t'}.issuperset(T(())))
