# Exception classes customising __init__, __str__ and __repr__; how args, str() and repr() interact;
# exceptions whose __str__ fails; keyword arguments to exception subclasses; and exception
# instances used as data (sorting errors, grouping by type).
class HTTPError(Exception):
    def __init__(self, status, reason, url=None):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
        self.url = url
    def __str__(self):
        where = f" for {self.url}" if self.url else ""
        return f"{self.status} {self.reason}{where}"

class NotFound(HTTPError):
    def __init__(self, url):
        super().__init__(404, "Not Found", url)

e = NotFound("/missing")
print(str(e), "|", repr(e), "|", e.args, e.status)
print(str(HTTPError(500, "Server Error")), repr(HTTPError(500, "Server Error")))

class Quiet(Exception):
    def __repr__(self):
        return "<Quiet>"
print(repr(Quiet("x")), str(Quiet("x")), [Quiet()])

class NoSuperInit(Exception):
    def __init__(self, code):
        self.code = code
n = NoSuperInit(3)
print(n.args, str(n), repr(n))

class KwOnly(Exception):
    def __init__(self, *, detail):
        super().__init__(detail)
        self.detail = detail
k = KwOnly(detail="kw")
print(k.args, k.detail)
try:
    ValueError(x=1)
except TypeError as err:
    print("TypeError:", err)
try:
    KwOnly("positional")
except TypeError as err:
    print("TypeError:", err)

class BrokenStr(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")
try:
    str(BrokenStr())
except RuntimeError as err:
    print("RuntimeError:", err)
print(repr(BrokenStr("still repr-able")))

# args can hold anything; str of a non-str single arg.
print(str(ValueError(42)), str(ValueError([1, 2])), str(ValueError(None)), repr(ValueError("a", [1])))
print(str(KeyError("quoted")), str(KeyError(("t", 1))), str(KeyError(1, 2)))

# Exceptions as data.
errors = [NotFound("/a"), HTTPError(500, "Oops"), ValueError("v"), NotFound("/b"), KeyError("k")]
by_type = {}
for err in errors:
    by_type.setdefault(type(err).__name__, []).append(str(err))
print(sorted(by_type.items()))
print(sorted(errors, key=lambda e: (type(e).__name__, str(e)))[0])
print([isinstance(x, HTTPError) for x in errors], sum(isinstance(x, LookupError) for x in errors))

# Exception class attributes and instance attribute shadowing.
class Coded(Exception):
    code = "E000"
class SpecificCoded(Coded):
    code = "E042"
c = SpecificCoded("msg")
print(c.code, Coded("x").code)
c.code = "E999"
print(c.code, SpecificCoded.code, vars(c))
