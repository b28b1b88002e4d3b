# Replacing sys.stdout and sys.stderr: print() and warnings go to whatever object is installed
# (a StringIO, or any object with write()); contextlib.redirect_stdout/redirect_stderr; restoring.
import io
import sys
import contextlib
import warnings


class Recorder:
    """Any object with write() can be sys.stdout."""

    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)

    def flush(self):
        pass


def report(name, n):
    print(f"{name}: {n}")


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("inside")
    report("answer", 42)
    print("more", 1, 2, sep="-")
print("captured:", repr(buf.getvalue()))

rec = Recorder()
old = sys.stdout
sys.stdout = rec
print("hello", "world")
print("x", end="")
sys.stdout = old
print("recorder chunks:", rec.chunks)

err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    warnings.warn("careful", UserWarning)
lines = err.getvalue().splitlines()
print("stderr lines:", len(lines))
print(lines[0])
print(lines[1].split(":")[-2:] if len(lines) > 1 else None)

# Nested redirects restore in order.
outer, inner = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(outer):
    print("outer 1")
    with contextlib.redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
print(sys.stdout is sys.__stdout__)

# sys.stdout = None: print() does nothing.
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("back")

# input() writes its prompt to the current sys.stdout.
cap = io.StringIO()
with contextlib.redirect_stdout(cap):
    try:
        input("prompt> ")
    except EOFError:
        print("EOF")
print(repr(cap.getvalue()))
