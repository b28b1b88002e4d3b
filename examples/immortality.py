# What PEP 683 immortality does, seen from Python. Run: node bin/immortal.js examples/immortality.py
# (or `npm run demo`). Under `-X immortal=0` the same program shows Python 3.11's counting.
import sys

print("Reference counts (sys.getrefcount adds one for its own argument):")
for label, value in [("None", None), ("True", True), ("0", 0), ("256", 256), ("''", ""),
                     ("'a'", "a"), ("()", ()), ("int", int)]:
    print(f"  {label:6} {sys.getrefcount(value)}")

fresh = [1, 2, 3]
print(f"  a fresh list: {sys.getrefcount(fresh)}")
alias = fresh
print(f"  ... after `alias = fresh`: {sys.getrefcount(fresh)}")
del alias

big = int("1" + "0" * 20)  # built at run time (a folded constant would also be held by the code object)
print(f"  10**20 (not a small int): {sys.getrefcount(big)}")

print()
print("Immortal objects don't count their references:")
before = sys.getrefcount(None)
many = [None] * 100_000
print(f"  100000 more references to None: {sys.getrefcount(None) - before} change in its count")
del many

if hasattr(sys, "_is_immortal"):
    print()
    print("sys._is_immortal:")
    for label, value in [("None", None), ("42", 42), ("'x'", "x"), ("[]", []), ("10**20", big)]:
        print(f"  {label:7} {sys._is_immortal(value)}")
    name = "".join(["run", "time", "_name"])
    interned = sys.intern(name)
    print(f"  a string interned at run time (sys.intern) stays mortal: {sys._is_immortal(interned)}")


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  {self.name} finalized the moment its last reference went")


print()
print("Deterministic finalization:")
r = Resource("resource")
print("  dropping the last reference...")
del r
print("  ...done")
