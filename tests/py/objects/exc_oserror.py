# OSError: errno/strerror/filename/filename2 from the constructor's arguments, str() forms, the
# subclass chosen from the errno, aliases (IOError, EnvironmentError), and BlockingIOError's
# characters_written.
def show(e):
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, "|", e)

show(OSError())
show(OSError("just a message"))
show(OSError(2, "No such file or directory"))
show(OSError(2, "No such file or directory", "data.txt"))
show(OSError(1, "Operation not permitted", "a", None, "b"))
show(OSError(13, "Permission denied", "secret", None))
show(OSError(1, 2, 3, 4, 5, 6))

print(IOError is OSError, EnvironmentError is OSError)
for code in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 104, 110, 111, 3, 999):
    e = OSError(code, "msg")
    print(code, type(e).__name__)
print(type(OSError(2)).__name__, type(FileNotFoundError(17, "x")).__name__)

# Subclasses keep the mapping only for OSError itself.
class MyOSError(OSError):
    pass
print(type(MyOSError(2, "x")).__name__, MyOSError(2, "x").errno)

e = FileNotFoundError(2, "No such file or directory", "missing.cfg")
print(isinstance(e, OSError), e.errno, e.filename, str(e))
e.filename = "other.cfg"
e.errno = 5
print(e, e.args)

# BlockingIOError.characters_written.
b = BlockingIOError(11, "Resource temporarily unavailable", 7)
print(b.characters_written, b.args, b.filename)
b2 = BlockingIOError(11, "x")
try:
    b2.characters_written
except AttributeError as err:
    print("AttributeError:", err)
b2.characters_written = 3
print(b2.characters_written)
del b2.characters_written
try:
    del b2.characters_written
except AttributeError as err:
    print("AttributeError:", err)

# Catching by subclass through the errno mapping.
def open_config(path):
    raise OSError(2, "No such file or directory", path)
try:
    open_config("app.ini")
except FileNotFoundError as err:
    print("caught", type(err).__name__, err.filename)

# Hierarchy.
for cls in (ConnectionResetError, BrokenPipeError, TimeoutError, IsADirectoryError, InterruptedError):
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:-2]])
