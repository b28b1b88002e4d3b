# copy.deepcopy through __reduce_ex__: each constructor argument is deep-copied on its own (the
# argument tuple itself is not memoized), the state and list/dict items are; sets and frozensets
# go through their __reduce__ like other objects. Printed: what the memo holds afterwards (types
# only) and the originals kept alive under id(memo). Also copy.Error messages and the dispatch tables.
import copy


class Rebuilt:
    def __init__(self, *args):
        self.args = args

    def __reduce_ex__(self, protocol):
        return (Rebuilt, ([1], (2, [3])), {'state': [4]}, iter([[5]]), iter([('k', [6])]))

    def append(self, item):
        self.args += (item,)

    def __setitem__(self, key, value):
        self.args += ((key, value),)


def memo_summary(memo):
    kept = memo.get(id(memo), [])
    values = sorted(type(v).__name__ for k, v in memo.items() if k != id(memo))
    return values, [type(x).__name__ for x in kept]


for original in (Rebuilt(), {(1, 2), 'x'}, frozenset({(1, (2,))}), [[1], ([2],)]):
    memo = {}
    result = copy.deepcopy(original, memo)
    print(type(result).__name__, *memo_summary(memo))

r = copy.deepcopy(Rebuilt())
print(r.args, r.state)


class NoWay:
    __reduce_ex__ = None
    __reduce__ = None


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(NoWay())
    except copy.Error as e:
        print(e)

print(sorted(t.__name__ for t in copy._copy_dispatch))
print(sorted(t.__name__ for t in copy._deepcopy_dispatch))
