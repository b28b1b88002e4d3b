# immortal-test: exit=1
# An uncaught exception goes through sys.excepthook: a replacement receives (type, value, traceback)
# and prints what it likes (here to stdout); sys.__excepthook__ keeps the original.
import sys

print(sys.excepthook is sys.__excepthook__)


def hook(etype, value, tb):
    print("hook got", etype.__name__, value)
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("frames:", frames)


sys.excepthook = hook
print(sys.excepthook is sys.__excepthook__)


def inner(n):
    return {"a": 1}[n]


def outer():
    return inner("missing")


outer()
