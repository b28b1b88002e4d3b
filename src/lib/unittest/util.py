# Helpers shared by the unittest modules: short reprs for failure messages and the element-count
# comparison behind assertCountEqual. Written for Immortal from the documented behaviour of CPython 3.12.

from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

# Limits used when two reprs are put side by side in a message ("a != b").
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN + _MIN_END_LEN)


def _shorten(text, keep_head, keep_tail):
    cut = len(text) - keep_head - keep_tail
    if cut <= _PLACEHOLDER_LEN:
        return text
    return f'{text[:keep_head]}[{cut} chars]{text[len(text) - keep_tail:]}'


def _common_shorten_repr(*objects):
    reprs = tuple(safe_repr(o) for o in objects)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    head = commonprefix(reprs)
    n_head = len(head)
    room = _MAX_LENGTH - (longest - n_head + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(head, _MIN_BEGIN_LEN, room)
        return tuple(head + r[n_head:] for r in reprs)
    head = _shorten(head, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[n_head:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return f'{cls.__module__}.{cls.__qualname__}'


def sorted_list_difference(expected, actual):
    """Items missing from `actual` and items unexpected in it; both inputs are sorted lists."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for unsortable items; empties `expected` as it goes."""
    missing = []
    while expected:
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """Mismatch(count in actual, count in expected, element) for each element counted differently,
    comparing with == only (the elements need not be hashable)."""
    left, right = list(actual), list(expected)
    done = object()
    out = []
    for i, item in enumerate(left):
        if item is done:
            continue
        n_left = 0
        for k in range(i, len(left)):
            if left[k] == item:
                n_left += 1
                left[k] = done
        n_right = 0
        for k, other in enumerate(right):
            if other == item:
                n_right += 1
                right[k] = done
        if n_left != n_right:
            out.append(_Mismatch(n_left, n_right, item))
    for i, item in enumerate(right):
        if item is done:
            continue
        n_right = 0
        for k in range(i, len(right)):
            if right[k] == item:
                n_right += 1
                right[k] = done
        out.append(_Mismatch(0, n_right, item))
    return out


def _count_diff_hashable(actual, expected):
    """_count_diff_all_purpose for hashable elements, with Counters."""
    left, right = Counter(actual), Counter(expected)
    out = [_Mismatch(n, right.get(item, 0), item)
           for item, n in left.items() if n != right.get(item, 0)]
    out.extend(_Mismatch(0, n, item) for item, n in right.items() if item not in left)
    return out
