# keyword (kwlist, softkwlist, iskeyword, issoftkeyword) and reprlib (size-limited reprs,
# recursive_repr).
import keyword
import reprlib

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print([w for w in ['if', 'match', 'print', 'None', 'async', 'type', '_', 'case'] if keyword.iskeyword(w)])
print([w for w in ['if', 'match', 'print', 'type', '_', 'case'] if keyword.issoftkeyword(w)])
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(set(range(20))))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(tuple('abcdefghij')), reprlib.repr((1,)))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(2 ** 200), reprlib.repr(frozenset('ab')), reprlib.repr(set()))
r = reprlib.Repr(maxlist=3, maxstring=10, maxlevel=2)
print(r.repr([1, 2, 3, 4, 5]), r.repr('abcdefghijklmnop'), r.repr([[1, [2, [3]]]]))
r2 = reprlib.Repr(indent=2, maxlevel=3)
print(r2.repr([1, [2, 3], {'a': 4}]))


class Tree:
    def __init__(self, name):
        self.name = name
        self.kids = []

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return f'Tree({self.name}, {self.kids})'


t = Tree('root')
t.kids.append(Tree('leaf'))
t.kids.append(t)
print(t, Tree.__repr__.__name__, Tree.__repr__.__qualname__)
t.kids.clear()


class Long:
    def __repr__(self):
        return 'L' * 50


print(reprlib.repr(Long()), reprlib.aRepr.maxother)
