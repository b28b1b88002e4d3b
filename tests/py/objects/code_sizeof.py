# sys.getsizeof and __sizeof__ of code objects: CPython's struct plus its code units (instructions,
# EXTENDED_ARG prefixes, inline caches), rounded up to 8 bytes; long jumps need prefixes, which move
# other jumps' targets.
import sys


def walk(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            yield from walk(c)


def show(label, src):
    co = compile(src, label, 'exec')
    for c in walk(co):
        print(label, c.co_name, sys.getsizeof(c), c.__sizeof__())


show('empty', '')
show('simple', 'def f(x):\n    return x + 1\n')
show('calls', 'def g(a, b):\n    print(a.b.c, b[0], len(a))\n    a.x = b\n    return g(*a, **b)\n')
show('loops', 'def h(xs):\n    t = 0\n    for x in xs:\n        if x > 3 and x < 10:\n            t += x\n        while t > 100:\n            t -= 7\n    return t\n')
show('gen', 'def gen():\n    yield 1\n    yield from range(3)\nasync def co():\n    await gen()\n    async for x in gen():\n        pass\n')
show('classes', 'class A:\n    def m(self):\n        return super().m()\n    @property\n    def p(self):\n        return [i * i for i in range(10) if i]\n')
show('try', 'def t():\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        return e\n    finally:\n        print("done")\n    with open("x") as f:\n        pass\n')
# A body long enough that the loop's backward jump and the if's forward jump need EXTENDED_ARG.
body = ''.join(f'            v{i} = x.a{i} + {i}\n' for i in range(60))
show('long', f'def big(x):\n    while x:\n        if x.flag:\n{body}        x = x.next\n    return x\n')
# Many constants and names: opargs above 255.
consts = ''.join(f'    n{i} = {i * 1.5}\n' for i in range(300))
show('wide', f'def wide():\n{consts}    return n299\n')
print(sys.getsizeof(show.__code__) == show.__code__.__sizeof__())
