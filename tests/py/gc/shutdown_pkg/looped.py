# A module that defines a function: the function's __globals__ is the module dict, so the dict is in
# a reference cycle and only the collector frees it once the module object is gone.
from shutdown_pkg.noisy import Noisy

obj = Noisy('looped.obj')


def helper():
    return obj
