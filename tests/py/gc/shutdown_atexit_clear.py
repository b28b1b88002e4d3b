# atexit callbacks that change the list while the callbacks run at shutdown: one that calls _clear()
# drops those not yet called, and one it then registers is called (it takes the first slot, which
# is still to come); unregister() of a callback not yet called removes it.
import atexit

atexit.register(print, 'first registered: dropped by _clear')
atexit.register(print, 'second registered: dropped by _clear')


def clears():
    print('clears: calling _clear, then registering one callback')
    atexit._clear()
    atexit.register(print, 'registered after _clear')


def drops():
    print('drops: unregistering late_victim')
    atexit.unregister(late_victim)


def late_victim():
    print('late_victim: never called')


atexit.register(clears)
atexit.register(late_victim)
atexit.register(drops)
atexit.register(print, 'last registered: called first')
print('end of program', atexit._ncallbacks())
