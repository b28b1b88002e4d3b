# sys.modules changed by the program. A module deleted from it is not among the modules shutdown
# removes (nor wiped later): it lives as long as its references, here __main__'s dict, which goes
# when __main__'s entry does. A value that is not a module stays in sys.modules while the modules are
# removed and dies when the emptied dict is cleared, after every module's entry.
import sys
from shutdown_pkg.noisy import Noisy
import shutdown_pkg.gone as gone
import shutdown_pkg.dropped
import shutdown_pkg.plain

del shutdown_pkg
del sys.modules['shutdown_pkg.dropped']
# The package still refers to its submodule: drop that reference too.
del sys.modules['shutdown_pkg'].dropped
print('dropped while running')
del sys.modules['shutdown_pkg.gone']
sys.modules['not_a_module'] = Noisy('sys.modules value that is not a module')
first = Noisy('main.first')
print('end of program')
