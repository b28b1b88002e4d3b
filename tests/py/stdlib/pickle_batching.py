# Batching of list and dict subclasses (pickled through their iterators): MARK ... APPENDS/SETITEMS batches of
# 1000, a lone last item with APPEND/SETITEM, one item at a time in protocol 0, sizes and byte sums per protocol,
# and the check that a dictitems iterator gives pairs.
import pickle
class L(list): pass
class D(dict): pass
for n in (0, 1, 2, 999, 1000, 1001, 2500):
    for p in range(6):
        a = pickle.dumps(L(range(n)), p); b = pickle.dumps(D((i, i) for i in range(n)), p)
        print(n, p, len(a), len(b), sum(a) % 100003, sum(b) % 100003, pickle.loads(a) == list(range(n)))
class Bad:
    def __reduce__(self): return (dict, (), None, None, iter([1]))
for p in (0, 2):
    try: pickle.dumps(Bad(), p)
    except TypeError as e: print(e)
