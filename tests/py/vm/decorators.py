# Decorators: plain, with arguments, stacked (applied bottom-up), on classes, and wrapper metadata.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    return wrapper


@shout
def greet(name):
    return f"hello {name}"


print(greet("ann"), greet.__name__)


def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate


@repeat(3)
def roll(x):
    return x * 2


print(roll(4))
order = []


def tag(label):
    order.append(f"make {label}")

    def decorate(fn):
        order.append(f"apply {label}")

        def wrapper():
            return f"<{label}>{fn()}</{label}>"
        return wrapper
    return decorate


@tag("b")
@tag("i")
def text():
    return "styled"


print(text(), order)
registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


@register
def add(a, b):
    return a + b


@register
def mul(a, b):
    return a * b


print(sorted(registry), registry["mul"](6, 7))


def count_calls(fn):
    counter = {"calls": 0}

    def wrapper(*args, **kwargs):
        counter["calls"] += 1
        return fn(*args, **kwargs)
    wrapper.counter = counter
    return wrapper


@count_calls
def work(n):
    return n


for i in range(5):
    work(i)
print("calls:", work.counter["calls"])


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@add_repr
class Config:
    def __init__(self, host, port):
        self.host = host
        self.port = port


print(Config("localhost", 8080))
print((lambda f: f)(lambda: "identity decorator")())


@(lambda fn: fn())
def computed_at_definition():
    return "value computed once"


print(computed_at_definition)
