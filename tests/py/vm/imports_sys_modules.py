# sys.modules is the import cache: entries can be inspected, replaced and removed.
import sys


class FakeModule:
    answer = 42

    def __repr__(self):
        return "<fake module>"


sys.modules["fake_mod"] = FakeModule()
import fake_mod
print(fake_mod, fake_mod.answer)
from fake_mod import answer
print(answer)
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys)
import _greetings
first = _greetings
del sys.modules["_greetings"]
import _greetings
print("re-imported after deletion; new module object:", first is not _greetings)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print("ImportError:", e)
del sys.modules["fake_mod"]
print("fake_mod" in sys.modules)
