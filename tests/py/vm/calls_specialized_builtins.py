# Calls compiled code specializes (len, isinstance, list.append: 3.12's CALL_NO_KW_LEN,
# CALL_NO_KW_ISINSTANCE, CALL_NO_KW_LIST_APPEND): subclasses, __len__, __instancecheck__, errors.
class L(list):
    def __len__(self): return 42
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 7
class M(metaclass=Meta): pass
class D(dict): pass
def run():
    out = []
    l = L([1]); d = D(a=1)
    for i in range(3):
        out.append(len([1, 2]))
        out.append(len(l)); out.append(len((1,))); out.append(len(d)); out.append(len('abc')); out.append(len({1: 2}))
        out.append(isinstance(7, M)); out.append(isinstance(8, M)); out.append(isinstance(l, list)); out.append(isinstance(1, (str, int)))
        out.append(isinstance(True, int)); out.append(isinstance(M, Meta))
        l.append(5)
        list.append(l, 6)
        try: len(5)
        except TypeError as e: out.append(str(e))
        try: len()
        except TypeError as e: out.append(str(e))
        try: isinstance(1, 2)
        except TypeError as e: out.append(str(e))
        try: out.append()
        except TypeError as e: out.append(str(e))
        try: list.append(5, 1)
        except TypeError as e: out.append(str(e))
        try: len(x=1)
        except TypeError as e: out.append(str(e))
    return out
for _ in range(4): r = run()
print(r)
print(list.__len__(L([1, 2, 3])), len(L()), list(l for l in [L([9])]))
class Big:
    def __len__(self): return 2**70
try:
    def f(): return len(Big())
    for _ in range(5): f()
except OverflowError as e: print(e)
class Neg:
    def __len__(self): return -1
try:
    def g(): return len(Neg())
    for _ in range(5): g()
except ValueError as e: print(e)
