# The standard streams: attributes of sys.stdin/stdout/stderr, text and .buffer writes mixed (with
# flushes, so the order is the same under any buffering), writelines, reconfigure.
import sys

out = sys.stdout
print(type(out).__name__, out.encoding, out.errors, out.mode, out.name, out.closed)
print(sys.stderr.errors, sys.stderr.line_buffering, sys.stdin.mode, sys.stdin.name)
print(out.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(out.writable(), out.readable(), sys.stdin.readable(), sys.stdin.writable())
print(out is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(type(out.buffer).__name__, out.buffer.mode, out.buffer.name)
print(repr(out))

n = out.write("text line\n")
print("write returned", n)
out.flush()
out.buffer.write(b"bytes line\n")
out.buffer.write("caf\u00e9 \u2603\n".encode("utf-8"))
out.buffer.write(bytearray(b"from a bytearray\n"))
out.buffer.flush()
print("text again")
out.writelines(["a", "b", "c\n"])
out.writelines(line + "\n" for line in ("gen1", "gen2"))

for bad in (42, b"x", None):
    try:
        out.write(bad)
    except TypeError as e:
        print("TypeError:", e)
out.flush()
try:
    out.buffer.write("not bytes")
except TypeError as e:
    print("TypeError:", e)

print(out.reconfigure(line_buffering=True), out.line_buffering)
print(out.reconfigure(line_buffering=False), out.line_buffering)
print(out.reconfigure(errors="replace"), out.errors)
out.reconfigure(errors="strict")
print(out.errors)

print("sep", "end", sep="|", end="!\n")
print("to stdout", file=sys.stdout, flush=True)
print(*range(5), sep=", ")
