# types.SimpleNamespace: repr (str keys only, recursion, subclasses), equality by __dict__ and the
# dict comparison for other operators, unhashable, positional-argument error, pickling and copying,
# attribute deletion, __reduce__, and sys.implementation being one.
import types, sys, pickle, copy
n = types.SimpleNamespace(b=1, a=[2])
n.__dict__[1] = 5
print(n, types.SimpleNamespace, types.SimpleNamespace.__module__, types.SimpleNamespace.__name__)
n.self = n
print(n)
print(n == types.SimpleNamespace(b=1), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))
for f in [lambda: hash(n), lambda: n < n, lambda: types.SimpleNamespace(1), lambda: n.zz]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
class S(types.SimpleNamespace): pass
s = S(x=1)
print(s, s == types.SimpleNamespace(x=1))
print(pickle.loads(pickle.dumps(types.SimpleNamespace(q=3))), copy.deepcopy(s))
print(type(sys.implementation).__name__, sys.implementation.name in ('cpython', 'immortal'), sorted(vars(sys.implementation)))
del s.x
print(s, vars(s))
print(types.SimpleNamespace(x=1).__reduce__())
