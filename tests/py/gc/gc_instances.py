# Cycles between instances of classes (with __dict__ and with __slots__), collected with their attributes.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

class Slotted:
    __slots__ = ("other", "tag")

gc.collect()
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("two nodes:", gc.collect())

s1 = Slotted(); s2 = Slotted()
s1.other = s2; s2.other = s1
s1.tag = s2.tag = "x"
del s1, s2
print("slotted pair:", gc.collect())

n = Node("self")
n.peer = n
print(gc.is_tracked(n))
del n
print("self node:", gc.collect())

chain = [Node(str(i)) for i in range(5)]
for i in range(5):
    chain[i].peer = chain[i - 1]
del chain
print("chain:", gc.collect())
print("nothing left:", gc.collect())
