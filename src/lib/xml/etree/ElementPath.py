# The path language of ElementTree's find/findall/findtext/iterfind (CPython's
# Lib/xml/etree/ElementPath.py): a small subset of XPath 1.0. A path is cut into tokens, each step
# becomes a selector function, and a selector maps an iterable of elements to the next iterable.
# Compiled paths are cached (at most about a hundred, keyed by path and namespace map).
# Invariants: selectors are lazy generators over the previous step's result; the parent map of a
# search is built once, the first time '..' or a position predicate needs it.

import re

# One token per match: group 1 holds an operator or a quoted literal, group 2 a name (possibly
# '{uri}local' or 'prefix:local'); white space matches with both groups empty.
xpath_tokenizer_re = re.compile(
    r"""(
        '[^']*' | "[^"]*"          # quoted literal
      | ::                         # (axis separator, never used by a selector)
      | //?                        # child or descendant step
      | \.\.                       # parent
      | \(\)                       # function call parentheses
      | !=
      | [/.*:\[\]()@=]             # other single-character operators
    )
    | ( (?:\{[^}]+\})? [^/\[\]()@!=\s]+ )   # a (qualified) name
    | \s+
    """,
    re.VERBOSE,
)


def xpath_tokenizer(pattern, namespaces=None):
    """Yields (operator, name) pairs for a path, with prefixes resolved through `namespaces`."""
    default_ns = namespaces.get('') if namespaces else None
    after_at = False
    for op, name in xpath_tokenizer_re.findall(pattern):
        if not name or name[0] == '{':
            yield op, name
            after_at = op == '@'
            continue
        if ':' in name:
            prefix, local = name.split(':', 1)
            uri = namespaces.get(prefix) if namespaces else None
            if uri is None and not (namespaces and prefix in namespaces):
                raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
            yield op, '{%s}%s' % (uri, local)
        elif default_ns and not after_at:
            yield op, '{%s}%s' % (default_ns, name)
        else:
            yield op, name
        after_at = False


def get_parent_map(context):
    """The child -> parent map of the tree a search started from (built once per search)."""
    if context.parent_map is None:
        context.parent_map = {child: parent
                              for parent in context.root.iter() for child in parent}
    return context.parent_map


def _is_wildcard_tag(tag):
    return tag.startswith('{*}') or tag.endswith('}*')


def _tag_matcher(tag):
    """A predicate on element tags for a wildcard tag ({*}name, {uri}*, {}*, {*}*)."""
    if tag == '{*}*':
        # every element, but not comments or processing instructions (their tags are functions)
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and not t.startswith('{')
    if tag.startswith('{*}'):
        local = tag[3:]
        ending = '}' + local
        return lambda t: t == local or (isinstance(t, str) and t.endswith(ending))
    if tag.endswith('}*'):
        uri_part = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(uri_part)
    raise RuntimeError(f"internal parser error, got {tag}")


def _prepare_tag(tag):
    matches = _tag_matcher(tag)

    def select(context, result):
        return (e for e in result if matches(e.tag))
    return select


def _plain_tag(tag):
    # '{}tag' names the same elements as 'tag'
    return tag[2:] if tag.startswith('{}') else tag


def prepare_child(next, token):
    tag = token[1]
    if _is_wildcard_tag(tag):
        matches = _tag_matcher(tag)

        def select(context, result):
            for parent in result:
                for child in parent:
                    if matches(child.tag):
                        yield child
    else:
        tag = _plain_tag(tag)

        def select(context, result):
            for parent in result:
                for child in parent:
                    if child.tag == tag:
                        yield child
    return select


def prepare_star(next, token):
    def select(context, result):
        for parent in result:
            yield from parent
    return select


def prepare_self(next, token):
    def select(context, result):
        # '.' keeps the elements as they are
        return iter(result)
    return select


def prepare_descendant(next, token):
    try:
        op, name = next()
    except StopIteration:
        return None
    if op == '*':
        tag = '*'
    elif op == '':
        tag = name
    else:
        raise SyntaxError("invalid descendant")
    if _is_wildcard_tag(tag):
        matches = _tag_matcher(tag)

        def select(context, result):
            for top in result:
                for e in top.iter():
                    if e is not top and matches(e.tag):
                        yield e
    else:
        tag = _plain_tag(tag)

        def select(context, result):
            for top in result:
                for e in top.iter(tag):
                    if e is not top:
                        yield e
    return select


