# Reflected and in-place operator fallbacks with NotImplemented, the TypeError texts of unsupported
# unary/binary/in-place operations, and the checks CPython makes on what __len__, __bool__, __index__,
# __repr__, __hash__, __iter__, __int__ and __float__ return.
def t(f):
    try: r = f()
    except Exception as e: r = f"{type(e).__name__}: {e}"
    print(r)
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o): return V(self.x + o.x) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(o + self.x) if isinstance(o, int) else NotImplemented
    def __iadd__(self, o): self.x += 100; return self
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x if isinstance(o, V) else NotImplemented
    __hash__ = None
    def __neg__(self): return V(-self.x)
    def __bool__(self): return bool(self.x)
    def __len__(self): return 5
    def __index__(self): return self.x
    def __matmul__(self, o): return 'matmul'
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o, mod=None): return ('rpow', o, mod)
    def __divmod__(self, o): return 'dm'
    def __contains__(self, i): return i == 3
print(V(1) + V(2), 5 + V(1), sum([V(1), V(2)], V(0)))
t(lambda: V(1) + 'a')
t(lambda: 'a' + V(1))
t(lambda: V(1) - V(2))
t(lambda: V(1) > V(2))
t(lambda: V(1) >= V(2))
t(lambda: V(1) < 3)
t(lambda: hash(V(1)))
t(lambda: {V(1)})
t(lambda: -V(3))
t(lambda: +V(3))
t(lambda: ~V(3))
t(lambda: abs(V(3)))
t(lambda: [1,2,3,4][V(2)])
t(lambda: bin(V(5)))
t(lambda: V(1) @ 2)
t(lambda: 2 @ V(1))
t(lambda: 2 ** V(1))
t(lambda: divmod(V(1), 2))
t(lambda: divmod(2, V(1)))
t(lambda: 3 in V(1))
t(lambda: 4 in V(1))
t(lambda: len(V(1)))
v = V(1); v += V(2); print(v)
class Bad:
    def __len__(self): return -1
t(lambda: len(Bad()))
class Bad2:
    def __len__(self): return 'a'
t(lambda: len(Bad2()))
class Bad3:
    def __len__(self): return 2**70
t(lambda: len(Bad3()))
class Bad4:
    def __bool__(self): return 1
t(lambda: bool(Bad4()))
t(lambda: not Bad4())
class Bad5:
    def __len__(self): return 0
t(lambda: bool(Bad5()))
class Bad6:
    def __index__(self): return 1.5
t(lambda: [1][Bad6()])
class Bad7:
    def __repr__(self): return 5
t(lambda: repr(Bad7()))
class Bad8:
    def __str__(self): return 5
t(lambda: str(Bad8()))
t(lambda: print(Bad8()))
class Bad9:
    def __hash__(self): return 'x'
t(lambda: hash(Bad9()))
class Big:
    def __hash__(self): return 2**100
t(lambda: hash(Big()))
class Neg1:
    def __hash__(self): return -1
t(lambda: hash(Neg1()))
class Bad10:
    def __iter__(self): return 5
t(lambda: iter(Bad10()))
t(lambda: list(Bad10()))
class Bad11:
    def __int__(self): return 'x'
t(lambda: int(Bad11()))
class Bad12:
    def __float__(self): return 1
t(lambda: float(Bad12()))
class Good12:
    def __float__(self): return 1.5
    def __index__(self): return 7
t(lambda: float(Good12()))
t(lambda: int(Good12()))
class IntSub(int):
    def __int__(self): return 99
t(lambda: int(IntSub(5)))
class Sub(int): pass
t(lambda: type(Sub(5) + 1).__name__)
t(lambda: type(+Sub(5)).__name__)
t(lambda: repr(Sub(5)))
class Rev:
    def __eq__(self, o): print('Rev.eq'); return NotImplemented
    def __ne__(self, o): print('Rev.ne'); return NotImplemented
t(lambda: Rev() == Rev())
t(lambda: Rev() != 1)
class L:
    def __lt__(self, o): print('L.lt'); return NotImplemented
class G(L):
    def __gt__(self, o): print('G.gt'); return True
t(lambda: L() < G())
t(lambda: G() < L())
class I2:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'add-fallback'
x = I2(); x += 1; print(x)
class I3:
    def __iadd__(self, o): return NotImplemented
def ia():
    y = I3(); y += 1
t(ia)
def ia2():
    y = I3(); y -= 1
t(ia2)
def ia3():
    y = []; y *= 'a'
t(ia3)
def ia4():
    y = 'a'; y @= 1
t(ia4)
def ia5():
    y = 5; y **= 'a'
t(ia5)
t(lambda: pow(1, 'a'))
t(lambda: pow(1.0, 2, 3))
t(lambda: 1 < 'a')
t(lambda: 'a' >= 1)
t(lambda: [] > {})
t(lambda: None < 1)
t(lambda: object() < object())
t(lambda: 1 == 'a')
t(lambda: -'a')
t(lambda: ~1.5)
t(lambda: +'a')
t(lambda: abs(None))
t(lambda: 'a' - 'b')
t(lambda: 1 << 1.5)
t(lambda: 1.5 & 1)
t(lambda: [] @ [])
t(lambda: 5 % 'a')
t(lambda: 'a' % 5)
t(lambda: divmod('a', 1))
t(lambda: 2 ** -1)
t(lambda: (-8) ** 0.5)
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: (-2.0) ** 0.5)
t(lambda: True + True)
t(lambda: True & False)
t(lambda: True | 2)
t(lambda: type(True ^ True).__name__)
