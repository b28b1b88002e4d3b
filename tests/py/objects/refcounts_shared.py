# immortal-test: immortal0-differs
# Reference counts as containers share objects: a fresh object's count follows every new reference,
# while immortal ones (None, small ints, '') keep 4294967295 however many containers hold them.
import sys


class Node:
    def __init__(self, value):
        self.value = value


def show(label, obj):
    # Two references are the caller's name and this function's parameter; getrefcount adds one more.
    print(f"{label:<28}{sys.getrefcount(obj) - 2}")


fresh = Node(0)
show("fresh node", fresh)
nodes = [fresh] * 10
show("in a list ten times", fresh)
table = {i: fresh for i in range(5)}
show("plus five dict values", fresh)
del nodes
show("list dropped", fresh)
table.clear()
show("dict cleared", fresh)
print("None", sys.getrefcount(None))
many = [None] * 1000
print("None, 1000 more", sys.getrefcount(None))
print("small int 7", sys.getrefcount(7), "and the empty string", sys.getrefcount(""))
ints = list(range(200))
print("small int 7 in a list too", sys.getrefcount(7))
big = int("1" * 30)
holders = [big, big, big]
print("a big int, three times in a list", sys.getrefcount(big))
