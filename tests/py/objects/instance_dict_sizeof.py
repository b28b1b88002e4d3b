# sys.getsizeof of instance __dict__s: CPython 3.12 keeps them split on their class's shared keys, so
# a dict counts a value slot per name the keys hold or still have room for, and that room shrinks with
# every instance object.__new__ makes and every new attribute name; what makes the dict combined
# (a non-str key, full shared keys, popitem, clear, merging into it while empty) changes its size.
import sys, copy, pickle
S = sys.getsizeof
class A:
    def __init__(self): self.x = 1; self.y = 2
a = A(); b = A()
print('two', S(a.__dict__), S(b.__dict__))
c = A(); print('three', S(c.__dict__), S(a.__dict__))
d = vars(a); d['z'] = 3; print('z', S(d), S(vars(b)))
d[1] = 2; print('intkey', S(d), S(vars(b)))
e = vars(b).copy(); print('copy', S(e), type(e))
vars(b).popitem(); print('popitem', S(vars(b)))
vars(c).clear(); print('clear', S(vars(c)))
class B: pass
bs = [B() for _ in range(40)]
print('B40', S(bs[0].__dict__))
bs[0].q = 1; print('B40q', S(bs[0].__dict__))
class C: pass
c1 = C()
for i in range(35):
    setattr(c1, f'a{i}', i)
print('C35', S(c1.__dict__))
c2 = C(); c2.a0 = 1; print('C2', S(c2.__dict__))
class L(list): pass
l = L(); l.x = 1; print('L', S(l.__dict__))
l2 = L(); print('L2', S(l.__dict__))
class E(Exception): pass
ex = E(); ex.x = 1; print('E', S(ex.__dict__))
class I(int): pass
i = I(); i.x = 1; print('I', S(i.__dict__))
class D:
    def __init__(self): self.x = 1
dd = D(); del dd.x; print('del', S(dd.__dict__))
d2 = D(); d2.__dict__ = {'x': 1}; print('assigned', S(d2.__dict__))
d3 = copy.copy(D()); print('copy.copy', S(d3.__dict__))
class F:
    pass
f = F(); vars(f)['k'] = 1; print('F', S(vars(f)))
f2 = F(); f2.__dict__[sys.intern('k2')] = 2; print('F2', S(vars(f2)))
f3 = F(); f3.__dict__.setdefault('k3', 3); print('F3', S(vars(f3)))
f4 = F(); f4.__dict__.update(m=1, n=2); print('F4', S(vars(f4)))
class G:
    __slots__ = ('__dict__', 'w')
g = G(); g.x = 1; print('G', S(g.__dict__))
print('type', S(A))

class P:
    def __init__(self, a, b): self.a = a; self.b = b
    def m(self): pass
ps = [P(i, i) for i in range(5)]
print('P', S(vars(ps[0])))
dir(ps[0]); print('dir', S(vars(ps[1])), S(vars(ps[0])))
q = copy.copy(ps[1]); print('copy', S(vars(q)))
r = copy.deepcopy(ps[2]); print('deepcopy', S(vars(r)))
s = pickle.loads(pickle.dumps(ps[3])); print('pickle', S(vars(s)))
vars(ps[4]).update({'c': 1}); print('update', S(vars(ps[4])))
vars(ps[3]).pop('a'); print('pop', S(vars(ps[3])))
d = vars(ps[3]); d |= {'z': 2}; print('ior', S(d))
class Q:
    pass
qs = []
for i in range(12):
    o = Q(); setattr(o, 'k%d' % i, i); qs.append(o)
print('Q', [S(vars(o)) for o in qs[::3]])
class R(P):
    def __init__(self): super().__init__(1, 2); self.c = 3
rr = R(); print('R', S(vars(rr)), S(vars(ps[0])))
o = object.__new__(R); print('new', S(o.__dict__))
class W:
    def __init__(self): self.__dict__['x'] = 1; self.y = 2
print('W', S(W().__dict__))
class K:
    def __init__(self): self.__dict__.update(a=1)
print('K', S(K().__dict__))
class M:
    pass
m = M(); m.__dict__.setdefault(1, 2); print('M', S(m.__dict__))
m2 = M(); m2.a = 1; dd = dict(m2.__dict__); print('dict()', S(dd), S({**m2.__dict__}))

class A:
    def __init__(self): self.x = 1
class A2(A): pass
class I(int): pass
class I2(I): pass
class E(Exception): pass
class L(list): pass
class T(tuple): pass
class G:
    __slots__ = ('__dict__', 'w')
class H(G): pass
class N:
    __slots__ = ()
class N2(N): pass
import collections
class OD(collections.OrderedDict): pass
class DD(dict): pass
for t in (A, A2, I, I2, E, L, T, G, H, N2, DD, OD):
    o = t()
    o.x = 1
    print(t.__name__, S(o.__dict__))
