# A module with no function or class (its dict is in no cycle), referenced from a class attribute in
# shutdown_pkg.holder: it outlives its sys.modules entry until the collector frees that class.
from shutdown_pkg.noisy import Noisy

value = Noisy('dep.value')
