# How functions become methods: function.__get__, bound method attributes (__self__, __func__,
# __name__, __qualname__), method equality and hashing, methods stored on instances (not bound),
# builtin methods and slot wrappers (method-wrapper, builtin_function_or_method), and calling
# methods through the class with an explicit instance.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
    def __repr__(self):
        return f"Greeter({self.name!r})"

g = Greeter("ann")
m = g.greet
print(type(m).__name__, m.__self__, m.__func__ is Greeter.greet, m.__name__, m.__qualname__)
print(m("bob"), Greeter.greet(g, "cy"), Greeter.__dict__["greet"].__get__(g, Greeter)("dee"))
print(g.greet == g.greet, g.greet is g.greet, g.greet == Greeter("ann").greet, hash(g.greet) == hash(g.greet))
print(type(Greeter.greet).__name__, Greeter.greet.__get__(None, Greeter) is Greeter.greet)

# A function stored on an instance is not bound.
def standalone(x):
    return f"standalone({x})"
g.helper = standalone
print(g.helper("direct"), type(g.helper).__name__)
# A callable class instance stored on a class is not bound either.
class Adder:
    def __call__(self, *args):
        return args
class Host:
    add = Adder()
    fn = standalone
print(Host().add(1, 2), Host().fn.__self__.__class__.__name__)
try:
    Host().fn()
except TypeError as e:
    print("TypeError:", e)

# Bound methods keep their instance alive and can be passed around.
callbacks = [Greeter(n).greet for n in ("x", "y")]
print([cb("z") for cb in callbacks], [cb.__self__.name for cb in callbacks])

# Builtin methods.
lst = [3, 1, 2]
bm = lst.append
print(type(bm).__name__, bm.__self__ is lst, bm.__name__, bm.__qualname__)
bm(0)
print(lst, type(list.append).__name__, list.append.__qualname__, type(list.__dict__["append"]).__name__)
w = (5).__add__
print(type(w).__name__, w(1), w.__self__, w.__name__, type(int.__add__).__name__, int.__add__(2, 3))
print(type(len).__name__, len.__self__.__name__, type(dict.fromkeys).__name__, dict.fromkeys.__self__ is dict)
print(repr(list.append)[:30], repr(int.__add__), str.join.__objclass__ is str)
print([].append == [].append, lst.append == lst.append, lst.sort.__self__ is lst)

# Method resolution on the fly: reassigning a class attribute affects existing instances.
class Counter:
    def step(self):
        return 1
c = Counter()
before = c.step
Counter.step = lambda self: 2
print(before(), c.step(), Counter().step())
del Counter.step
try:
    c.step()
except AttributeError as e:
    print("AttributeError:", e)

# classmethod/staticmethod binding results.
class K:
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "static"
class SubK(K):
    pass
print(type(K.cm).__name__, K.cm.__self__ is K, SubK().cm(), type(K.sm).__name__, K().sm())
print(K.cm == K.cm, K.cm == SubK.cm)
