"""The names CPython's C module _functools provides (reduce, cmp_to_key, partial, _lru_cache_wrapper):
here the same objects as functools', which defines them (Immortal implements them in Python, in
functools; so their __module__ stays 'functools', where CPython's reduce and cmp_to_key say '_functools')."""

from functools import reduce, cmp_to_key, partial, _lru_cache_wrapper
