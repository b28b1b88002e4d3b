# The other half of the circular import: it sees _circ_a only partly initialised.
print("_circ_b: start")
import _circ_a
B_VALUE = "b-value"
SEEN_EARLY = hasattr(_circ_a, "A_EARLY")
SEEN_LATE = hasattr(_circ_a, "A_LATE")
print("_circ_b: end")