def prepare_parent(next, token):
    def select(context, result):
        parents = get_parent_map(context)
        seen = set()
        for e in result:
            p = parents.get(e)
            if p is not None and id(p) not in seen:
                seen.add(id(p))
                yield p
    return select


_INTEGER = re.compile(r'-?\d+$')


def _text_of(e):
    return ''.join(e.itertext())


def prepare_predicate(next, token):
    # Read the tokens up to ']' and classify the predicate by the shape of its tokens: the operator of
    # each token (or '-' for a name), a quote for a literal.
    shape, values = '', []
    while True:
        try:
            tok = next()
        except StopIteration:
            return None
        op, name = tok
        if op == ']':
            break
        if op == '' and name == '':
            continue
        if op[:1] in ('"', "'"):
            op, name = "'", op[1:-1]
        shape += op or '-'
        values.append(name)
    negate = '!=' in shape

    if shape == '@-':
        key = values[1]

        def select(context, result):
            return (e for e in result if e.get(key) is not None)
        return select

    if shape in ("@-='", "@-!='"):
        key, wanted = values[1], values[-1]
        if negate:
            def select(context, result):
                for e in result:
                    v = e.get(key)
                    if v is not None and v != wanted:
                        yield e
        else:
            def select(context, result):
                return (e for e in result if e.get(key) == wanted)
        return select

    if shape == '-' and not _INTEGER.match(values[0]):
        child_tag = values[0]

        def select(context, result):
            return (e for e in result if e.find(child_tag) is not None)
        return select

    if shape in (".='", ".!='") or (shape in ("-='", "-!='") and not _INTEGER.match(values[0])):
        child_tag, wanted = values[0], values[-1]
        if child_tag:
            if negate:
                def select(context, result):
                    for e in result:
                        if any(_text_of(c) != wanted for c in e.iterfind(child_tag)):
                            yield e
            else:
                def select(context, result):
                    for e in result:
                        if any(_text_of(c) == wanted for c in e.findall(child_tag)):
                            yield e
        elif negate:
            def select(context, result):
                return (e for e in result if _text_of(e) != wanted)
        else:
            def select(context, result):
                return (e for e in result if _text_of(e) == wanted)
        return select

    if shape in ('-', '-()', '-()-'):
        if shape == '-':
            position = int(values[0]) - 1
            if position < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if values[0] != 'last':
                raise SyntaxError("unsupported function")
            position = -1
            if shape == '-()-':
                try:
                    position = int(values[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if position > -2:
                    raise SyntaxError("XPath offset from last() must be negative")

        def select(context, result):
            parents = get_parent_map(context)
            for e in result:
                p = parents.get(e)
                if p is None:
                    continue
                siblings = p.findall(e.tag)
                try:
                    if siblings[position] is e:
                        yield e
                except IndexError:
                    pass
        return select

    raise SyntaxError("invalid predicate")


# the step builders by the operator that starts a step
ops = {"": prepare_child, "*": prepare_star, ".": prepare_self, "..": prepare_parent,
       "//": prepare_descendant, "[": prepare_predicate}

# compiled paths: (path, *sorted namespace items) -> step selectors
_cache = {}


class _SelectorContext:
    # what the steps of one search share: where it started, and the parent map once built
    parent_map = None

    def __init__(self, root):
        self.root = root


def _compile(path, namespaces):
    key = (path,) + (tuple(sorted(namespaces.items())) if namespaces else ())
    steps = _cache.get(key)
    if steps is not None:
        return steps
    if len(_cache) > 100:
        _cache.clear()
    if path.startswith('/'):
        raise SyntaxError("cannot use absolute path on element")
    tokens = iter(xpath_tokenizer(path, namespaces))
    next_token = tokens.__next__
    steps = []
    try:
        tok = next_token()
    except StopIteration:
        return None
    while True:
        try:
            steps.append(ops[tok[0]](next_token, tok))
        except StopIteration:
            raise SyntaxError("invalid path") from None
        try:
            tok = next_token()
            if tok[0] == '/':
                tok = next_token()
        except StopIteration:
            break
    _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    """The elements matching path, searched from elem (an iterator)."""
    if path.endswith('/'):
        path += '*'
    steps = _compile(path, namespaces)
    if steps is None:
        return None  # an empty path selects nothing, not even an empty iterator (as CPython)
    result = [elem]
    context = _SelectorContext(elem)
    for step in steps:
        result = step(context, result)
    return result


def find(elem, path, namespaces=None):
    """The first element matching path, or None."""
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    """Every element matching path, in document order."""
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    """The text of the first element matching path ('' when it has none), or default."""
    try:
        found = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return found.text or ''

