# functools.wraps / update_wrapper / partialmethod / cached_property.
import functools
from functools import wraps, update_wrapper, partialmethod, cached_property

log = []


def traced(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        log.append(func.__name__)
        return func(*args, **kwargs)
    return wrapper


@traced
def area(w: int, h: int) -> int:
    """Area of a rectangle."""
    return w * h


print(area(3, 4), area.__name__, area.__doc__, area.__qualname__, area.__annotations__)
print(area.__wrapped__(2, 2), area.__module__, log)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def target():
    pass


target.flag = True


class Holder:
    def __call__(self):
        return 'held'


h = update_wrapper(Holder(), target)
print(h.__name__, h.flag, h.__wrapped__ is target, h())


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)


class Dataset:
    computed = 0

    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        Dataset.computed += 1
        return min(self.values), max(self.values), sum(self.values) / len(self.values)


d = Dataset([3, 1, 4, 1, 5])
print(d.stats, d.stats, Dataset.computed, 'stats' in d.__dict__)
del d.stats
print(d.stats, Dataset.computed)
print(type(Dataset.__dict__['stats']).__name__, Dataset.stats.attrname)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print('TypeError:', e)
