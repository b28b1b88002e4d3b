# super() in methods through LOAD_SUPER_ATTR's lookup without a super object: methods (unbound + self),
# classmethods, staticmethods, properties, plain class attributes, __class__, missing names, a shadowed super.
class A:
    x = 10
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    @property
    def p(self): return 'A.p'
    def __repr__(self): return 'A()'
class B(A):
    def f(self): return 'B.f>' + super().f()
    @classmethod
    def c(cls): return 'B.c>' + super().c()
    def g(self):
        return [super().x, super().s(), super().p, super().__class__.__name__, super().f, super().__repr__()]
    def h(self):
        try: return super().nope
        except AttributeError as e: return str(e)
    def i(self):
        m = super().f
        return m()
class C(B):
    def f(self): return 'C.f>' + super().f()
class D:
    def f(self):
        return super().__init__, super().__str__()
def run():
    out = []
    for _ in range(3):
        c = C()
        out += [c.f(), C.c(), c.g()[:4], c.h(), c.i()]
        out.append(str(D().f()[1])[:5])
    return out
for _ in range(5): r = run()
print(r)
import sys
class E(A):
    def f(self):
        return sys.getrefcount(super().f)
print(E().f() > 0)
super = lambda *a: print('shadowed', len(a)) or A()
class F(A):
    def f(self): return super().f()
print(F().f())
