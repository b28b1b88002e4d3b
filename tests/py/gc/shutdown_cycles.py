# Objects still in reference cycles at exit: with the collector enabled, the collection that follows
# the atexit callbacks finds them (gc.callbacks are told), before any module is torn down; objects
# that stay reachable from a module are finalized only when that module goes.
# immortal-test: cycles
import atexit
import gc
from shutdown_pkg.ring import Node

pending = [Node('garbage one'), Node('garbage two')]
held = Node('held by __main__')


def on_gc(phase, info):
    # Automatic collections of the young generations may happen at any time: show full ones only.
    if info['generation'] == 2:
        print('gc callback:', phase)
        if phase == 'stop':
            gc.callbacks.remove(on_gc)


atexit.register(print, 'atexit callback')
gc.callbacks.append(on_gc)
print('end of program')
# The last statement: nothing runs between it and the shutdown that could collect them earlier.
del pending
