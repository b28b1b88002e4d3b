# copy.copy / copy.deepcopy: builtin containers, shared and cyclic references (memo), user
# classes with __dict__ and __slots__, __copy__/__deepcopy__ hooks, __reduce__, __getstate__/
# __setstate__, immutables returned as is, copy.Error.
import copy


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        return f'Node({self.value}, {self.children})'


tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[1].value = 30
print(shallow.children is tree.children, deep.children is tree.children)
print(shallow, deep)

shared = [1, 2]
outer = {'a': shared, 'b': shared, 't': (shared, 3)}
c = copy.deepcopy(outer)
print(c['a'] is c['b'], c['t'][0] is c['a'], c['a'] is shared, c == outer)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
cyc.clear()
t = (1, 'x', (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
for obj in [5, 'str', None, 3.5, len, Node, range(3), frozenset({1})]:
    print(copy.copy(obj) is obj, end=' ')
print()
print(copy.copy([1, [2]]), copy.copy({1: [2]}), copy.copy({1, 2}), copy.deepcopy({'k': {'n': [1]}}))


class Slotted:
    __slots__ = ('a', 'b')


s = Slotted()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, 'b'))


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('  __copy__ called')
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print('  __deepcopy__ called', type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))


tr = copy.copy(Tracked([1]))
td = copy.deepcopy([Tracked([2]), 'x'])
print(tr.v, td[0].v)


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'big'

    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


st = copy.deepcopy(Stateful())
print(st.data, st.cache)


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n + 100,))


print(copy.copy(Reduced(1)).n, copy.deepcopy(Reduced(2)).n)


class Money(float):
    pass


m = copy.deepcopy(Money(2.5))
print(m, type(m).__name__)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
