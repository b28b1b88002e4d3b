# import of a module from the script's directory: executed once, cached in sys.modules, aliases.
import sys
print("main __name__ =", __name__)
import _greetings
import _greetings as again
from _greetings import hello, Greeter as G, DEFAULT
print(_greetings is again, _greetings is sys.modules["_greetings"])
print(_greetings.__name__, type(_greetings).__name__)
print(hello("Ann"), G("Hi")("Bob"), DEFAULT)
print(_greetings.hello("Cid", greeting="Yo"))
print("calls counted in the module:", _greetings.count)
_greetings.DEFAULT = "changed"
print(DEFAULT, _greetings.DEFAULT)
import _greetings
print("second import did not re-execute, count =", _greetings.count)


def import_inside_function():
    import _greetings as local_name
    return local_name.hello("Dee")


print(import_inside_function())
print("_greetings" in sys.modules, "_not_imported" in sys.modules)
print(sorted(name for name in dir(_greetings) if not name.startswith("__")))
