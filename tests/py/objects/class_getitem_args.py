# __class_getitem__ of the builtin generics is METH_O|METH_CLASS: its argument errors name the class.
import collections, types
for t in (list, dict, tuple, set, frozenset, enumerate, collections.deque, types.MappingProxyType):
    for args in ((), (1, 2)):
        try: t.__class_getitem__(*args)
        except TypeError as e: print(e)
    try: t.__class_getitem__(x=1)
    except TypeError as e: print(e)
print(list.__class_getitem__(int), list[int])
class L(list): pass
try: L.__class_getitem__()
except TypeError as e: print(e)
