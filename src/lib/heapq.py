"""Heap queue (priority queue) algorithms on plain lists: Immortal's own implementation of the
heapq module of CPython 3.12. The five primitives come from the native _heapq module. merge,
nsmallest and nlargest make the comparisons, len/iter/next/key calls and tie-breaks that CPython's
do, in the same order: entries carry their input position as a tie-breaker, so results are stable
and no comparison ever falls through to the items themselves when keys are equal."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop, _heappop_max, _heapreplace_max,
                    _heapify_max, _siftdown, _siftup)

_EXHAUSTED = object()


def merge(*iterables, key=None, reverse=False):
    """Lazily merge already-sorted inputs into one sorted stream (equal items keep input order)."""
    # Each heap entry is a list [sort key, tie rank, item, iterator], updated in place as its
    # input advances. Ranks grow with the input position (and shrink when merging in reverse,
    # where the max-heap primitives are used), so equal keys come out in input order.
    if reverse:
        build, drop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, replace, sign = heapify, heappop, heapreplace, 1
    entries = []
    for position, source in enumerate(iterables):
        source = iter(source)
        try:
            item = next(source)
            # (a key() that raises StopIteration drops its input, as in CPython)
            entries.append([item if key is None else key(item), position * sign, item, source])
        except StopIteration:
            continue
    build(entries)
    while len(entries) > 1:
        head = entries[0]
        try:
            while True:
                yield head[2]
                item = next(head[3])
                head[0] = item if key is None else key(item)
                head[2] = item
                replace(entries, head)
                head = entries[0]
        except StopIteration:
            drop(entries)
    # One input left: pass the rest of it straight through (no more keys are computed).
    if entries:
        last = entries[0]
        yield last[2]
        yield from last[3]


def _shortcut(n, iterable, key, largest):
    # The cases that need no heap: n == 1 (min/max), or a sized input no longer than n (sort it).
    # Returns None when the heap algorithm is needed.
    if n == 1:
        pick = max if largest else min
        found = pick(iter(iterable), default=_EXHAUSTED, key=key)
        return [] if found is _EXHAUSTED else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return None
    if n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    return None


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n] would give them."""
    done = _shortcut(n, iterable, key, False)
    if done is not None:
        return done
    # Keep the n best so far in a max-heap of (key, rank, item): its root is the one to evict.
    source = iter(iterable)
    if key is None:
        kept = [(item, rank, item) for rank, item in zip(range(n), source)]
    else:
        kept = [(key(item), rank, item) for rank, item in zip(range(n), source)]
    if kept:
        _heapify_max(kept)
        worst = kept[0][0]
        rank = n
        for item in source:
            k = item if key is None else key(item)
            if k < worst:
                _heapreplace_max(kept, (k, rank, item))
                worst = kept[0][0]
                rank += 1
        kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n] would give them."""
    done = _shortcut(n, iterable, key, True)
    if done is not None:
        return done
    # Mirror image of nsmallest: a min-heap, ranks counting down so earlier items win ties.
    source = iter(iterable)
    if key is None:
        kept = [(item, rank, item) for rank, item in zip(range(0, -n, -1), source)]
    else:
        kept = [(key(item), rank, item) for rank, item in zip(range(0, -n, -1), source)]
    if kept:
        heapify(kept)
        worst = kept[0][0]
        rank = -n
        for item in source:
            k = item if key is None else key(item)
            if worst < k:
                heapreplace(kept, (k, rank, item))
                worst = kept[0][0]
                rank -= 1
        kept.sort(reverse=True)
    return [entry[2] for entry in kept]
