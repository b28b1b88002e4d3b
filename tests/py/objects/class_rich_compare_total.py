# Rich comparisons in depth: reflected fallbacks (< uses the other's >), subclass priority, NotImplemented
# from both sides, == falling back to identity, != derived from ==, sorting and min/max with custom
# ordering, and comparisons returning non-bool values.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts <= other.parts
    __hash__ = None

vs = [Version(v) for v in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), min(vs), max(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, a > b, b >= a, a <= a, a == Version("1.0"), a != b)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
print(a == 5, a != 5, 5 == a)

# Reflection: x > y tries y < x when x has no __gt__.
class Left:
    def __lt__(self, other):
        return f"Left.__lt__({type(other).__name__})"
class Right:
    def __gt__(self, other):
        return f"Right.__gt__({type(other).__name__})"
print(Right() > Left(), Left() < Right(), Left() > Left() if False else "skip")
print(5 < Right(), Right() < 5 if hasattr(Right, "__lt__") and False else "n/a")

# Subclass overriding the reflected method goes first.
class Base:
    def __eq__(self, other):
        return "Base.__eq__"
    def __lt__(self, other):
        return "Base.__lt__"
class Derived(Base):
    def __eq__(self, other):
        return "Derived.__eq__"
    def __gt__(self, other):
        return "Derived.__gt__"
print(Base() == Derived(), Derived() == Base(), Base() < Derived(), Derived() > Base())
class NoOverride(Base):
    pass
print(Base() == NoOverride(), Base() < NoOverride())

# Both sides NotImplemented: == falls back to identity, < raises.
class Shy:
    def __eq__(self, other): return NotImplemented
    def __lt__(self, other): return NotImplemented
s = Shy()
print(s == s, s == Shy(), s != Shy())
try:
    s < Shy()
except TypeError as e:
    print("TypeError:", e)

# Non-bool results pass through comparisons but are truth-tested in chains and containers.
class Vec:
    def __init__(self, *xs): self.xs = xs
    def __eq__(self, other): return [a == b for a, b in zip(self.xs, other.xs)]
    def __lt__(self, other): return Vec(*(a < b for a, b in zip(self.xs, other.xs)))
    def __bool__(self): return all(self.xs)
    def __repr__(self): return f"Vec{self.xs}"
print(Vec(1, 2) == Vec(1, 3), Vec(1, 2) < Vec(2, 3), bool(Vec(1, 2) < Vec(2, 1)))
print(Vec(1) in [Vec(1)], 1 < 2 < 3, Vec(0) < Vec(1) < Vec(2))

# Sorting with mixed keys, stability and reverse.
class Task:
    def __init__(self, name, prio): self.name, self.prio = name, prio
    def __lt__(self, other): return self.prio < other.prio
    def __repr__(self): return f"{self.name}:{self.prio}"
tasks = [Task("a", 2), Task("b", 1), Task("c", 2), Task("d", 0), Task("e", 1)]
print(sorted(tasks), sorted(tasks, reverse=True))
print(max(tasks), min(tasks))
try:
    sorted([Task("x", 1), 3])
except TypeError as e:
    print("TypeError:", e)

# Comparing builtins with custom objects that accept them.
class Anything:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
print([1, Anything(), 3] == [1, 2, 3], (Anything(),) == (None,), {"k": Anything()} == {"k": 5}, Anything() in [7])
