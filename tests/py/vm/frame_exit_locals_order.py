# The order in which a frame's locals are finalized when it ends: by returning (the frame clears
# them from the first on), and by raising (the traceback keeps a frame object, whose deallocation
# clears them from the first on when the exception goes away), including cells and arguments.
class N:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def returns(p):
    a = N("a")
    b = N("b")
    return 1


def raises(p):
    a = N("a")
    b = N("b")
    c = N("c")
    raise ValueError("boom")


def with_cell():
    a = N("cell-a")
    b = N("b")

    def inner():
        return a
    raise KeyError(inner)


returns(N("p"))
print("--")
try:
    raises(N("p"))
except ValueError as e:
    print("caught", e)
print("--")
try:
    with_cell()
except KeyError:
    print("caught KeyError")
print("--")
try:
    raises(N("kept"))
except ValueError as e:
    saved = e
print("still held")
del saved
print("end")
