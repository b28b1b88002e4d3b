# ast.dump and ast.unparse on a varied module: the default one-line dump, annotate_fields=False,
# include_attributes, indent as a number and as a string; unparse of every statement kind
# (decorators, docstrings, type parameters, match, try/except*, async, f-strings, walrus,
# operators needing parentheses, string quoting) and the parse(unparse(t)) == t round trip;
# compile(tree) runs the same as compile(source).

import ast

SOURCE = '''\
"""Inventory helpers."""
from __future__ import annotations
import itertools as it
from .models import Item, Stock as S

type Pair[T] = tuple[T, T]

@dataclass(frozen=True)
class Box[T: (int, str), *Ts, **P](Base, metaclass=Meta):
    """A box.

    Holds things."""
    size: int = 3
    label: str

    def __init__(self, *items, sep=", ", **opts) -> None:
        self.items = [i for i in items if i is not None]
        self.sep, self.opts = sep, opts

    async def fill(self, source, /, limit=10, *, strict=False):
        async with source.lock() as guard, other:
            async for chunk in source:
                if (n := len(chunk)) > limit:
                    break
                yield chunk
            else:
                await guard.release()

def classify(event):
    match event:
        case {"type": "click", "pos": (x, y), **rest} if x > 0:
            return f"click at {x},{y} {rest!r:>10}"
        case Point(x=0, y=0) | [0, 0]:
            return "origin"
        case [first, *others] as seq:
            return f'{first=} and {len(others)} more ({seq})'
        case str() | bytes():
            return "text"
        case -1 | 1.5 | 2j | None | True:
            return "const"
        case _:
            return None

def risky(values):
    try:
        total = sum(v ** 2 for v in values) / len(values)
    except* (ZeroDivisionError, TypeError) as eg:
        raise ValueError("bad") from eg
    try:
        pass
    except KeyError:
        pass
    else:
        total -= 1
    finally:
        del values[:]
    global COUNT
    COUNT += 1
    return lambda x=total, *a, k, **kw: (x, a, k, kw)

x = -2 ** -1 + (not a) - ~b * (c if d else e) @ f
y = a if b else (lambda: c) if d else e
z = (yield) if False else [*a, *b], {**c, 'k': [1, 2][::-1]}
w = a < b == c is not d not in e and (f or g) or not h
s = 'it\\'s' + "say \\"hi\\"" + """tri"ple""" + 'tab\\there' + "nl\\n" + 'é\\u2028' + r'\\d'
b = b'bytes\\x00' + rb'raw'
n = (1).real, 1.5.imag, 1e400, -1e400j, 0xff, 1_000
t = (), (1,), x[1:2, ::3], x[()], x[a, b], x[1:2][3]
assert isinstance(x, int), "x must be int"
with open("f") as fh, lock:
    data = fh.read()
while data:
    data = data[1:]
for i, (j, k) in enumerate(pairs):
    continue
nonlocal_ok = [v for row in grid for v in row if v if not v < 0]
print(f"{x!r:{width}.{prec}}", f'{"nested"}', f"{ {'a': 1}['a'] }", sep="")
'''

tree = ast.parse(SOURCE, 'inventory.py')
print(ast.dump(tree.body[5].body[3]))
print(ast.dump(tree.body[6].body[0].cases[0].pattern, annotate_fields=False))
print(ast.dump(tree.body[4], include_attributes=True, indent=2))
print(ast.dump(tree.body[3], indent='\t'))
print(ast.dump(ast.parse('x = 1; del x', mode='exec'), indent=0))

text = ast.unparse(tree)
print(text)
again = ast.parse(text)
print('round trip:', ast.dump(again) == ast.dump(tree))
print('stable:', ast.unparse(again) == text)

# compile(tree) runs like compile(source).
PROGRAM = '''
def gen(n):
    for i in range(n):
        yield i * i
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total += v
        return self
acc = Acc()
for v in gen(5):
    acc.add(v)
match acc.total:
    case int(t) if t > 10:
        kind = f"big {t}"
    case _:
        kind = "small"
'''
a, b = {}, {}
exec(compile(PROGRAM, '<src>', 'exec'), a)
exec(compile(ast.parse(PROGRAM), '<tree>', 'exec'), b)
print(a['kind'], b['kind'], a['acc'].total == b['acc'].total)
print(ast.dump(ast.parse('f(x)', mode='eval')), ast.dump(ast.parse('x', mode='single')))
