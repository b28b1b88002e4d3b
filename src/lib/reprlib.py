"""Size-limited reprs (Immortal's own implementation of the reprlib module's documented CPython 3.12
behaviour): the Repr class with its per-type limits, reprlib.repr, and the recursive_repr
decorator (a __repr__ that shows a fill value instead of recursing into itself)."""

__all__ = ['Repr', 'repr', 'recursive_repr']

import builtins


def recursive_repr(fillvalue='...'):
    """Decorator: while the wrapped __repr__ is running for an object, a nested call for the same
    object answers fillvalue."""

    def decorate(method):
        active = set()

        def wrapper(self):
            me = id(self)
            if me in active:
                return fillvalue
            active.add(me)
            try:
                return method(self)
            finally:
                active.discard(me)

        # The wrapper stands for the method it replaces (no __wrapped__, as in CPython).
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


# Repr's settings, in the order __init__ stores them (vars() shows this order).
_SETTINGS = ('maxlevel', 'maxtuple', 'maxlist', 'maxarray', 'maxdict', 'maxset', 'maxfrozenset',
             'maxdeque', 'maxstring', 'maxlong', 'maxother', 'fillvalue', 'indent')


def _elide(text, limit, fill):
    # Keeps about half of `limit - 3` characters from each end of text, fill in between.
    keep_left = max(0, (limit - 3) // 2)
    keep_right = max(0, limit - 3 - keep_left)
    return text[:keep_left] + fill + text[len(text) - keep_right:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """repr() with limits on nesting depth, item counts and string lengths."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4, maxset=6,
                 maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40, maxother=30,
                 fillvalue='...', indent=None):
        given = locals()
        for name in _SETTINGS:
            setattr(self, name, given[name])

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = type(x).__name__
        if ' ' in kind:
            kind = '_'.join(kind.split())
        handler = getattr(self, 'repr_' + kind, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _indent_unit(self):
        # The text that indents by one level.
        unit = self.indent
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {unit!r})')
            return ' ' * unit
        try:
            return '' + unit
        except TypeError as error:
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(unit)}') from error

    def _join(self, pieces, level):
        if self.indent is None or not pieces:
            return ', '.join(pieces)
        # One item a line, at depth 1 for the outermost container; the closing bracket one less.
        unit = self._indent_unit()
        depth = self.maxlevel - level + 1
        inner = unit * depth
        return '\n' + ''.join([inner + piece + ',\n' for piece in pieces]) + unit * (depth - 1)

    def _items(self, x, level, limit, show):
        # show(item, level - 1) for the first `limit` items, then the fill value if any are left.
        out = []
        if limit > 0:
            for item in x:
                out.append(show(item, level - 1))
                if len(out) >= limit:
                    break
        if len(x) > limit:
            out.append(self.fillvalue)
        return out

    def _bracketed(self, x, level, limit, left, right, trail=''):
        if level <= 0 and len(x):
            return left + self.fillvalue + right
        body = self._join(self._items(x, level, limit, self.repr1), level)
        if trail and len(x) == 1 and self.indent is None:
            right = trail + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._bracketed(x, level, self.maxtuple, '(', ')', ',')

    def repr_list(self, x, level):
        return self._bracketed(x, level, self.maxlist, '[', ']')

    def repr_array(self, x, level):
        code = x.typecode
        if not x:
            return f"array('{code}')"
        return self._bracketed(x, level, self.maxarray, f"array('{code}', [", '])')

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._bracketed(_sorted_if_possible(x), level, self.maxset, '{', '}')

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._bracketed(_sorted_if_possible(x), level, self.maxfrozenset, 'frozenset({',
                               '})')

    def repr_deque(self, x, level):
        return self._bracketed(x, level, self.maxdeque, 'deque([', '])')

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        show = self.repr1

        def entry(key, sublevel):
            shown_key = show(key, sublevel)
            return f'{shown_key}: {show(x[key], sublevel)}'

        keys = _sorted_if_possible(x)
        pieces = self._items(keys, level, self.maxdict, entry)
        return '{' + self._join(pieces, level) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # Elide the middle of the string itself, so that the quotes and escapes stay whole.
        left = max(0, (limit - 3) // 2)
        right = max(0, limit - 3 - left)
        text = builtins.repr(x[:left] + x[len(x) - right:])
        return text[:left] + self.fillvalue + text[len(text) - right:]

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            text = _elide(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(text) > self.maxother:
            text = _elide(text, self.maxother, self.fillvalue)
        return text


aRepr = Repr()
repr = aRepr.repr
