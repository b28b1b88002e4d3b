# Calling a class whose __init__ is a Python function runs __init__ in the eval loop (no JS
# re-entry): arguments, errors, the None check, abstract classes, frames and recursion must be as
# in CPython.
import sys
class A:
    def __init__(self, x, y=2, *, z=3):
        self.s = x + y + z
class Bad:
    def __init__(self):
        return 5
class Raises:
    def __del__(self):
        print('del Raises')
    def __init__(self, v):
        if v: raise ValueError(v)
class G:
    def __init__(self):
        yield 1
print(A(1).s, A(1, 5).s, A(1, z=10).s, A(x=4, y=1).s)
try: Bad()
except TypeError as e: print('TypeError', e)
try: Raises(1)
except ValueError as e: print('ValueError', e)
print('after')
try: G()
except TypeError as e: print('TypeError', e)
try: A()
except TypeError as e: print('TypeError', e)
try: A(1, 2, 3)
except TypeError as e: print('TypeError', e)
from abc import ABC, abstractmethod
class Abs(ABC):
    @abstractmethod
    def f(self): ...
    def __init__(self): print('init')
try: Abs()
except TypeError as e: print('TypeError', e)
class F:
    def __init__(self):
        self.back = sys._getframe(1).f_code.co_name
def caller():
    return F().back
print(caller())
def deep(n):
    return A(n).s if n == 0 else deep(n - 1)
print(deep(50))
class R:
    def __init__(self, n):
        self.c = R(n - 1) if n else None
try:
    R(10**6)
except RecursionError as e:
    print('RecursionError', e)
class Sub(A):
    pass
print(Sub(1).s, type(Sub(1)).__name__)
x = Raises(0)
del x
