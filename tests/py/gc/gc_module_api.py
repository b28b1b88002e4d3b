# The gc module's interface: thresholds, enable/disable, debug flags, stats, freeze, errors.
import gc

print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(type(gc.garbage).__name__, gc.garbage, type(gc.callbacks).__name__)
print(len(gc.get_count()))
gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
for args in [(3,), (-1,), ("x",), (1.5,)]:
    try:
        gc.collect(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: gc.get_objects(3), lambda: gc.get_objects(-2), lambda: gc.set_threshold(),
             lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.is_tracked(), lambda: gc.enable(1),
             lambda: gc.collect(foo=1), lambda: gc.is_tracked(x=1), lambda: gc.get_referents(x=1)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(gc.collect(generation=0) >= 0)
