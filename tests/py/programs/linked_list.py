# A singly linked list class: append/prepend, iteration, indexing, reversal in place, removal,
# merging two sorted lists and detecting the middle node; plus dunders for len/iter/repr/eq/contains.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.tail = None
        self.length = 0
        for v in values:
            self.append(v)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self.length += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self.length += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.length

    def __getitem__(self, index):
        if index < 0:
            index += self.length
        if not 0 <= index < self.length:
            raise IndexError("linked list index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node.value

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __contains__(self, value):
        return any(v == value for v in self)

    def reverse(self):
        prev, node = None, self.head
        self.tail = node
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove(self, value):
        prev, node = None, self.head
        while node is not None:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                if node is self.tail:
                    self.tail = prev
                self.length -= 1
                return True
            prev, node = node, node.next
        return False

    def middle(self):
        slow = fast = self.head
        while fast is not None and fast.next is not None:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


def merge_sorted(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    va, vb = next(ia, None), next(ib, None)
    while va is not None or vb is not None:
        if vb is None or (va is not None and va <= vb):
            out.append(va)
            va = next(ia, None)
        else:
            out.append(vb)
            vb = next(ib, None)
    return out


ll = LinkedList([3, 1, 4, 1, 5])
ll.prepend(9)
ll.append(2)
print(ll, len(ll), ll[0], ll[-1], ll[3], 5 in ll, 7 in ll)
ll.reverse()
print(ll, ll.tail.value, ll.middle())
print(ll.remove(1), ll.remove(9), ll.remove(42), ll, len(ll))
ll.append(6)
print(ll, ll == LinkedList([2, 5, 4, 1, 3, 6]), ll == [2, 5, 4, 1, 3, 6])
print(merge_sorted(LinkedList([1, 4, 6, 9]), LinkedList([2, 3, 7, 10, 11])))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
empty.reverse()
print(empty, empty.middle(), list(empty), sum(LinkedList(range(101))))
