# weakref containers and WeakMethod beyond the basics: WeakMethod of a method whose __func__ is any
# callable (rebuilt with the method's own type), copy.copy/copy.deepcopy of WeakValueDictionary and
# WeakKeyDictionary (deepcopy keeps the subclass and shares the weakly held side), the | operators
# with a plain dict on either side, len() of a WeakKeyDictionary after explicit removals while an
# iteration holds dead entries back, WeakSet.__reduce__ and WeakSet[int], and the instance attributes.
import copy
import gc
import types
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'Obj({self.n})'

    def method(self):
        return self.n


class CallableThing:
    def __call__(self, *args):
        return ('called with', args)


o = Obj(1)
bound = types.MethodType(CallableThing(), o)
wm = weakref.WeakMethod(bound)
print(type(wm()).__name__, wm()() == ('called with', ()), weakref.WeakMethod.__slots__)
print(weakref.WeakMethod(o.method)() == o.method)

keep = [Obj(i) for i in range(4)]


class SubValues(weakref.WeakValueDictionary):
    pass


wv = SubValues(a=keep[0], b=keep[1])
shallow = copy.copy(wv)
deep = copy.deepcopy(wv)
print(type(shallow).__name__, type(deep).__name__, sorted(deep), deep['a'] is keep[0])
print(type(wv | {'c': keep[2]}).__name__, sorted({'c': keep[2]} | wv), wv.__ror__(5))
print(sorted(vars(wv)))


class SubKeys(weakref.WeakKeyDictionary):
    pass


wk = SubKeys({keep[0]: [0], keep[1]: [1]})
deep = copy.deepcopy(wk)
print(type(copy.copy(wk)).__name__, type(deep).__name__, deep[keep[0]], deep[keep[0]] is wk[keep[0]])
merged = {keep[2]: 'plain'} | wk
print(type(merged).__name__, sorted(merged.values(), key=str))
print(sorted(vars(wk)))

# dead entries held back by a running iteration, then explicit removals: len stays right
temp = [Obj(10 + i) for i in range(4)]
wk2 = weakref.WeakKeyDictionary((t, t.n) for t in temp)
wk2[keep[3]] = 3
it = iter(wk2.items())
next(it)
del temp[:]
gc.collect()
print('len while iterating', len(wk2))
wk2.pop(keep[3])
print('len after pop', len(wk2))
del it
gc.collect()
print('len after iteration', len(wk2), list(wk2.items()))

ws = weakref.WeakSet(keep[:2])
cls, args, state = ws.__reduce__()
print(cls.__name__, sorted(args[0], key=repr), sorted(state), weakref.WeakSet[int].__args__)
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print('KeyError', e, e.__suppress_context__)
