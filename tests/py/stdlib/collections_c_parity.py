# Details where collections follows CPython's C code or its exact library calls: Counter.elements()
# is an itertools.chain (lazy); Counter.most_common(n) with an n that is not an int fails as
# heapq.nlargest does; UserString.encode(None, None) means the defaults; messages name the C types
# 'collections.defaultdict' and 'collections.OrderedDict'; defaultdict's | builds
# type(self)(default_factory, left) without calling an overridden copy(); and the helpers of these
# C types leave no frames in tracebacks.
from collections import Counter, OrderedDict, UserString, defaultdict


def attempt(label, f, frames=True):
    # frames: the names of the traceback's functions (a C function has none)
    try:
        print(label, f())
    except Exception as e:
        names = []
        tb = e.__traceback__
        while frames and tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(label, type(e).__name__, e, names)


c = Counter(a=2, b=0, c=-1, d=1)
it = c.elements()
print(type(it).__name__, list(it))
lazy = Counter(x=1).elements()
print(type(lazy).__name__)
attempt('elements float', lambda: list(Counter(a=2.5).elements()))
attempt('most_common 1.5', lambda: Counter(a=1, b=2, c=3).most_common(1.5), False)
attempt('most_common 5.0', lambda: Counter(a=1).most_common(5.0), False)
print(Counter('abracadabra').most_common(True), Counter('aab').most_common(-2))

print(UserString('héllo').encode(None, None))
attempt('encode errors None', lambda: UserString('héllo').encode('ascii', None))
print(UserString('héllo').encode(errors='replace', encoding='ascii'))

attempt('dd | int', lambda: defaultdict(list) | 1)
attempt('int | dd', lambda: 1 | defaultdict(list))
attempt('od | int', lambda: OrderedDict() | 1)
attempt('od < od', lambda: OrderedDict() < OrderedDict())


class Copying(defaultdict):
    def copy(self):
        print('copy() called')
        return super().copy()


left = Copying(int, a=1) | {'b': 2}
right = {'z': 0} | Copying(int, a=1)
print(type(left).__name__, left, type(right).__name__, right, left.default_factory)


class Refusing(defaultdict):
    def __init__(self, *args):
        if len(args) == 2:
            raise ValueError('refused')
        super().__init__(*args)


attempt('subclass |', lambda: Refusing(list) | {})
attempt('od(5)', lambda: OrderedDict(5))
attempt('od triples', lambda: OrderedDict([(1, 2, 3)]))
attempt('od update', lambda: OrderedDict().update([1]))
attempt('od |=', lambda: OrderedDict().__ior__(5))
