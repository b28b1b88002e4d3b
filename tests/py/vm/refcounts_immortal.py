# immortal-test: immortal0-differs
# sys.getrefcount of immortal objects (PEP 683): fixed at 4294967295 however many references exist.
import sys
print("None", sys.getrefcount(None))
print("True", sys.getrefcount(True))
print("False", sys.getrefcount(False))
print("small int 0", sys.getrefcount(0))
print("small int 256", sys.getrefcount(256))
print("small int -5", sys.getrefcount(-5))
print("empty str", sys.getrefcount(""))
print("one-char str", sys.getrefcount("a"))
print("empty tuple", sys.getrefcount(()))
print("Ellipsis", sys.getrefcount(...))
print("int type", sys.getrefcount(int))
many = [None] * 1000
print("None after 1000 more references", sys.getrefcount(None))
del many
print("257 is mortal:", sys.getrefcount(int("257")))
print("a computed small int", sys.getrefcount(int("7")))
