# immortal-test: exit=1
# A sys.excepthook that itself raises: both errors are reported on stderr.
import sys


def bad_hook(etype, value, tb):
    raise RuntimeError("hook is broken")


sys.excepthook = bad_hook
print("start")
raise ValueError("original problem")
