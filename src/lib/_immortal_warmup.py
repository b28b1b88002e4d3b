# Run once per process before the first program (src/vm/warmup.ts), in a namespace of its own.
# It touches every common path of the eval loop with the common types, so that V8 has type feedback
# for all of them before it first optimizes the loop: a path first reached in optimized code throws
# that code away (a deopt) and runs slowly until the next optimizing compile, several times per program
# otherwise. Nothing here may be observable: no output, no imports, everything freed afterwards.

class _Base:
    kind = 'base'

    def __init__(self, x, y=2, *, z=0):
        self.x = x
        self.y = y
        self.z = z

    def total(self, k=1):
        return self.x + self.y + k

    @property
    def double(self):
        return self.x * 2

    @staticmethod
    def smeth(a):
        return a

    @classmethod
    def cmeth(cls, a):
        return cls.kind, a

    def __eq__(self, other):
        return isinstance(other, _Base) and self.x == other.x

    def __hash__(self):
        return hash(self.x)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i

    def __iter__(self):
        yield self.x
        yield self.y


class _Sub(_Base):
    __slots__ = ('w',)
    kind = 'sub'

    def __init__(self, x):
        super().__init__(x, 3, z=1)
        self.w = x

    def total(self, k=1):
        return super().total(k) + self.w


class _Ctx:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return t is KeyError


def _gen(n):
    for i in range(n):
        yield i
    return n


def _gen_from(n):
    r = yield from _gen(n)
    yield r


def _gen_send():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def _closure(a):
    b = a * 2

    def inner(c, *args, **kwargs):
        nonlocal b
        b += c
        return a + b + len(args) + len(kwargs)
    return inner


def _raiser(n):
    if n > 1:
        return _raiser(n - 1)
    raise ValueError(n)


def _lcg(x):
    return (x * 1103515245 + 12345) & 0x7fffffff


def _round(i, objs):
    acc = 0
    big = 2 ** 40 + i
    neg = -i - 7
    f = 0.5 + i
    g = -1.25
    s = 'ab' + str(i)
    b = b'xy'
    lst = [1, 2, 3, i]
    tup = (i, 'a', 2.5)
    d = {'a': 1, 'b': 2, i: 3}
    st = {1, 2, i}
    # ints: small, negative, wide (past 2**31 and 2**53), every operator
    for x, y in ((i + 3, 2), (neg, 3), (big, 7), (big * big, big), (123456789, 987654321)):
        acc += x + y - y * 3 + x // y + x % y + (x & y) + (x | y) + (x ^ y) + (x << 3) + (x >> 2)
        acc += -x + abs(x) + (~x) + x ** 2 + divmod(x, y)[0] + pow(x, 2, 97)
        acc += (x < y) + (x <= y) + (x == y) + (x != y) + (x > y) + (x >= y)
        acc += _lcg(x & 0xffff)
        x += 1
        x -= 2
        x *= 3
        x //= 2
    # floats, mixed
    for x, y in ((f, 2.0), (g, 3), (4, f), (1e300, -1e-300)):
        h = x + y - x * y + x / y
        h += -x + abs(x) + x ** 0.5 if x > 0 else x
        acc += (x < y) + (x == y) + (x > y) + int(h != 0)
        h = x // y + x % y
    acc += i / 3 + 7 / (i + 1) + round(f, 1) + int(f) + float(i)
    # strings and bytes
    s2 = f'{i}-{f:.3f}-{s!r}-{acc % 10:>4}' + s[1:] + s[-1] + s * 2
    acc += len(s2) + s2.count('a') + (s2.find('x') + 1) + len(s2.split('-')) + len(s.upper())
    acc += len(' '.join([s, s2])) + len(s.strip()) + ('a' in s) + s.startswith('a') + len(b + b)
    acc += ord(s[0]) + len(chr(65 + i)) + len('%s %d %.2f' % (s, i, f)) + len(repr(tup))
    # lists, tuples, dicts, sets
    lst.append(i)
    lst[0] = lst[-1]
    lst[1:2] = [5, 6]
    del lst[0]
    lst.extend(tup[:1])
    acc += lst[0] + len(lst) + lst.index(5) + sum(lst[:2]) + sorted(lst)[0] + max(lst) + min(lst)
    a, b2, c = tup
    first, *rest = lst
    acc += a + len(rest) + len(tup + tup) + tup[0] + (i in tup) + (99 not in lst)
    d['c'] = i
    d[i] = d.get(i, 0) + 1
    acc += d['a'] + len(d) + len(list(d.items())) + len(d.keys()) + sum(d.values()) + ('a' in d)
    del d['c']
    for k, v in d.items():
        acc += 1
    st.add(i + 1)
    acc += len(st | {9}) + len(st & {1}) + len(st - {1}) + (2 in st)
    acc += len([x * 2 for x in range(3)]) + len({x: x for x in range(3)}) + len({x for x in 'abc'})
    acc += sum(x for x in range(4) if x % 2) + len(list(zip(lst, tup))) + len(list(enumerate(lst)))
    acc += len(list(map(abs, lst))) + len(list(filter(None, lst))) + len(list(reversed(lst)))
    acc += any(x > 2 for x in lst) + all(lst) + len(dict(q=1, **{'r': 2})) + len([*lst, *tup])
    # objects, attributes, methods, properties, class and static methods, dunders
    o = _Base(i) if i % 2 else _Sub(i)
    objs.append(o)
    o.x = i + 1
    acc += o.total() + o.total(k=2) + o.double + o.smeth(1) + len(o.cmeth(2)) + len(o) + o[1]
    acc += (o == objs[0]) + len({o}) + sum(o) + isinstance(o, _Sub) + hasattr(o, 'z')
    acc += getattr(o, 'y', 0) + len(type(o).__name__) + callable(o.total)
    setattr(o, 'y', 5)
    acc += len([v.x for v in objs]) + len(sorted(objs, key=lambda v: v.x))
    # generators, closures, calls of every shape
    acc += sum(_gen(3)) + sum(_gen_from(2)) + len(list(_gen(2))) + next(_gen(1), 0)
    for v in _gen_from(3):
        acc += v
    g2 = _gen_send()
    next(g2)
    g2.send(3)
    try:
        g2.send(None)
    except StopIteration as e:
        acc += e.value
    g3 = _gen(5)
    next(g3)
    g3.close()
    fn = _closure(i)
    acc += fn(1) + fn(1, 2, 3) + fn(c=1, d=2) + fn(*lst[:1], **{'e': 1})
    acc += (lambda q, r=2: q * r)(3)
    # exceptions, with, match, loops
    try:
        _raiser(3)
    except ValueError as e:
        acc += e.args[0]
    except (TypeError, KeyError):
        acc += 100
    else:
        acc += 1000
    finally:
        acc += 1
    try:
        try:
            {}['missing']
        finally:
            acc += 1
    except KeyError:
        acc += 1
    try:
        raise RuntimeError('x') from None
    except RuntimeError:
        acc += 1
    with _Ctx() as cm:
        acc += cm is not None
    with _Ctx():
        raise KeyError('swallowed')
    match tup:
        case (0, *_):
            acc += 1
        case (n, 'a', float(x)) if n >= 0:
            acc += 2
        case _:
            acc += 3
    match d:
        case {'a': 1, **others}:
            acc += len(others)
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            continue
        acc += n
    else:
        acc += 1
    global _counter
    _counter = acc
    return acc if acc is not None and not (acc < 0 and acc > 1) else 0


_counter = 0
_objs = []
for _i in range(4):
    _round(_i, _objs)
del _objs
