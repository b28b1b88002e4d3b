# sys.getrefcount of constants while the code that holds them runs. CPython's parser keeps every object
# it made in its arena until a script (or exec/eval of source) has finished running, so a constant of
# such code counts one reference more than the program's own (bytes two); code from compile() or an
# import does not. Equal constants of one compilation are one object (tuple items included).
import sys

r = sys.getrefcount
s = "a string with spaces"
t = (1.5, "tuple item", b"some bytes")
print(r(s), r(t), r(t[0]), r(t[1]), r(t[2]))
f = -7.25
big = 10 ** 30
print(r(f), r(big))
d = {"a key": "a value"}
print(r(list(d)[0]), r(d["a key"]))
s2 = "a string with spaces"
print(s2 is s, r(s))


def func():
    """a docstring"""
    local = "local constant"
    return r(local), r(func.__doc__)


print(func())
exec("x = 'exec constant'\nprint(r(x))")
print(eval("r('eval constant')"))
code = compile("y = 'compiled constant'\nprint(r(y))", "<c>", "exec")
exec(code)
ns = {"r": r}
exec("z = 'exec in a dict'\nn = r(z)", ns)
print(ns["n"], r(ns["z"]))
