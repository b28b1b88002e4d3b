# Failing imports: ModuleNotFoundError and ImportError, and their attributes.
import sys
try:
    import no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import imports_pkg.no_such_submodule
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from _greetings import no_such_name
except ImportError as e:
    print(type(e).__name__, "name:", e.name)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from imports_pkg import no_such_thing
except ImportError as e:
    print(type(e).__name__, e.name, "| the package itself was imported:", "imports_pkg" in sys.modules)
try:
    import _greetings.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
