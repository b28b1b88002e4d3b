# functools takes reduce and cmp_to_key from the C module _functools, as CPython 3.12's does:
# the functions belong to _functools (__module__, __self__), partial and _lru_cache_wrapper are
# functools' types reached from both modules, and the behaviour and errors are the C ones.
import functools
import _functools

for name in ("reduce", "cmp_to_key", "partial", "_lru_cache_wrapper"):
    obj = getattr(functools, name)
    print(name, obj.__module__, type(obj).__name__, obj is getattr(_functools, name))
print(functools.reduce.__self__.__name__, functools.cmp_to_key.__self__.__name__)
print(functools.reduce.__name__, functools.reduce.__qualname__)

print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 10))
for args in ((), (len,), (None, [1, 2]), (lambda a, b: a, [])):
    try:
        print(functools.reduce(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    functools.reduce(lambda a, b: a, [1], initial=0)
except TypeError as e:
    print("TypeError:", e)

key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
k1, k2 = key(1), key(2)
print(type(k1).__name__, type(k1).__module__, type(k1).__qualname__)
print(k1 < k2, k1 > k2, k1 == key(1), k1 <= k2, k2 >= k1)
print(sorted(["pear", "fig", "apple"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
for bad in (lambda: hash(k1), lambda: k1 < 3, lambda: functools.cmp_to_key()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
