# A module with no function or class of its own: its dict is freed as soon as the module object is,
# and its values die in insertion order.
from shutdown_pkg.noisy import Noisy

one = Noisy('plain.one')
two = Noisy('plain.two')
