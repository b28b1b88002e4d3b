"""Bisection algorithms: keep a sorted list sorted while inserting (Immortal's own implementation
of the bisect module's documented behaviour; the functions are _bisect's, as in CPython)."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']

bisect = bisect_right
insort = insort_right
