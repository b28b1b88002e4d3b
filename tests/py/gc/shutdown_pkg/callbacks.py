# Weak reference callbacks for tests/py/gc/shutdown_weakref.py, kept apart from __main__ so that they
# do not keep its dict alive. `refs` holds the weak references (a weakref's callback only runs while
# the weakref itself is alive).
refs = []


class Target:
    def __init__(self, name):
        self.name = name


def watch(obj):
    name = obj.name
    refs.append(__import__('weakref').ref(obj, lambda r: print('weakref callback:', name)))
