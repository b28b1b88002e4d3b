# __reduce__ and __setstate__ of the builtin sequence iterators (list, reversed list, tuple, str, bytes,
# range): the state while the sequence is held and once exhausted, clamping of the restored index, and
# copy.deepcopy / copy.copy of a partly consumed iterator.
import copy
def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])
for mk in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter("héllo"), lambda: iter(range(2, 20, 3)), lambda: reversed([1, 2, 3]), lambda: iter(b"ab")):
    it = mk(); show(it); next(it); show(it)
    for _ in it: pass
    show(it)
it = iter([1, 2, 3, 4]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3, 4]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3, 4]); it.__setstate__(10); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(1); print(list(it))
it = iter("abcd"); it.__setstate__(3); print(list(it))
it = iter(range(10)); it.__setstate__(7); print(list(it))
r = reversed([1, 2, 3, 4]); r.__setstate__(1); print(list(r))
r = reversed([1, 2, 3, 4]); r.__setstate__(10); print(list(r))
it = iter([1, 2, 3]); next(it); c = copy.deepcopy(it); print(list(c), list(it))
try: iter([1]).__setstate__("x")
except TypeError as e: print("TypeError", e)
s = iter("abc"); next(s)
print(list(copy.copy(s)), list(s))
r = iter(range(0, 30, 7)); next(r)
print(list(copy.deepcopy(r)), list(r))
state = [iter([10, 20, 30]), iter((1, 2))]
next(state[0])
dup = copy.deepcopy(state)
print([list(x) for x in dup], [list(x) for x in state])
