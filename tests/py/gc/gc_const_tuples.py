# Tuple constants (folded by the compiler, kept by code objects) are untracked: they hold only atomic
# objects and live as long as their code. Tuples built at run time are tracked until a collection.
import gc


def shapes():
    return (1, 2), ("a", (3, 4.5)), (None, True, b"x"), ((), ("deep", ("er",)))


print([gc.is_tracked(t) for t in shapes()])
print(gc.is_tracked(shapes.__code__.co_consts), gc.is_tracked((1, "two", 3.0)))
n = 5
built = (n, 2)
print("built:", gc.is_tracked(built), "with a list:", gc.is_tracked(([], 1)))
gc.collect()
print("built after collect:", gc.is_tracked(built))
CONFIG = {"sizes": (1, 2, 3), "names": ("x", "y")}
print("module constants:", [gc.is_tracked(v) for v in CONFIG.values()], gc.is_tracked(CONFIG))
