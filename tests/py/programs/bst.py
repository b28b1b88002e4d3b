# A binary search tree: insert, search, delete (all three cases), traversals, height, balance check,
# range queries, and rebuilding a balanced tree from the sorted keys.
class Node:
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = Node(key, value)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key, value))
                self.size += 1
                return
            node = child

    def find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def delete(self, key):
        self.root, removed = self._delete(self.root, key)
        if removed:
            self.size -= 1
        return removed

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, removed = self._delete(node.left, key)
            return node, removed
        if key > node.key:
            node.right, removed = self._delete(node.right, key)
            return node, removed
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        successor = node.right
        while successor.left is not None:
            successor = successor.left
        node.key, node.value = successor.key, successor.value
        node.right, _ = self._delete(node.right, successor.key)
        return node, True

    def inorder(self, node="root"):
        node = self.root if node == "root" else node
        if node is not None:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node.key
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c is not None]
        return out

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        return [k for k in self.inorder() if lo <= k <= hi]


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 5, 1]:
    tree.insert(k, str(k))
print(list(tree.inorder()))
print(list(tree.preorder()))
print(tree.levels())
print("size", tree.size, "height", tree.height())
print(tree.find(45).value, tree.find(99))
for k in [1, 20, 50, 99]:
    print("delete", k, tree.delete(k), list(tree.inorder()))
print(tree.levels(), tree.range(30, 65))


def build_balanced(keys, t=None, lo=0, hi=None):
    t = BST() if t is None else t
    hi = len(keys) - 1 if hi is None else hi
    if lo <= hi:
        mid = (lo + hi) // 2
        t.insert(keys[mid])
        build_balanced(keys, t, lo, mid - 1)
        build_balanced(keys, t, mid + 1, hi)
    return t


skewed = BST()
for k in range(1, 32):
    skewed.insert(k)
balanced = build_balanced(list(skewed.inorder()))
print("skewed height", skewed.height(), "balanced height", balanced.height(), balanced.levels()[:3])
