# `is` versus `==`: identity of singletons, interned names, copies, and equality of containers.
a = [1, 2, 3]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
empty_tuple = ()
empty_str = ""
print(None is None, True is (1 == 1), empty_tuple is tuple(), empty_str is str())
x = int("100")
y = int("100")
print(x == y, x is y, "small ints are shared")
p = int("1000")
q = int("1000")
print(p == q, p is q, "large ints are separate objects")
s1 = "hello"
s2 = "hel" + "lo"
s3 = "".join(["hel", "lo"])
print(s1 == s3, s1 is s2, s1 is s3)
print([1, [2]] == [1, [2]], (1, 2) == (1, 2), {"a": 1} == {"a": 1}, {1, 2} == {2, 1})
print([1, 2] == (1, 2), 1 == "1", [] == [], [] is [])
t = (1, [2])
u = (1, [2])
print(t == u, t is u)
print(id(a) == id(b), id(a) == id(c))
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,))
