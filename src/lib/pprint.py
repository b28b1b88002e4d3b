"""pprint: pretty printing of Python data structures (Immortal's own implementation).

Output follows CPython 3.12 exactly: an object whose repr fits in the room left on the line is written
as its repr; otherwise containers of the known kinds are split one element per line (or packed, with
compact=True), strings are cut at whitespace and bytes every four bytes.
"""

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty-printed form of object, as a str."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts shown in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr() that marks recursion instead of looping forever."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SortKey:
    # Orders anything: values that cannot be compared fall back to (type name, id).
    __slots__ = ('obj',)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        a, b = self.obj, other.obj
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _pair_key(pair):
    return _SortKey(pair[0]), _SortKey(pair[1])


_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


def _recursion_marker(obj):
    return f"<Recursion on {type(obj).__name__} with id={id(obj)}>"


def _bytes_chunks(data, width, allowance):
    # Four bytes at a time, as many per line as fit; the last line also leaves `allowance`.
    out = []
    line = b''
    final_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        piece = data[start:start + 4]
        if start == final_start:
            width -= allowance
        joined = line + piece
        if len(repr(joined)) <= width:
            line = joined
            continue
        if line:
            out.append(repr(line))
        line = piece
    if line:
        out.append(repr(line))
    return out


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        # checked in this order: indent, depth, width
        problem = ('indent must be >= 0' if indent < 0 else
                   'depth must be > 0' if depth is not None and depth <= 0 else
                   'width must be != 0' if width == 0 else None)
        if problem:
            raise ValueError(problem)
        self._indent_per_level, self._width, self._depth = indent, width, depth
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # ---- public interface

    def pprint(self, object):
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write("\n")

    def pformat(self, object):
        buf = _StringIO()
        self._format(object, buf, 0, 0, {}, 0)
        return buf.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr text, readable, recursive) for object; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- layout

    def _format(self, obj, out, indent, allowance, ctx, level):
        key = id(obj)
        if key in ctx:
            out.write(_recursion_marker(obj))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(obj, ctx, level)
        if len(text) > self._width - indent - allowance:
            splitter = _SPLITTERS.get(type(obj).__repr__)
            if splitter is None and _is_plain_dataclass(obj):
                splitter = PrettyPrinter._pprint_dataclass
            if splitter is not None:
                ctx[key] = 1
                splitter(self, obj, out, indent, allowance, ctx, level + 1)
                del ctx[key]
                return
        out.write(text)

    def _repr(self, obj, ctx, level):
        text, readable, recursive = self.format(obj, ctx.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pad_after_open(self, out):
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))

    def _format_items(self, items, out, indent, allowance, ctx, level):
        # Elements of a sequence, one per line, or packed several per line when compact.
        indent += self._indent_per_level
        self._pad_after_open(out)
        newline = ',\n' + ' ' * indent
        room = limit = self._width - indent + 1
        sep = ''
        pending = iter(items)
        try:
            upcoming = next(pending)
        except StopIteration:
            return
        is_last = False
        while not is_last:
            item = upcoming
            try:
                upcoming = next(pending)
            except StopIteration:
                is_last = True
                room -= allowance
                limit -= allowance
            if self._compact:
                text = self._repr(item, ctx, level)
                need = len(text) + 2
                if room < need:
                    room = limit
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    out.write(sep)
                    sep = ', '
                    out.write(text)
                    continue
            out.write(sep)
            sep = newline
            self._format(item, out, indent, allowance if is_last else 1, ctx, level)

    def _format_dict_items(self, items, out, indent, allowance, ctx, level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        final = len(items) - 1
        for position, (key, value) in enumerate(items):
            key_text = self._repr(key, ctx, level)
            out.write(key_text + ': ')
            self._format(value, out, indent + len(key_text) + 2,
                         allowance if position == final else 1, ctx, level)
            if position != final:
                out.write(newline)

    def _format_namespace_items(self, items, out, indent, allowance, ctx, level):
        newline = ',\n' + ' ' * indent
        final = len(items) - 1
        for position, (name, value) in enumerate(items):
            out.write(name + '=')
            if id(value) in ctx:
                # a namespace (or dataclass) that holds itself
                out.write("...")
            else:
                self._format(value, out, indent + len(name) + 1,
                             allowance if position == final else 1, ctx, level)
            if position != final:
                out.write(newline)

    # ---- splitters, one per kind of obj (registered in _SPLITTERS below)

    def _pprint_dict(self, obj, out, indent, allowance, ctx, level):
        out.write('{')
        self._pad_after_open(out)
        if len(obj):
            if self._sort_dicts:
                pairs = sorted(obj.items(), key=_pair_key)
            else:
                pairs = list(obj.items())
            self._format_dict_items(pairs, out, indent, allowance + 1, ctx, level)
        out.write('}')

    def _pprint_ordered_dict(self, obj, out, indent, allowance, ctx, level):
        if len(obj) == 0:
            out.write(repr(obj))
            return
        name = obj.__class__.__name__
        out.write(name + '(')
        self._format(list(obj.items()), out, indent + len(name) + 1, allowance + 1,
                     ctx, level)
        out.write(')')

    def _pprint_list(self, obj, out, indent, allowance, ctx, level):
        out.write('[')
        self._format_items(obj, out, indent, allowance + 1, ctx, level)
        out.write(']')

    def _pprint_tuple(self, obj, out, indent, allowance, ctx, level):
        out.write('(')
        closing = ',)' if len(obj) == 1 else ')'
        self._format_items(obj, out, indent, allowance + len(closing), ctx, level)
        out.write(closing)

    def _pprint_set(self, obj, out, indent, allowance, ctx, level):
        if len(obj) == 0:
            out.write(repr(obj))
            return
        kind = obj.__class__
        if kind is set:
            out.write('{')
            closing = '}'
        else:
            out.write(kind.__name__ + '({')
            closing = '})'
            indent += len(kind.__name__) + 1
        ordered = sorted(obj, key=_SortKey)
        self._format_items(ordered, out, indent, allowance + len(closing), ctx, level)
        out.write(closing)

    def _pprint_str(self, obj, out, indent, allowance, ctx, level):
        if len(obj) == 0:
            out.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            # the pieces get wrapped in parentheses
            indent += 1
            allowance += 1
        pieces = []
        lines = obj.splitlines(True)
        line_room = self._width - indent
        text = ''
        for number, line in enumerate(lines):
            text = repr(line)
            on_last_line = number == len(lines) - 1
            if on_last_line:
                line_room -= allowance
            if len(text) <= line_room:
                pieces.append(text)
                continue
            words = _split_words(line)
            word_room = line_room
            current = ''
            for index, word in enumerate(words):
                attempt = current + word
                if on_last_line and index == len(words) - 1:
                    word_room -= allowance
                if len(repr(attempt)) > word_room:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = attempt
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            out.write(text)
            return
        if outermost:
            out.write('(')
        out.write(('\n' + ' ' * indent).join(pieces))
        if outermost:
            out.write(')')

    def _pprint_bytes(self, obj, out, indent, allowance, ctx, level):
        if len(obj) <= 4:
            out.write(repr(obj))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
            out.write('(')
        pieces = _bytes_chunks(obj, self._width - indent, allowance)
        out.write(('\n' + ' ' * indent).join(pieces))
        if outermost:
            out.write(')')

    def _pprint_bytearray(self, obj, out, indent, allowance, ctx, level):
        out.write('bytearray(')
        self._pprint_bytes(bytes(obj), out, indent + 10, allowance + 1, ctx, level + 1)
        out.write(')')

    def _pprint_mappingproxy(self, obj, out, indent, allowance, ctx, level):
        out.write('mappingproxy(')
        self._format(obj.copy(), out, indent + 13, allowance + 1, ctx, level)
        out.write(')')

    def _pprint_simplenamespace(self, obj, out, indent, allowance, ctx, level):
        import types
        if type(obj) is types.SimpleNamespace:
            # the type's repr calls itself "namespace"
            name = 'namespace'
        else:
            name = obj.__class__.__name__
        out.write(name + '(')
        self._format_namespace_items(list(obj.__dict__.items()), out, indent + len(name) + 1,
                                     allowance, ctx, level)
        out.write(')')

    def _pprint_dataclass(self, obj, out, indent, allowance, ctx, level):
        from dataclasses import fields
        name = obj.__class__.__name__
        shown = [(f.name, getattr(obj, f.name)) for f in fields(obj) if f.repr]
        out.write(name + '(')
        self._format_namespace_items(shown, out, indent + len(name) + 1, allowance, ctx, level)
        out.write(')')

    def _pprint_default_dict(self, obj, out, indent, allowance, ctx, level):
        if len(obj) == 0:
            out.write(repr(obj))
            return
        factory = self._repr(obj.default_factory, ctx, level)
        name = obj.__class__.__name__
        indent += len(name) + 1
        out.write(f"{name}({factory},\n{' ' * indent}")
        self._pprint_dict(obj, out, indent, allowance + 1, ctx, level)
        out.write(')')

    def _pprint_counter(self, obj, out, indent, allowance, ctx, level):
        if len(obj) == 0:
            out.write(repr(obj))
            return
        name = obj.__class__.__name__
        out.write(name + '({')
        self._pad_after_open(out)
        self._format_dict_items(obj.most_common(), out, indent + len(name) + 1,
                                allowance + 2, ctx, level)
        out.write('})')

    def _pprint_chain_map(self, obj, out, indent, allowance, ctx, level):
        maps = obj.maps
        if not len(maps):
            out.write(repr(obj))
            return
        name = obj.__class__.__name__
        out.write(name + '(')
        indent += len(name) + 1
        for position, mapping in enumerate(maps):
            if position == len(maps) - 1:
                self._format(mapping, out, indent, allowance + 1, ctx, level)
                out.write(')')
            else:
                self._format(mapping, out, indent, 1, ctx, level)
                out.write(',\n' + ' ' * indent)

    def _pprint_deque(self, obj, out, indent, allowance, ctx, level):
        if len(obj) == 0:
            out.write(repr(obj))
            return
        name = obj.__class__.__name__
        out.write(name + '([')
        indent += len(name) + 1
        if obj.maxlen is None:
            self._format_items(obj, out, indent, allowance + 2, ctx, level)
            out.write('])')
            return
        self._format_items(obj, out, indent, 2, ctx, level)
        bound = self._repr(obj.maxlen, ctx, level)
        out.write(f"],\n{' ' * indent}maxlen={bound})")

    def _pprint_wrapped_data(self, obj, out, indent, allowance, ctx, level):
        # UserDict, UserList and UserString print as the obj they wrap
        self._format(obj.data, out, indent, allowance, ctx, level - 1)

    # ---- one-line representation

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        kind_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and kind_repr is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(kind, dict) and kind_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion_marker(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            if self._sort_dicts:
                pairs = sorted(object.items(), key=_pair_key)
            else:
                pairs = object.items()
            for k, v in pairs:
                k_text, k_ok, k_rec = self.format(k, context, maxlevels, level + 1)
                v_text, v_ok, v_rec = self.format(v, context, maxlevels, level + 1)
                parts.append(f"{k_text}: {v_text}")
                readable = readable and k_ok and v_ok
                recursive = recursive or k_rec or v_rec
            del context[key]
            return "{" + ", ".join(parts) + "}", readable, recursive
        is_list = issubclass(kind, list) and kind_repr is list.__repr__
        if is_list or (issubclass(kind, tuple) and kind_repr is tuple.__repr__):
            if not object:
                return ("[]" if is_list else "()"), True, False
            if is_list:
                opener, closer = "[", "]"
            else:
                opener, closer = "(", ",)" if len(object) == 1 else ")"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return opener + "..." + closer, False, key in context
            if key in context:
                return _recursion_marker(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            for item in object:
                text, ok, rec = self.format(item, context, maxlevels, level + 1)
                parts.append(text)
                readable = readable and ok
                recursive = recursive or rec
            del context[key]
            return opener + ", ".join(parts) + closer, readable, recursive
        text = repr(object)
        return text, bool(text and not text.startswith('<')), False


def _split_words(line):
    # Runs of non-space followed by their trailing whitespace; every character lands in one word.
    words = []
    start = 0
    size = len(line)
    while start < size:
        end = start
        while end < size and not line[end].isspace():
            end += 1
        while end < size and line[end].isspace():
            end += 1
        words.append(line[start:end])
        start = end
    return words


def _is_plain_dataclass(object):
    # A dataclass instance whose __repr__ is the one @dataclass generated.
    if isinstance(object, type):
        return False
    params = getattr(type(object), '__dataclass_params__', None)
    if params is None or not getattr(params, 'repr', False):
        return False
    method = getattr(type(object), '__repr__', None)
    inner = getattr(method, '__wrapped__', None)
    if inner is not None and '__create_fn__' in getattr(inner, '__qualname__', ''):
        return True
    # Immortal's dataclasses builds __repr__ in its own module
    return getattr(method, '__module__', None) == 'dataclasses'


_SPLITTERS = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
}


def _register_library_types():
    # collections and types are imported by most programs anyway; registering them here keeps
    # their repr functions as the dispatch keys, as for the builtin types above.
    import collections
    import types
    table = _SPLITTERS
    table[types.MappingProxyType.__repr__] = PrettyPrinter._pprint_mappingproxy
    table[types.SimpleNamespace.__repr__] = PrettyPrinter._pprint_simplenamespace
    table[collections.OrderedDict.__repr__] = PrettyPrinter._pprint_ordered_dict
    table[collections.defaultdict.__repr__] = PrettyPrinter._pprint_default_dict
    table[collections.Counter.__repr__] = PrettyPrinter._pprint_counter
    table[collections.ChainMap.__repr__] = PrettyPrinter._pprint_chain_map
    table[collections.deque.__repr__] = PrettyPrinter._pprint_deque
    table[collections.UserDict.__repr__] = PrettyPrinter._pprint_wrapped_data
    table[collections.UserList.__repr__] = PrettyPrinter._pprint_wrapped_data
    table[collections.UserString.__repr__] = PrettyPrinter._pprint_wrapped_data


_register_library_types()
