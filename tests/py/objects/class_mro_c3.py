# C3 method resolution order: diamonds, mro(), __mro__, __bases__, __base__, and the errors CPython
# gives for inconsistent hierarchies and duplicate bases.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

def names(seq):
    return [c.__name__ for c in seq]

print(names(Z.__mro__))
print(names(Z.mro()))
print(names(Z.__bases__), Z.__base__.__name__)
print(names(K3.__mro__))
print(object.__bases__, object.__base__, names(object.__mro__))
print(names(type.__mro__), type.__base__.__name__)
print(names(bool.__mro__))

class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

class P: pass
class Q: pass
class PQ(P, Q): pass
class QP(Q, P): pass
try:
    class Both(PQ, QP): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Dup(X, X): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class FromInt(5): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class FromBool(bool): pass
except TypeError as e:
    print("TypeError:", e)

# Layout conflicts between builtin bases.
for bases in [(int, str), (list, dict), (int, list), (list, tuple)]:
    try:
        type("Mixed", bases, {})
    except TypeError as e:
        print("TypeError:", e)

class L(list): pass
class D2(dict): pass
try:
    class LD(L, D2): pass
except TypeError as e:
    print("TypeError:", e)

class MyInt(int): pass
class Mixin: 
    def hello(self): return "hello from " + type(self).__name__
class Good(Mixin, MyInt): pass
g = Good(7)
print(g + 1, g.hello(), names(Good.__mro__), Good.__base__.__name__)

# Method lookup follows the MRO.
class Base:
    def who(self): return "Base"
class Left(Base):
    def who(self): return "Left>" + super().who()
class Right(Base):
    def who(self): return "Right>" + super().who()
class Bottom(Left, Right):
    def who(self): return "Bottom>" + super().who()
print(Bottom().who())

# mro() can be overridden by a metaclass.
class ReverseMeta(type):
    def mro(cls):
        return [cls] + list(reversed(type.mro(cls)[1:-1])) + [object]
class R1: 
    tag = "R1"
class R2:
    tag = "R2"
class RR(R1, R2, metaclass=ReverseMeta): pass
print(names(RR.__mro__), RR.tag)

# __bases__ can be reassigned.
class N1:
    def f(self): return "N1"
class N2:
    def f(self): return "N2"
class Kid(N1): pass
k = Kid()
print(k.f())
Kid.__bases__ = (N2,)
print(k.f(), names(Kid.__mro__))
try:
    Kid.__bases__ = ()
except TypeError as e:
    print("TypeError:", e)
try:
    Kid.__bases__ = (Kid,)
except TypeError as e:
    print("TypeError:", e)
