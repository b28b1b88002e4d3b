# Recursion that passes through native code: 3.12 bounds Python frames by sys.getrecursionlimit() and
# native re-entry by a separate C budget (the eval loop's entry from native code costs two units, a
# class call through tp_call one more, a METH_O builtin call one, a vectorcall none). Each kind of
# unbounded recursion stops at CPython's depth with CPython's message, and again at the same depth the
# second time (the budget is balanced after each error). Each is run once first, unmeasured: CPython's
# first calls are not yet specialized, and its unspecialized calls of builtins cost a unit more.
import sys

depth = 0


def level():
    global depth
    depth += 1


class A:
    def __len__(s): level(); return len(A())
    def __abs__(s): level(); return abs(A())
    def __repr__(s): level(); return 'A(%r)' % (A(),)
    def __neg__(s): level(); return -A()
    def __getattr__(s, name): level(); return getattr(A(), 'zz')
    def meth(s): level(); return A().meth()
    def __iter__(s): level(); return iter(A())
    def __eq__(s, o): level(); return A() == o
    __hash__ = None


def via_len(): len(A())
def via_abs(): abs(A())
def via_repr(): repr(A())


def nested_list_repr():
    global depth
    x = []
    for depth in range(3000):
        x = [x]
    repr(x)

def via_neg(): -A()
def via_getattr(): A().zz
def via_method(): A().meth()
def via_iter(): iter(A())
def via_eq(): A() == 0
def via_sorted_key(): level(); return sorted([0], key=lambda k: via_sorted_key())
def via_max_key(): level(); return max([0], key=lambda k: via_max_key())
def via_map(x=0): level(); return list(map(via_map, [0]))


def via_next():
    def g():
        yield via_next()
    level()
    return next(g())


def via_for():
    def g():
        yield via_for()
    level()
    for x in g():
        return x


def via_exec(): level(); exec('via_exec()', {'via_exec': via_exec})


def via_class_body():
    level()

    class C:
        x = via_class_body()


class Callable:
    def __call__(s): level(); return Callable()()


def via_call(): Callable()()


class Init:
    def __init__(s): level(); s.x = Init()


def via_init(): Init()
def plain(): level(); return plain()


tests = [via_len, via_abs, via_repr, nested_list_repr, via_neg, via_getattr, via_method, via_iter, via_eq, via_sorted_key, via_max_key, via_map,
         via_next, via_for, via_exec, via_class_body, via_call, via_init, plain]
for limit in (1000, 3000):
    sys.setrecursionlimit(limit)
    # With the higher limit the C budget binds first; the message there is left out for exec and class
    # bodies, and sorted/max keys, where CPython's inner calls charge differently (docs/internals/eval.md).
    for t in tests if limit == 1000 else [t for t in tests if t not in (via_sorted_key, via_max_key, via_exec, via_class_body)]:
        seen = set()
        for i in range(3):
            depth = 0
            try:
                t()
            except RecursionError as e:
                if i > 0:
                    seen.add((depth, str(e)))
        print(limit, t.__name__, *sorted(seen))
sys.setrecursionlimit(1000)
