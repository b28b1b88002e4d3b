# Lambda expressions: defaults, closures, keyword arguments, immediately called, as sort keys.
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print((lambda *args, **kw: (args, sorted(kw.items())))(1, 2, z=3, a=4))
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(max(people, key=lambda p: len(p[0])))
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
table = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([table[op](6, 3) for op in "+-*"])
print(square.__name__, (lambda: 0).__name__)
make_multiplier = lambda n: lambda x: x * n
triple = make_multiplier(3)
print(triple(5), make_multiplier(2)("ab"))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
