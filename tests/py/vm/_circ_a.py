# Half of a circular import (with _circ_b.py): names defined before the import are visible to _circ_b.
print("_circ_a: start")
A_EARLY = "a-early"
import _circ_b
A_LATE = "a-late"


def from_b():
    return _circ_b.B_VALUE


print("_circ_a: end")
