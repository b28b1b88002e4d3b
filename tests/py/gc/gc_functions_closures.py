# Cycles through functions, closures (cells), default arguments, classes and their methods.
import gc

gc.collect()
def outer():
    def inner(n):
        return inner if n == 0 else inner(n - 1)
    return inner

f = outer()
print(f(3) is f)
del f
print("recursive closure:", gc.collect())

def g(x=[]):
    return x
g.__defaults__[0].append(g)
del g
print("function in its own default:", gc.collect())

class K:
    def method(self):
        return self
k = K()
k.bound = k.method
del k
print("instance holding its bound method:", gc.collect())

class Temp:
    pass
del Temp
print("a class:", gc.collect() > 0)
