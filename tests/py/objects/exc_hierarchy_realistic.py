# A realistic error-handling layer: an exception hierarchy for a config loader, chaining with
# `raise from`, context, notes, re-raising with added information, and the builtin hierarchy.
class ConfigError(Exception):
    """Base class for configuration problems."""
    def __init__(self, message, *, source=None):
        super().__init__(message)
        self.source = source
    def __str__(self):
        base = super().__str__()
        return f"{base} (in {self.source})" if self.source else base

class MissingKey(ConfigError, KeyError):
    def __init__(self, key, **kw):
        super().__init__(f"missing key {key!r}", **kw)
        self.key = key

class BadValue(ConfigError, ValueError):
    pass

def parse_line(line, lineno):
    if "=" not in line:
        raise BadValue(f"line {lineno}: expected key=value", source="settings.ini")
    key, _, value = line.partition("=")
    key, value = key.strip(), value.strip()
    if value.isdigit():
        return key, int(value)
    if value in ("true", "false"):
        return key, value == "true"
    return key, value

def load(text):
    config = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            key, value = parse_line(line, n)
        except BadValue as e:
            e.add_note(f"offending text: {line!r}")
            raise
        config[key] = value
    return config

def require(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise MissingKey(key, source="settings.ini") from e

good = load("# comment\nport = 8080\ndebug = true\nname = demo\n")
print(good)
print(require(good, "port"))
try:
    require(good, "host")
except ConfigError as e:
    print(type(e).__name__, "|", e, "|", repr(e.__cause__), e.__suppress_context__, e.key)
    print(isinstance(e, KeyError), isinstance(e, LookupError), [c.__name__ for c in type(e).__mro__])
try:
    load("port = 1\nthis line is broken\n")
except ValueError as e:
    print(type(e).__name__, "|", e, "|", e.__notes__, e.source)

# Implicit context vs explicit cause vs suppression.
def convert(value):
    try:
        return int(value)
    except ValueError:
        raise BadValue(f"not a number: {value!r}")
try:
    convert("abc")
except BadValue as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise RuntimeError("lookup failed") from None
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

# The builtin hierarchy as CPython 3.12 defines it.
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__[:-1])
for cls in (ZeroDivisionError, ModuleNotFoundError, UnboundLocalError, RecursionError, TabError,
            UnicodeDecodeError, BrokenPipeError, KeyboardInterrupt, GeneratorExit, StopAsyncIteration,
            EncodingWarning, ResourceWarning, FloatingPointError, ReferenceError, BufferError,
            ExceptionGroup):
    print(chain(cls))
print(len([n for n, v in __builtins__.__dict__.items() if isinstance(v, type) and issubclass(v, BaseException)]))

# Catching with tuples and bases, and exception variables being cleared.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError as e:
        return "math:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__
for exc in (KeyError(), IndexError(), OverflowError(), ZeroDivisionError(), MissingKey("k"), BadValue("v")):
    print(classify(exc))
try:
    raise ValueError("x")
except ValueError as gone:
    pass
try:
    gone
except NameError as e:
    print("NameError:", e)
