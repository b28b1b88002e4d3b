# CPython's compiler merges equal constants across all the code objects of one compilation (the module
# and every function, lambda, class body and comprehension in it), and the items of constant tuples too:
# equal constants are the same object. Keys are type and value, so 1, 1.0 and True stay apart, as do
# 0.0 and -0.0. Separate compilations (exec of another string) do not share constants.

T = (1, 2, "three")
S = "a string with spaces"
B = b"some bytes"
F = 2.5
BIG = 123456789012345678901234567890
NEST = ((1, 2, "three"), 2.5)


def f():
    return (1, 2, "three"), "a string with spaces", b"some bytes", 2.5, 123456789012345678901234567890


class K:
    attr = (1, 2, "three")

    def m(self):
        return ((1, 2, "three"), 2.5)


g = lambda: "a string with spaces"
ft, fs, fb, ff, fbig = f()
print(ft is T, fs is S, fb is B, ff is F, fbig is BIG)
print(K.attr is T, K().m() is NEST, NEST[0] is T, NEST[1] is F, g() is S)
print([(1, 2, "three") for _ in range(2)][1] is T)
z1, z2, n1, n2 = (0.0, -0.0), (-0.0, 0.0), (1, 1.0, True), (1.0,)
print(z1[1] is z2[0], z1[0] is z2[1], n1[0] is n2[0], n1[1] is n2[0])
p1, p2, p3 = (1, 1.0), (1, 1.0), (1.0, 1)
print(p1 is p2, p1 is p3, F is NEST[1])
ns = {}
exec("t2 = (1, 2, 'three'); u2 = (1, 2, 'three')", ns)
print(ns["t2"] is T, ns["t2"] is ns["u2"], ns["t2"] == T)
print(f()[0] is f()[0], hash(T) == hash(ft))
# Keys of tuple items must not run together: these are two different constants.
x, y, z = ('a', 'b'), ('a|sb',), ('a', 'b')
print(x, y, x is z, x is y)
