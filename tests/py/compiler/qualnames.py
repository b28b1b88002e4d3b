# __name__ and __qualname__ of functions, nested functions, lambdas, classes and methods.
def top():
    def nested():
        def deeper():
            pass
        return deeper
    return nested


print(top.__name__, top.__qualname__)
print(top().__qualname__, top()().__qualname__)


class Outer:
    class Inner:
        def method(self):
            return self.method.__qualname__

    def method(self):
        def local():
            pass
        return local

    square = lambda self, x: x * x


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer.Inner().method())
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.square.__qualname__, Outer().square(3))


def factory():
    class Made:
        pass
    return Made


print(factory().__qualname__, factory().__name__)
print((lambda: None).__qualname__, [lambda: None][0].__qualname__)
print(print.__name__, len.__qualname__)
print(__name__)
print(Outer.Inner.method.__module__)
