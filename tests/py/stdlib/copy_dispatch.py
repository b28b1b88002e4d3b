# copy's lookup order as CPython 3.12 has it: the per-type tables (_copy_dispatch and
# _deepcopy_dispatch, which libraries extend), copyreg.dispatch_table reducers (also for complex and
# X | Y unions), __reduce_ex__ looked up on the instance, weak references returned as they are, and
# reductions that are strings (the object itself).
import copy
import copyreg
import weakref


class Target:
    def __init__(self, x):
        self.x = x
        self.items = [x]

    def __repr__(self):
        return f'Target({self.x!r}, {self.items!r})'


r = weakref.ref(Target)
print(copy.copy(r) is r, copy.deepcopy(r) is r, copy.deepcopy([r])[0] is r)
print(copy.copy(3 + 4j), copy.deepcopy(-1j), copyreg.dispatch_table[complex](2 + 5j))
u = int | str
print(copy.copy(u), copy.deepcopy(u) == u, copy.deepcopy([u, u]))
print(copy.dispatch_table is copyreg.dispatch_table)

# A reducer registered with copyreg wins over __reduce_ex__, for copy and deepcopy alike.
copyreg.pickle(Target, lambda o: (Target, (o.x * 10,)))
print(copy.copy(Target(1)), copy.deepcopy(Target(2)), copy.deepcopy({'t': Target(3)}))
del copyreg.dispatch_table[Target]
print(copy.copy(Target(4)))


# Libraries register their own copiers in the module's tables.
class Token:
    def __init__(self, name):
        self.name = name


copy._copy_dispatch[Token] = lambda t: Token(t.name + "'")
copy._deepcopy_dispatch[Token] = lambda t, memo: Token(t.name + '"')
print(copy.copy(Token('a')).name, copy.deepcopy(Token('b')).name, [t.name for t in copy.deepcopy([Token('c')] * 2)])


# __reduce_ex__ and __reduce__ come from the instance, not only its class.
class PerInstance:
    def __init__(self, v):
        self.v = v


p = PerInstance(5)
p.__reduce_ex__ = lambda proto: (PerInstance, (p.v + proto,))
print(copy.copy(p).v, copy.deepcopy(p).v)


# A string reduction means "this object is a global": copied as itself.
class Singleton:
    def __reduce__(self):
        return 'SINGLE'


SINGLE = Singleton()
print(copy.copy(SINGLE) is SINGLE, copy.deepcopy([SINGLE])[0] is SINGLE)


# __deepcopy__ gets the memo, and can use it for shared parts.
class Graph:
    def __init__(self):
        self.nodes = []

    def __deepcopy__(self, memo):
        g = Graph()
        memo[id(self)] = g
        g.nodes = copy.deepcopy(self.nodes, memo)
        return g


g = Graph()
g.nodes = [g, [1, 2]]
g2 = copy.deepcopy(g)
print(g2.nodes[0] is g2, g2.nodes[1] == [1, 2], g2.nodes[1] is g.nodes[1])
print(copy.deepcopy((1, 'a', None, (2.5, b'x'))), copy.deepcopy(frozenset({1, (2, 3)})) == frozenset({1, (2, 3)}))
print(sorted(copy.deepcopy({1, 'a'}), key=str), copy.copy(bytearray(b'ab')), copy.deepcopy(range(3)))
