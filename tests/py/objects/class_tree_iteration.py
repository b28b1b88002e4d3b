# A binary search tree class exercising the container protocols: __iter__ as a generator (in-order),
# __reversed__, __contains__, __len__, __getitem__ by rank and slices, __bool__, __eq__ between trees,
# __repr__, and iteration helpers (zip, enumerate, sorted, min/max, unpacking) over it.
class Node:
    __slots__ = ("key", "left", "right", "size")
    def __init__(self, key):
        self.key = key
        self.left = self.right = None
        self.size = 1

class Tree:
    def __init__(self, keys=()):
        self.root = None
        for k in keys:
            self.add(k)
    def add(self, key):
        self.root = self._insert(self.root, key)
    @classmethod
    def _insert(cls, node, key):
        if node is None:
            return Node(key)
        if key < node.key:
            node.left = cls._insert(node.left, key)
        elif key > node.key:
            node.right = cls._insert(node.right, key)
        else:
            return node
        node.size = 1 + (node.left.size if node.left else 0) + (node.right.size if node.right else 0)
        return node
    def __len__(self):
        return self.root.size if self.root else 0
    @staticmethod
    def _walk(node, forward):
        if node:
            yield from Tree._walk(node.left if forward else node.right, forward)
            yield node.key
            yield from Tree._walk(node.right if forward else node.left, forward)
    def __iter__(self):
        return self._walk(self.root, True)
    def __reversed__(self):
        return self._walk(self.root, False)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("tree index out of range")
        node = self.root
        while True:
            left = node.left.size if node.left else 0
            if index < left:
                node = node.left
            elif index == left:
                return node.key
            else:
                index -= left + 1
                node = node.right
    def __eq__(self, other):
        return isinstance(other, Tree) and list(self) == list(other)
    def __repr__(self):
        return f"Tree({list(self)})"

t = Tree([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(t, len(t), bool(t), bool(Tree()), list(reversed(t)))
print(40 in t, 45 in t, t[0], t[-1], t[3], t[2:5], t[::3])
print(min(t), max(t), sum(t), sorted(t, reverse=True)[:3], list(enumerate(t))[:2], list(zip(t, "abc")))
first, second, *rest = t
print(first, second, len(rest), t == Tree(reversed(list(t))), t == [20])
try:
    t[100]
except IndexError as e:
    print("IndexError:", e)
it = iter(t)
print(next(it), next(it), list(it))
print([k for k in t if k % 20 == 0], {k // 10 for k in t}, dict.fromkeys(Tree([3, 1, 2])))
print(type(iter(t)).__name__, type(reversed(t)).__name__)
