# Builtin functions, bound builtin methods, method descriptors and slot wrappers reduce by name (a module's
# function to its name, the rest to getattr(owner, name)), so pickle and copy handle them; nested classes
# (pickled through getattr below protocol 4) and iterators (through iter) with them; builtin types'
# interned __module__ lets the memo write 'builtins' once.
import pickle, copy, sys
print(len.__reduce__(), [].append.__reduce__()[0].__name__, [].append.__reduce__()[1], sys.getrefcount.__reduce__())
print(list.append.__reduce__(), dict.fromkeys.__reduce__(), int.__add__.__reduce__(), (1).__add__.__reduce__())
import types
print(type(1).__dict__["__add__"].__reduce__())
for p in range(6):
    print(pickle.loads(pickle.dumps([len, list.append, int.__add__, sys.getsizeof], p)))
print(pickle.loads(pickle.dumps((1).__add__))(2), copy.deepcopy(len) is len)
class Outer:
    class Inner: pass
for p in range(5): print(pickle.loads(pickle.dumps(Outer.Inner, p)) is Outer.Inner)
print(pickle.loads(pickle.dumps(iter([1,2,3]))).__next__())
try: len.__reduce__(1)
except TypeError as e: print(e)
for p in range(6): print(pickle.dumps([NotImplemented, ..., int, object, str, len], p))
