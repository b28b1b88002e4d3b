# A dunder found through a descriptor whose __get__ itself runs dunders: the slot calls what __get__
# returned without passing self again (len, bool, iter, call, init paths).
class Q:
    def __len__(self): return 0
class P:
    def __get__(self, obj, t=None):
        len(Q())
        return lambda *a: print('args', len(a)) or 3
class C:
    __len__ = P()
print(len(C()))
class R:
    def __get__(self, obj, t=None):
        bool(Q()); iter([])
        return lambda *a: print('call args', len(a)) or 'r'
class D:
    __call__ = R()
    __repr__ = R()
print(D()(1, 2))
print(repr(D()))
