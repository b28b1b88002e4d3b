# Objects still in reference cycles at exit, with the collector disabled: the collection before the
# modules are torn down is skipped (as PyGC_Collect is), so they are finalized by the one that
# finalize_modules runs regardless, after sys.modules was emptied (they see it empty).
# immortal-test: cycles
import atexit
import gc
from shutdown_pkg.ring import Node

gc.disable()
pending = [Node('garbage one'), Node('garbage two')]
atexit.register(print, 'atexit callback, gc enabled:', gc.isenabled())
print('end of program')
del pending
