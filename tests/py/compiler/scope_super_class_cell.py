# The implicit __class__ cell: zero-argument super() and __class__ inside methods.
class Base:
    def describe(self):
        return "Base.describe"

    def who(self):
        return __class__.__name__


class Child(Base):
    def describe(self):
        return "Child > " + super().describe()

    def who(self):
        return __class__.__name__ + "/" + super().who()


class GrandChild(Child):
    def describe(self):
        return "GrandChild > " + super().describe()


print(GrandChild().describe())
print(GrandChild().who())
print(Child().who())


class WithInit:
    def __init__(self, name):
        self.name = name


class Named(WithInit):
    def __init__(self, name, tag):
        super().__init__(name)
        self.tag = tag

    def __repr__(self):
        return f"Named({self.name!r}, {self.tag!r})"


print(Named("n", "t"))


class A:
    def hello(self):
        return ["A"]


class B(A):
    def hello(self):
        return ["B"] + super().hello()


class C(A):
    def hello(self):
        return ["C"] + super().hello()


class D(B, C):
    def hello(self):
        return ["D"] + super().hello()


print(D().hello())
print([k.__name__ for k in D.__mro__])


class Explicit(B):
    def hello(self):
        return ["Explicit"] + super(B, self).hello()


print(Explicit().hello())
