# Argument-error wording of builtin functions, methods and slot wrappers, by how CPython parses their
# arguments: METH_NOARGS / METH_O name the callable by its qualname (the bound method's type, or the
# class itself for a class's own methods), slot wrappers say "expected 1 argument, got 0" (with a
# leading space where CPython uses PyArg_UnpackTuple), METH_COEXIST dunders (list.__getitem__,
# dict.__contains__) are methods, types own a __getattribute__ wrapper where CPython's C type sets
# tp_getattro itself; builtins: eval, min/max, iter, locals, super, open, compile; bytearray's encoding
# check; reversed and zip are not generic.
import warnings


def f():
    class G:
        pass
    return G


G = f()


class A:
    pass


class D(dict):
    def __missing__(self, k):
        return k * 2


calls = [
    lambda: G.__init_subclass__(x=1),
    lambda: G.__init_subclass__(1),
    lambda: A.mro(1),
    lambda: int.mro(1),
    lambda: A().__dir__(1),
    lambda: A.__subclasses__(1),
    lambda: A.__instancecheck__(),
    lambda: A.__subclasscheck__(1, 2),
    lambda: A.__sizeof__(A(), 1),
    lambda: object.__reduce_ex__(A()),
    lambda: object.__dir__(),
    lambda: object().__format__(None),
    lambda: object().__format__(1, 2),
    lambda: [].__subclasshook__(zz=1),
    lambda: ValueError().with_traceback(),
    lambda: ValueError().add_note(1, 2),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: list.append(),
    lambda: list.append(1),
    lambda: [].copy(1),
    lambda: [].sort(1),
    lambda: [].__getitem__(),
    lambda: [1, 2, 3].__getitem__(slice(1, None)),
    lambda: {}.__contains__(1, 2),
    lambda: {}.__contains__([]),
    lambda: {}.__getitem__(),
    lambda: dict.__getitem__(D(a=1), 'q'),
    lambda: D(a=1)['zz'],
    lambda: set().__contains__(set()),
    lambda: frozenset([1]).__contains__(zz=1),
    lambda: list.__sizeof__(),
    lambda: dict.__sizeof__(1),
    lambda: {}.keys(1),
    lambda: (1, 2).count(),
    lambda: iter([1]).__length_hint__(1),
    lambda: iter({}).__reduce__(zz=1),
    lambda: iter([1]).__setstate__(),
    lambda: iter(bytearray(b'ab')).__length_hint__(),
    lambda: reversed({1: 2, 3: 4}).__length_hint__(),
    lambda: memoryview(b'ab').tolist(1),
    lambda: memoryview(b'ab').__exit__(zz=1),
    lambda: memoryview(b'ab').__buffer__(zz=1),
    lambda: memoryview(b'ab').__buffer__(),
    lambda: memoryview(b'ab').cast(None),
    lambda: (1).__add__(),
    lambda: (1).__pow__(),
    lambda: (1).__pow__(1, 2, 3),
    lambda: [].__setitem__(1),
    lambda: [].__imul__(),
    lambda: 'a'.__mul__(),
    lambda: object().__setattr__('a'),
    lambda: property().__get__(),
    lambda: (1).__add__(zz=1),
    lambda: int.__getattribute__('a'),
    lambda: int.__getattribute__(),
    lambda: list.__getattribute__([], 'a', 'b'),
    lambda: bool.__invert__(1),
    lambda: bytearray(1, 2),
    lambda: bytearray('a', None),
    lambda: bytearray('a', 'ascii', 3),
    lambda: eval(),
    lambda: eval(zz=1),
    lambda: eval('1', globals=None),
    lambda: eval('1', {}, {}, {}),
    lambda: eval('x', {}, 5),
    lambda: exec('x', {}, 5),
    lambda: iter(5, 1),
    lambda: max(zz=1),
    lambda: min(),
    lambda: max(1, 2, zz=1),
    lambda: locals(1),
    lambda: globals(zz=1),
    lambda: super(1, 2, 3),
    lambda: open(1, 2, 3, 4, 5, 6, 7, 8, 9),
    lambda: open('x', zz=1),
    lambda: open(),
    lambda: compile('1', 'f', 'exec', optimize='a'),
    lambda: reversed[int],
    lambda: zip[int],
]
for c in calls:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)

# The same calls again, from code that has run before (hot code may take other paths).
for i in range(3):
    for c in calls[:20]:
        try:
            c()
        except TypeError as e:
            if i == 2:
                print(e)

print([k for k in list.__dict__][:6], type(list.__dict__['__getitem__']).__name__)
print('__getattribute__' in int.__dict__, '__getattribute__' in bool.__dict__, '__invert__' in bool.__dict__)
print([].__sizeof__(), [1, 2].__sizeof__(), {}.__sizeof__(), {1: 2}.__sizeof__())
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        ~True
    except DeprecationWarning as e:
        print('DeprecationWarning', e)

# Compiled code names the callable the same way (a loop hot enough for the JIT).
class A2: pass
class L2(list): pass
for i in range(300):
    try: type.mro(A2, 1)
    except TypeError as e: r1 = str(e)
    m = L2().append
    try: m()
    except TypeError as e: r2 = str(e)
    try: A2.mro(1)
    except TypeError as e: r3 = str(e)
print(r1, r2, r3, sep='\n')
