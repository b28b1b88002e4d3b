# Shutdown: __main__ defines a function, so its dict is in a reference cycle (the function's
# __globals__). Removing __main__ from sys.modules frees the module object but not the dict: the
# program's modules go first (shutdown_pkg.plain's values die at once, in dict order, when its entry
# goes), and __main__'s globals wait for the collection that follows (compare shutdown_main_nocycle).
import sys
from shutdown_pkg.noisy import Noisy
import shutdown_pkg.plain

# Only sys.modules keeps the package (and so its submodules) now.
del shutdown_pkg

solo = Noisy('main: solo')


def get():
    return solo


print('end of program')
