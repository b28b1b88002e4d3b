# Circular imports: the second module sees the first one partly initialised.
import _circ_a
import _circ_b
print(_circ_b.SEEN_EARLY, _circ_b.SEEN_LATE)
print(_circ_a.from_b(), _circ_a.A_LATE, _circ_b._circ_a is _circ_a)
