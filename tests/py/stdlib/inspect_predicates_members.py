# inspect: the is* predicates over functions, methods, classes, generators, coroutines, async
# generators, builtins and descriptors; isabstract; markcoroutinefunction; getmembers with
# predicates, getmembers_static, classify_class_attrs, getattr_static (descriptors are not run),
# getmro; getgeneratorstate/getcoroutinestate/getgeneratorlocals; getclosurevars;
# get_annotations (eval_str) and formatannotation; unwrap loops; builtins without a signature.
# immortal-test: cycles
import abc
import functools
import inspect
import types


def func(a, b=1):
    return a


def gen(n):
    for i in range(n):
        yield i


async def coro():
    return 1


async def agen():
    yield 1


class Base(abc.ABC):
    """Abstract base."""

    kind = 'base'

    @abc.abstractmethod
    def run(self):
        pass

    @property
    def label(self):
        """The label."""
        return 'L'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x


class Impl(Base):
    __slots__ = ()

    def run(self):
        return 'ran'


class Lazy:
    def __getattr__(self, name):
        return 'dynamic-' + name


objs = [func, gen, coro, agen, Base, Impl().run, len, [].append, str.join, Impl.label, 42,
        abc, gen(1), object.__init__, (lambda: 0), functools.partial(gen, 2)]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
         'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'isbuiltin', 'isroutine',
         'ismethoddescriptor', 'isdatadescriptor', 'isabstract', 'isawaitable']
for p in preds:
    test = getattr(inspect, p)
    print(p.ljust(20), ''.join('1' if test(o) else '.' for o in objs))
g = gen(1)
c = coro()
a = agen()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgen(a), inspect.isgenerator(a))
c.close()
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(int))


def sync_handler():
    return None


inspect.markcoroutinefunction(sync_handler)
print(inspect.iscoroutinefunction(sync_handler), inspect.iscoroutinefunction(func))

print([name for name, _ in inspect.getmembers(Impl, inspect.isfunction)])
print([name for name, _ in inspect.getmembers(Impl) if not name.startswith('__')])
print([name for name, _ in inspect.getmembers(Impl(), inspect.ismethod)])
static = dict(inspect.getmembers_static(Impl))
print(type(static['label']).__name__, type(static['make']).__name__, type(static['helper']).__name__)
print(inspect.getmro(Impl) == Impl.__mro__)
for attr in inspect.classify_class_attrs(Impl):
    if not attr.name.startswith('_'):
        print(attr.name, attr.kind, attr.defining_class.__name__, type(attr.object).__name__)

lazy = Lazy()
lazy.real = 5
print(getattr(lazy, 'missing'), inspect.getattr_static(lazy, 'real'),
      inspect.getattr_static(lazy, 'missing', 'default'))
print(type(inspect.getattr_static(Impl(), 'label')).__name__, type(inspect.getattr_static(Impl, 'make')).__name__)
print(inspect.getattr_static(Impl, 'kind'), inspect.getattr_static(Impl, 'mro') is type.__dict__['mro'])
try:
    inspect.getattr_static(lazy, 'missing')
except AttributeError as e:
    print('AttributeError:', e)

# generator and coroutine state
g = gen(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))


def watcher():
    yield inspect.getgeneratorstate(w)


w = watcher()
print(next(w))
try:
    inspect.getgeneratorlocals([])
except TypeError as e:
    print('TypeError:', e)
c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
print(inspect.getcoroutinestate(c))

# closures
LIMIT = 10


def make_counter(step):
    total = 0

    def bump(x):
        nonlocal total
        total += step
        if x is None:
            return undefined_name_here
        return min(total + x.real, LIMIT) + len([])
    return bump


cv = inspect.getclosurevars(make_counter(2))
print(sorted(cv.nonlocals.items()), cv.globals, sorted(cv.builtins), sorted(cv.unbound))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError:', e)

# annotations


def annotated(x: 'int', y: 'list[str]' = None) -> 'Base':
    pass


class Record:
    id: int
    name: 'str'


print(inspect.get_annotations(annotated))
print(inspect.get_annotations(annotated, eval_str=True))
print(inspect.get_annotations(Record), inspect.get_annotations(Record, eval_str=True))
print(inspect.get_annotations(func), inspect.get_annotations(inspect))
try:
    inspect.get_annotations(42)
except TypeError as e:
    print('TypeError:', e)
print(inspect.formatannotation(int), inspect.formatannotation(Base), inspect.formatannotation(list[int]),
      inspect.formatannotation('text'), inspect.formatannotation(None))
print(inspect.signature(annotated), inspect.signature(annotated, eval_str=True))

# unwrap loops and builtins


def looped():
    pass


looped.__wrapped__ = looped
try:
    inspect.unwrap(looped)
except ValueError as e:
    print('ValueError:', str(e).split(' at ')[0])
print(inspect.unwrap(func) is func)
print(inspect.signature(Impl), inspect.signature(Lazy))
try:
    inspect.signature(int)
except ValueError as e:
    print('ValueError:', e)
