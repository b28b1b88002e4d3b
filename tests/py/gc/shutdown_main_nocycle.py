# Shutdown: __main__ defines no function or class, so its dict is in no reference cycle. Emptying
# sys.modules frees __main__ first (it was imported before the program's modules): its globals die
# at once, in dict order (not creation order); then each module as its entry goes: the package (its
# dict drops the submodules), the cycle-free shutdown_pkg.plain at once; the values of
# shutdown_pkg.looped, whose dict is in a cycle with its function, wait for the collection.
from shutdown_pkg.noisy import Noisy
import shutdown_pkg.looped
import shutdown_pkg.plain

pair = [Noisy('main: made first, bound second'), Noisy('main: made second, bound first')]
second = pair[1]
first = pair[0]
del pair
nested = [Noisy('main: in a list')]
print('end of program')
