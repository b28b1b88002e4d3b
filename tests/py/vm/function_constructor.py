# types.FunctionType(code, globals, name, argdefs, closure) and types.CellType(contents) as CPython 3.12
# builds them, with its argument checks and messages; exec(code, closure=cells) runs a code object that has
# free variables against the given cells (reads and nonlocal writes), with exec's own closure checks.
# A function built from globals without __builtins__ uses the running frame's builtins and leaves the dict alone.
import types
def outer():
    x = 1
    def inner(a, b=2, *, c=3): return a + b + c + x
    return inner
inner = outer()
def plain(a, b=5): return a * b
g = {'__name__': 'mymod'}
f = types.FunctionType(plain.__code__, g)
print(f(3, 4), f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__globals__ is g, f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else type(f.__builtins__))
f2 = types.FunctionType(plain.__code__, globals(), 'renamed', (7,))
print(f2(2), f2.__name__, f2.__qualname__, f2.__defaults__, f2.__module__)
f3 = types.FunctionType(inner.__code__, {}, None, None, inner.__closure__); f3.__kwdefaults__ = {'c': 10}
print(f3(1, 2), f3.__kwdefaults__, f3.__closure__ == inner.__closure__)
for args in [(), (1,), (plain.__code__,), (1, {}), (plain.__code__, []), (plain.__code__, {}, 5), (plain.__code__, {}, None, [1]),
             (inner.__code__, {}), (inner.__code__, {}, None, None, (1,)), (inner.__code__, {}, None, None, [1]), (plain.__code__, {}, None, None, (types.CellType(1),)),
             (plain.__code__, {}, None, None, None, 5), (plain.__code__, {}, None, None, None, None, 7)]:
    try:
        types.FunctionType(*args)
        print('ok', len(args))
    except Exception as e:
        print(type(e).__name__, e)
try: types.FunctionType(code=plain.__code__, globals={}, name='kw')(1)
except Exception as e: print(type(e).__name__, e)
print(types.FunctionType(code=plain.__code__, globals={}, name='kw').__name__)
c = types.CellType(); print(repr(c).split(" at ")[0], repr(c).endswith(": empty>"))
try: c.cell_contents
except ValueError as e: print(e)
c = types.CellType([1]); print(c.cell_contents)
for a, k in [((1, 2), {}), ((), {'x': 1})]:
    try: types.CellType(*a, **k)
    except Exception as e: print(type(e).__name__, e)
def outer():
    x = 10
    def inner():
        print('x is', x)
        return x
    return inner
inner = outer()
exec(inner.__code__, {}, None, closure=inner.__closure__)
exec(inner.__code__, {'print': lambda *a: print('custom', *a)}, closure=inner.__closure__)
c = types.CellType(5)
exec(inner.__code__, {}, closure=(c,))
c.cell_contents = 7
exec(inner.__code__, closure=(c,))
code2 = compile('y = 1', 's', 'exec')
for src, cl in [('1', (c,)), ('1', None), (inner.__code__, None), (inner.__code__, ()), (inner.__code__, (c, c)), (inner.__code__, [c]), (inner.__code__, (1,)), (code2, (c,)), (code2, ()), (code2, None)]:
    try:
        exec(src, {}, closure=cl)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
def mk():
    a = 1
    def setter():
        nonlocal a
        a = 42
    return setter, lambda: a
s, get = mk()
exec(s.__code__, {}, closure=s.__closure__)
print(get())
g2 = {}
f4 = types.FunctionType(compile('len', 'm', 'eval'), g2)
print(f4() is len, sorted(g2))
g3 = {'__builtins__': {'len': lambda x: -1}}
print(types.FunctionType(compile('len("ab")', 'm', 'eval'), g3)())
