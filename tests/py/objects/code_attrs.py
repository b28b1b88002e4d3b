# Code object attributes: the co_* fields, co_lines()/co_positions() shapes, replace(), equality.
def outer(a, b, /, c, *args, d=1, **kw):
    "doc"
    x = a + b
    def inner(y):
        return x + y + c
    return inner

co = outer.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars)
print(co.co_flags, co.co_stacksize > 0, co.co_firstlineno, co.co_filename.endswith('code_attrs.py'))
print(co.co_consts[0], [type(c).__name__ for c in co.co_consts], co.co_names)
inner = outer(1, 2, 3)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_varnames, ic.co_freevars, ic.co_cellvars, ic.co_argcount)
print(type(co.co_code).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)

lines = list(co.co_lines())
print(all(len(t) == 3 for t in lines), lines[0][0], sorted({t[2] for t in lines if t[2] is not None}))
print(all(s < e for s, e, _ in lines), all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)))
pos = list(co.co_positions())
print(all(len(p) == 4 for p in pos), sorted({p[0] for p in pos if p[0] is not None}))

def gen():
    yield 1
async def coro():
    pass
print(gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0, outer.__code__.co_flags & 0xc)

r = co.replace(co_name='renamed', co_qualname='Q.renamed', co_filename='other.py', co_firstlineno=99)
print(r.co_name, r.co_qualname, r.co_filename, r.co_firstlineno, r.co_varnames == co.co_varnames)
print(r == co, co == co.replace(), hash(co) == hash(co.replace()), r is co)

def add(p, q):
    return p + q
add2 = add.__code__.replace(co_consts=add.__code__.co_consts)
print(add2 == add.__code__)

def k():
    return 'hello'
k.__code__ = k.__code__.replace(co_consts=tuple('bye' if c == 'hello' else c for c in k.__code__.co_consts))
print(k())

for bad in (lambda: co.replace(1), lambda: co.replace(co_name=1), lambda: co.replace(bogus=1),
            lambda: co.replace(co_consts=[])):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

f1 = lambda: 0
f2 = lambda: 0
print(f1.__code__ == f2.__code__, {f1.__code__, f2.__code__}.__len__())
f3 = lambda: 0.0
print(f1.__code__ == f3.__code__)
try:
    co.co_name = 'x'
except AttributeError as e:
    print('AttributeError', e)
print(repr(co).startswith('<code object outer at 0x'), repr(co).endswith(', line 2>'))
names = [n for n in dir(co) if n.startswith('co_') or n == 'replace']
print(names)
