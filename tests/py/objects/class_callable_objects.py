# Callable objects: __call__ on instances, class-based decorators (with and without arguments),
# memoization, callable() checks, __call__ looked up on the type, and decorators that are
# descriptors so that they bind to instances like functions do.
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        result = self.cache[args] = self.fn(*args)
        return result

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.hits, len(fib.cache), type(fib).__name__)

class Retry:
    def __init__(self, times):
        self.times = times
    def __call__(self, fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, self.times + 1):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {self.times} attempts")
        wrapper.__name__ = fn.__name__
        return wrapper

state = {"n": 0}
@Retry(times=3)
def flaky(limit):
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"try {state['n']}")
    return "ok"
print(flaky(3), flaky.__name__)
state["n"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print("RuntimeError:", e)

# A decorator class that binds like a method (implements __get__).
class Logged:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args):
            print(f"calling {self.fn.__name__} on {type(obj).__name__} with {args}")
            return self.fn(obj, *args)
        return bound
    def __call__(self, *args):
        return self.fn(*args)
class Calc:
    def __init__(self, base):
        self.base = base
    @Logged
    def add(self, x):
        return self.base + x
c = Calc(10)
print(c.add(5), type(Calc.add).__name__, Calc.add(c, 1))

# callable() and __call__ lookup on the type, not the instance.
class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "instance attribute"
print(callable(nc), callable(Memo), callable(fib), callable(len), callable(5))
try:
    nc()
except TypeError as e:
    print("TypeError:", e)
class CallNone:
    __call__ = None
try:
    CallNone()()
except TypeError as e:
    print("TypeError:", e)

# Call with all kinds of arguments.
class Recorder:
    def __call__(self, *args, key=None, **kw):
        return (args, key, sorted(kw.items()))
r = Recorder()
print(r(), r(1, 2, key=3), r(*[4, 5], **{"z": 1, "key": 0}))
try:
    Recorder.__call__()
except TypeError as e:
    print("TypeError:", e)

# A pipeline of callables.
class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value
    def __or__(self, step):
        return Pipeline(*self.steps, step)
clean = Pipeline(str.strip) | str.lower | (lambda s: s.replace(" ", "-"))
print(clean("  Hello Big World  "), len(clean.steps))
