# A module referenced from a class attribute of another module: emptying sys.modules does not free
# shutdown_pkg.dep (imported first), because shutdown_pkg.holder's class Holder holds it; Holder is in
# reference cycles, so dep's values die in the collection that follows, after those of
# shutdown_pkg.free (imported last, freed as soon as its entry goes).
import shutdown_pkg.holder
import shutdown_pkg.free
from shutdown_pkg.noisy import Noisy

del shutdown_pkg
mine = Noisy('main.mine')
print('end of program')
