# Freeing long chains of instances that refer to the next one: through __slots__, through an
# instance dict, through a subclass of a builtin container, with __del__ on every link (CPython's
# trashcan frees them iteratively: no RecursionError, and every finalizer runs once).
class SlotNode:
    __slots__ = ('next',)

    def __init__(self, n):
        self.next = n


class DictNode:
    def __init__(self, n):
        self.next = n


class ListNode(list):
    pass


deleted = 0


class DelNode:
    __slots__ = ('next', 'k')

    def __init__(self, n, k):
        self.next = n
        self.k = k

    def __del__(self):
        global deleted
        deleted += 1


def chain(cls, n):
    head = None
    for _ in range(n):
        head = cls(head)
    return head


for cls in (SlotNode, DictNode):
    head = chain(cls, 100000)
    del head
    print("freed", cls.__name__)

head = ListNode()
for _ in range(100000):
    head = ListNode([head])
del head
print("freed ListNode")

head = None
for k in range(50000):
    head = DelNode(head, k)
del head
print("finalized", deleted)
