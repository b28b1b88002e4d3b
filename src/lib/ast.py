"""Abstract Syntax Trees: parse Python source into a tree of nodes, look at it, change it, compile it.

Written for Immortal from the documentation of CPython 3.12's ast module. The node classes, the
PyCF_* flags and the conversion to and from the compiler's tree are the native _ast module
(src/modules/_ast.ts); this file adds the helpers around them, and unparse().
"""

import sys
import re
from _ast import *
from contextlib import contextmanager, nullcontext
from enum import IntEnum, auto


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node (compile() with PyCF_ONLY_AST)."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if feature_version is None:
        version = -1
    elif isinstance(feature_version, tuple):
        major, version = feature_version
        if major != 3:
            raise ValueError(f"Unsupported major version: {major}")
    else:
        version = feature_version
    return compile(source, filename, mode, flags, _feature_version=version)


# ---- literal_eval ----------------------------------------------------------------------------------

def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal: strings, bytes, numbers,
    tuples, lists, dicts, sets, booleans, None and Ellipsis (and +/- on numbers, complex sums)."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(" \t"), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(n):
        where = getattr(n, 'lineno', None)
        prefix = 'malformed node or string'
        if where:
            prefix += f' on line {where}'
        raise ValueError(f'{prefix}: {n!r}')

    def number(n):
        if not isinstance(n, Constant) or type(n.value) not in (int, float, complex):
            malformed(n)
        return n.value

    def signed(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            value = number(n.operand)
            return +value if isinstance(n.op, UAdd) else -value
        return number(n)

    def convert(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple(convert(e) for e in n.elts)
        if isinstance(n, List):
            return [convert(e) for e in n.elts]
        if isinstance(n, Set):
            return {convert(e) for e in n.elts}
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == 'set'
                and n.args == [] and n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                malformed(n)
            return {convert(k): convert(v) for k, v in zip(n.keys, n.values)}
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left, right = signed(n.left), number(n.right)
            if type(left) in (int, float) and type(right) is complex:
                return left + right if isinstance(n.op, Add) else left - right
            malformed(n)
        return signed(n)

    return convert(node)


# ---- dump ------------------------------------------------------------------------------------------

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text: `Name(id='x', ctx=Load())`. Fields never set, and optional ones that are None,
    are left out; with annotate_fields false the fields are positional until one is left out. With
    `indent` (spaces or a string) every node whose values are not all simple takes several lines."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def text(value, depth):
        """(text of value, whether it is simple: not a node nor a non-empty list)."""
        if indent is not None:
            depth += 1
            newline = '\n' + indent * depth
            sep = ',' + newline
        else:
            newline, sep = '', ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            all_simple = True
            by_name = False
            names = list(cls._fields) + (list(cls._attributes) if include_attributes else [])
            for name in names:
                try:
                    v = getattr(value, name)
                except AttributeError:
                    by_name = True
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    by_name = True
                    continue
                t, simple = text(v, depth)
                all_simple = all_simple and simple
                parts.append(f'{name}={t}' if annotate_fields or by_name else t)
            if all_simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({newline}{sep.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return f'[{newline}{sep.join(text(v, depth)[0] for v in value)}]', False
        return repr(value), True

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return text(node, 0)[0]


# ---- walking and changing trees ---------------------------------------------------------------------

def iter_fields(node):
    """(name, value) for each field of `node` that is set."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The nodes directly below `node`: its fields that are nodes, and the nodes in its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))


def walk(node):
    """Every node of the tree under `node` (itself included), breadth first."""
    pending = [node]
    i = 0
    while i < len(pending):
        current = pending[i]
        i += 1
        pending.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) where defined, else generic_visit (which visits
    the children)."""

    def visit(self, node):
        """Visit a node."""
        return getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        """Called if no explicit visitor function exists for a node."""
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # A visitor written for Python 3.7 and older has visit_Num, visit_Str...: they still work.
        kind = _old_node_names.get(type(node.value))
        if kind is None:
            kind = next((k for t, k in _old_node_names.items() if isinstance(node.value, t)), None)
        if kind is not None:
            old = getattr(self, 'visit_' + kind, None)
            if old is not None:
                import warnings
                warnings.warn(f'visit_{kind} is deprecated; add visit_Constant', DeprecationWarning, 2)
                return old(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_ methods return the node that replaces the one visited: None removes
    it, a list (in a list field) replaces it with several."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_UNSET = object()


def copy_location(new_node, old_node):
    """Copy the source positions of `old_node` to `new_node` (those both have); returns new_node."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            # An end position that is None still counts (it says the end is unknown).
            if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without source positions those of its parent (line 1, column 0 at the root)."""
    def fix(current, inherited):
        own = dict(inherited)
        for name in _POSITIONS:
            if name not in current._attributes:
                continue
            # A start position is missing when unset, an end one when None too.
            value = getattr(current, name, None) if name.startswith('end_') else getattr(current, name, _UNSET)
            if value is None or value is _UNSET:
                setattr(current, name, inherited[name])
            else:
                own[name] = value
        for child in iter_child_nodes(current):
            fix(child, own)
    fix(node, {'lineno': 1, 'col_offset': 0, 'end_lineno': 1, 'end_col_offset': 0})
    return node


def increment_lineno(node, n=1):
    """Move every node of the tree `n` lines down (type ignores too)."""
    for child in walk(node):
        # A TypeIgnore has a lineno but no _attributes; an end_lineno of None stays None.
        shifted = ('lineno',) if isinstance(child, TypeIgnore) else child._attributes
        if 'lineno' in shifted:
            child.lineno = getattr(child, 'lineno', 0) + n
        end = getattr(child, 'end_lineno', 0) if 'end_lineno' in shifted else None
        if end is not None:
            child.end_lineno = end + n
    return node


# ---- source text -----------------------------------------------------------------------------------

def _cleandoc(doc):
    """inspect.cleandoc: tabs expanded, the common indentation of the lines after the first removed,
    the first line's leading blanks and the blank lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    rest = [line for line in lines[1:] if line.lstrip()]
    margin = min((len(line) - len(line.lstrip()) for line in rest), default=0)
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    value = body[0].value
    if not isinstance(value, Constant) or not isinstance(value.value, str):
        return None
    return _cleandoc(value.value) if clean else value.value


def _source_lines(source):
    """The lines of `source` with their ends, split only at \\r\\n, \\n and \\r (as the tokenizer does)."""
    return re.findall(r'[^\r\n]*(?:\r\n|\n|\r|$)', source)[:-1] or ['']


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` was parsed from, or None without its positions. Columns are
    UTF-8 byte offsets. With `padded`, the first line keeps its indentation (as spaces, tabs kept)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first_line, last_line = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except AttributeError:
        return None
    lines = _source_lines(source)
    if first_line == last_line:
        return lines[first_line].encode()[start:end].decode()
    head = lines[first_line].encode()
    pad = ''
    if padded:
        pad = ''.join(c if c in '\t\f' else ' ' for c in head[:start].decode())
    middle = lines[first_line + 1:last_line]
    tail = lines[last_line].encode()[:end].decode()
    return pad + head[start:].decode() + ''.join(middle) + tail


# ---- unparse ---------------------------------------------------------------------------------------
# Expressions are printed with the least parentheses their precedence needs (the levels of the
# grammar, lowest first); statements one per line, indented by four spaces, with a blank line before
# a function or class definition that has something above it.

(_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP, _P_BOR, _P_BXOR, _P_BAND,
 _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT, _P_ATOM) = range(18)

_BINARY = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH), 'Mult': ('*', _P_TERM), 'MatMult': ('@', _P_TERM),
    'Div': ('/', _P_TERM), 'FloorDiv': ('//', _P_TERM), 'Mod': ('%', _P_TERM), 'Pow': ('**', _P_POWER),
    'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT), 'BitOr': ('|', _P_BOR), 'BitXor': ('^', _P_BXOR),
    'BitAnd': ('&', _P_BAND),
}
_UNARY = {'Not': 'not ', 'UAdd': '+', 'USub': '-', 'Invert': '~'}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
            'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_INFINITY = '1e' + repr(sys.float_info.max_10_exp + 1)


def _number_text(value):
    """A float or complex as source: infinity as a literal too large for a float, NaN as inf - inf."""
    if isinstance(value, float) and value != value:
        return f'({_INFINITY}-{_INFINITY})'
    return repr(value).replace('inf', _INFINITY)


def _constant_text(value):
    if value is ...:
        return '...'
    if isinstance(value, (float, complex)):
        return _number_text(value)
    if isinstance(value, tuple):
        items = [_constant_text(v) for v in value]
        return '(' + items[0] + ',)' if len(items) == 1 else '(' + ', '.join(items) + ')'
    if isinstance(value, frozenset):
        return 'frozenset({' + ', '.join(_constant_text(v) for v in value) + '})' if value else 'frozenset()'
    return repr(value)


def _docstring_text(text):
    """A docstring as a triple-quoted literal: newlines and tabs kept, other controls and backslashes escaped."""
    body = []
    for ch in text:
        if ch == '\\':
            body.append('\\\\')
        elif ch in '\n\t' or ch.isprintable():
            body.append(ch)
        else:
            body.append(repr(ch)[1:-1])
    body = ''.join(body)
    for quote in ('"""', "'''"):
        if quote not in body and not body.endswith(quote[0]):
            return quote + body + quote
    return repr(text)


class _Unparse:
    def __init__(self):
        self.lines = []

    # -- statements

    def line(self, level, text):
        self.lines.append('    ' * level + text)

    def body(self, statements, level):
        first = statements[0] if statements else None
        for i, node in enumerate(statements):
            if (i == 0 and isinstance(node, Expr) and isinstance(node.value, Constant)
                    and isinstance(node.value.value, str) and self._docstring_ok):
                self.line(level, _docstring_text(node.value.value))
                continue
            self.statement(node, level)
        return first

    _docstring_ok = False

    def block(self, head, statements, level, docstring=False):
        self.line(level, head + ':')
        self._docstring_ok = docstring
        self.body(statements, level + 1)
        self._docstring_ok = False

    def statement(self, node, level):
        self._docstring_ok = False
        getattr(self, 's_' + type(node).__name__)(node, level)

    def s_Expr(self, node, level):
        self.line(level, self.e(node.value, _P_YIELD))

    def s_Assign(self, node, level):
        targets = ''.join(self.e(t, _P_TUPLE) + ' = ' for t in node.targets)
        self.line(level, targets + self.e(node.value, _P_TEST))

    def s_AugAssign(self, node, level):
        op = _BINARY[type(node.op).__name__][0]
        self.line(level, f'{self.e(node.target, _P_TUPLE)} {op}= {self.e(node.value, _P_TEST)}')

    def s_AnnAssign(self, node, level):
        target = self.e(node.target, _P_TEST)
        if not node.simple and isinstance(node.target, Name):
            target = f'({target})'
        text = f'{target}: {self.e(node.annotation, _P_TEST)}'
        if node.value is not None:
            text += ' = ' + self.e(node.value, _P_TEST)
        self.line(level, text)

    def s_Return(self, node, level):
        self.line(level, 'return' if node.value is None else 'return ' + self.e(node.value, _P_TEST))

    def s_Pass(self, node, level):
        self.line(level, 'pass')

    def s_Break(self, node, level):
        self.line(level, 'break')

    def s_Continue(self, node, level):
        self.line(level, 'continue')

    def s_Delete(self, node, level):
        self.line(level, 'del ' + ', '.join(self.e(t, _P_TEST) for t in node.targets))

    def s_Assert(self, node, level):
        text = 'assert ' + self.e(node.test, _P_TEST)
        if node.msg is not None:
            text += ', ' + self.e(node.msg, _P_TEST)
        self.line(level, text)

    def s_Global(self, node, level):
        self.line(level, 'global ' + ', '.join(node.names))

    def s_Nonlocal(self, node, level):
        self.line(level, 'nonlocal ' + ', '.join(node.names))

    def s_Import(self, node, level):
        self.line(level, 'import ' + ', '.join(self.alias(a) for a in node.names))

    def s_ImportFrom(self, node, level):
        source = '.' * (node.level or 0) + (node.module or '')
        self.line(level, f'from {source} import ' + ', '.join(self.alias(a) for a in node.names))

    def alias(self, node):
        return node.name if node.asname is None else f'{node.name} as {node.asname}'

    def s_Raise(self, node, level):
        text = 'raise'
        if node.exc is not None:
            text += ' ' + self.e(node.exc, _P_TEST)
            if node.cause is not None:
                text += ' from ' + self.e(node.cause, _P_TEST)
        self.line(level, text)

    def s_If(self, node, level, keyword='if'):
        self.block(f'{keyword} {self.e(node.test, _P_TEST)}', node.body, level)
        orelse = node.orelse
        if len(orelse) == 1 and isinstance(orelse[0], If):
            self.s_If(orelse[0], level, 'elif')
        elif orelse:
            self.block('else', orelse, level)

    def s_While(self, node, level):
        self.block(f'while {self.e(node.test, _P_TEST)}', node.body, level)
        if node.orelse:
            self.block('else', node.orelse, level)

    def s_For(self, node, level, prefix=''):
        self.block(f'{prefix}for {self.e(node.target, _P_TUPLE)} in {self.e(node.iter, _P_TEST)}', node.body, level)
        if node.orelse:
            self.block('else', node.orelse, level)

    def s_AsyncFor(self, node, level):
        self.s_For(node, level, 'async ')

    def s_With(self, node, level, prefix=''):
        items = ', '.join(self.withitem(i) for i in node.items)
        self.block(f'{prefix}with {items}', node.body, level)

    def s_AsyncWith(self, node, level):
        self.s_With(node, level, 'async ')

    def withitem(self, node):
        text = self.e(node.context_expr, _P_TEST)
        if node.optional_vars is not None:
            text += ' as ' + self.e(node.optional_vars, _P_TEST)
        return text

    def s_Try(self, node, level, star=''):
        self.block('try', node.body, level)
        for handler in node.handlers:
            head = 'except' + star
            if handler.type is not None:
                head += ' ' + self.e(handler.type, _P_TEST)
                if handler.name is not None:
                    head += ' as ' + handler.name
            self.block(head, handler.body, level)
        if node.orelse:
            self.block('else', node.orelse, level)
        if node.finalbody:
            self.block('finally', node.finalbody, level)

    def s_TryStar(self, node, level):
        self.s_Try(node, level, '*')

    def definition_start(self, node, level):
        if self.lines:
            self.lines.append('')
        for decorator in node.decorator_list:
            self.line(level, '@' + self.e(decorator, _P_TEST))

    def type_params(self, params):
        return '[' + ', '.join(self.type_param(p) for p in params) + ']' if params else ''

    def type_param(self, node):
        kind = type(node).__name__
        if kind == 'TypeVarTuple':
            return '*' + node.name
        if kind == 'ParamSpec':
            return '**' + node.name
        return node.name if node.bound is None else f'{node.name}: {self.e(node.bound, _P_TEST)}'

    def s_FunctionDef(self, node, level, prefix=''):
        self.definition_start(node, level)
        head = f'{prefix}def {node.name}{self.type_params(node.type_params)}({self.arguments(node.args)})'
        if node.returns is not None:
            head += ' -> ' + self.e(node.returns, _P_TEST)
        self.block(head, node.body, level, docstring=True)

    def s_AsyncFunctionDef(self, node, level):
        self.s_FunctionDef(node, level, 'async ')

    def s_ClassDef(self, node, level):
        self.definition_start(node, level)
        bases = [self.e(b, _P_TEST) for b in node.bases] + [self.keyword(k) for k in node.keywords]
        head = f'class {node.name}{self.type_params(node.type_params)}'
        if bases:
            head += '(' + ', '.join(bases) + ')'
        self.block(head, node.body, level, docstring=True)

    def s_TypeAlias(self, node, level):
        self.line(level, f'type {self.e(node.name, _P_TEST)}{self.type_params(node.type_params)} = {self.e(node.value, _P_TEST)}')

    def s_Match(self, node, level):
        self.line(level, f'match {self.e(node.subject, _P_TUPLE)}:')
        for case in node.cases:
            head = 'case ' + self.pattern(case.pattern, top=True)
            if case.guard is not None:
                head += ' if ' + self.e(case.guard, _P_TEST)
            self.block(head, case.body, level + 1)

    def pattern(self, node, top=False):
        kind = type(node).__name__
        if kind == 'MatchValue':
            return self.e(node.value, _P_TEST)
        if kind == 'MatchSingleton':
            return repr(node.value)
        if kind == 'MatchSequence':
            return '[' + ', '.join(self.pattern(p) for p in node.patterns) + ']'
        if kind == 'MatchStar':
            return '*' + (node.name or '_')
        if kind == 'MatchMapping':
            items = [f'{self.e(k, _P_TEST)}: {self.pattern(p)}' for k, p in zip(node.keys, node.patterns)]
            if node.rest is not None:
                items.append('**' + node.rest)
            return '{' + ', '.join(items) + '}'
        if kind == 'MatchClass':
            args = [self.pattern(p) for p in node.patterns]
            args += [f'{k}={self.pattern(p)}' for k, p in zip(node.kwd_attrs, node.kwd_patterns)]
            return f'{self.e(node.cls, _P_ATOM)}(' + ', '.join(args) + ')'
        if kind == 'MatchAs':
            if node.pattern is None:
                return node.name or '_'
            return f'{self.pattern(node.pattern)} as {node.name}'
        if kind == 'MatchOr':
            return ' | '.join(f'({t})' if isinstance(p, MatchAs) and p.pattern is not None else t
                              for p, t in ((p, self.pattern(p)) for p in node.patterns))
        raise ValueError(f'Unexpected pattern: {node!r}')

    # -- expressions

    def e(self, node, needed):
        text, own = getattr(self, 'x_' + type(node).__name__)(node)
        return f'({text})' if own < needed else text

    def items(self, nodes):
        return ', '.join(self.e(n, _P_TEST) for n in nodes)

    def x_Name(self, node):
        return node.id, _P_ATOM

    def x_Constant(self, node):
        text = _constant_text(node.value)
        if node.kind == 'u':
            text = 'u' + text
        return text, _P_ATOM

    def x_Tuple(self, node):
        if not node.elts:
            return '()', _P_ATOM
        if len(node.elts) == 1:
            return self.e(node.elts[0], _P_TEST) + ',', _P_TUPLE
        return self.items(node.elts), _P_TUPLE

    def x_List(self, node):
        return '[' + self.items(node.elts) + ']', _P_ATOM

    def x_Set(self, node):
        return ('{' + self.items(node.elts) + '}') if node.elts else '{*()}', _P_ATOM

    def x_Dict(self, node):
        parts = [('**' + self.e(v, _P_BOR)) if k is None else f'{self.e(k, _P_TEST)}: {self.e(v, _P_TEST)}'
                 for k, v in zip(node.keys, node.values)]
        return '{' + ', '.join(parts) + '}', _P_ATOM

    def generators(self, gens):
        out = []
        for g in gens:
            out.append(f"{' async' if g.is_async else ''} for {self.e(g.target, _P_TUPLE)} in {self.e(g.iter, _P_OR)}")
            out.extend(' if ' + self.e(c, _P_OR) for c in g.ifs)
        return ''.join(out)

    def x_ListComp(self, node):
        return f'[{self.e(node.elt, _P_TEST)}{self.generators(node.generators)}]', _P_ATOM

    def x_SetComp(self, node):
        return f'{{{self.e(node.elt, _P_TEST)}{self.generators(node.generators)}}}', _P_ATOM

    def x_GeneratorExp(self, node):
        return f'({self.e(node.elt, _P_TEST)}{self.generators(node.generators)})', _P_ATOM

    def x_DictComp(self, node):
        pair = f'{self.e(node.key, _P_TEST)}: {self.e(node.value, _P_TEST)}'
        return f'{{{pair}{self.generators(node.generators)}}}', _P_ATOM

    def x_NamedExpr(self, node):
        return f'{self.e(node.target, _P_ATOM)} := {self.e(node.value, _P_ATOM)}', _P_NAMED

    def x_Starred(self, node):
        return '*' + self.e(node.value, _P_BOR), _P_ATOM

    def x_Attribute(self, node):
        value = self.e(node.value, _P_ATOM)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            value += ' '
        return f'{value}.{node.attr}', _P_ATOM

    def x_Subscript(self, node):
        index = node.slice
        if isinstance(index, Tuple) and index.elts:
            text = ', '.join(self.e(e, _P_TEST) for e in index.elts)
            if len(index.elts) == 1:
                text += ','
        else:
            text = self.e(index, _P_TUPLE)
        return f'{self.e(node.value, _P_ATOM)}[{text}]', _P_ATOM

    def x_Slice(self, node):
        text = (self.e(node.lower, _P_TEST) if node.lower else '') + ':'
        text += self.e(node.upper, _P_TEST) if node.upper else ''
        if node.step:
            text += ':' + self.e(node.step, _P_TEST)
        return text, _P_ATOM

    def keyword(self, node):
        value = self.e(node.value, _P_TEST)
        return '**' + value if node.arg is None else f'{node.arg}={value}'

    def x_Call(self, node):
        args = [self.e(a, _P_TEST) for a in node.args] + [self.keyword(k) for k in node.keywords]
        return f"{self.e(node.func, _P_ATOM)}({', '.join(args)})", _P_ATOM

    def arguments(self, node, annotations=True):
        def one(arg, default=None):
            text = arg.arg
            if annotations and arg.annotation is not None:
                text += ': ' + self.e(arg.annotation, _P_TEST)
            if default is not None:
                text += '=' + self.e(default, _P_TEST)
            return text
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        parts = []
        for i, (arg, default) in enumerate(zip(positional, defaults)):
            parts.append(one(arg, default))
            if i + 1 == len(node.posonlyargs):
                parts.append('/')
        if node.vararg is not None:
            parts.append('*' + one(node.vararg))
        elif node.kwonlyargs:
            parts.append('*')
        parts.extend(one(a, d) for a, d in zip(node.kwonlyargs, node.kw_defaults))
        if node.kwarg is not None:
            parts.append('**' + one(node.kwarg))
        return ', '.join(parts)

    def x_Lambda(self, node):
        args = self.arguments(node.args, annotations=False)
        return f"lambda{' ' + args if args else ''}: {self.e(node.body, _P_TEST)}", _P_TEST

    def x_IfExp(self, node):
        return (f'{self.e(node.body, _P_TEST + 1)} if {self.e(node.test, _P_TEST + 1)} '
                f'else {self.e(node.orelse, _P_TEST)}'), _P_TEST

    def x_BoolOp(self, node):
        # Each operand after the first needs one level more than the one before it (CPython's output).
        word, own = (' and ', _P_AND) if isinstance(node.op, And) else (' or ', _P_OR)
        return word.join(self.e(v, min(own + 1 + i, _P_ATOM)) for i, v in enumerate(node.values)), own

    def x_BinOp(self, node):
        op, own = _BINARY[type(node.op).__name__]
        left, right = (own + 1, own) if op == '**' else (own, own + 1)
        return f'{self.e(node.left, left)} {op} {self.e(node.right, right)}', own

    def x_UnaryOp(self, node):
        op = _UNARY[type(node.op).__name__]
        own = _P_NOT if op == 'not ' else _P_FACTOR
        return op + self.e(node.operand, own), own

    def x_Compare(self, node):
        text = self.e(node.left, _P_CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            text += f' {_COMPARE[type(op).__name__]} {self.e(right, _P_CMP + 1)}'
        return text, _P_CMP

    def x_Await(self, node):
        return 'await ' + self.e(node.value, _P_ATOM), _P_AWAIT

    def x_Yield(self, node):
        return 'yield' + ('' if node.value is None else ' ' + self.e(node.value, _P_ATOM)), _P_YIELD

    def x_YieldFrom(self, node):
        return 'yield from ' + self.e(node.value, _P_ATOM), _P_YIELD

    # f-strings: the pieces, then quotes that none of the expressions use.

    def fstring_body(self, node):
        out = []
        for value in node.values:
            if isinstance(value, Constant):
                out.append(('lit', value.value.replace('{', '{{').replace('}', '}}')))
            else:
                out.extend(self.fstring_field(value))
        return out

    def fstring_field(self, node):
        expr = self.e(node.value, _P_TEST + 1)
        if expr.startswith('{'):
            expr = ' ' + expr
        pieces = [('lit', '{'), ('expr', expr)]
        if node.conversion != -1:
            pieces.append(('lit', '!' + chr(node.conversion)))
        if node.format_spec is not None:
            pieces.append(('lit', ':'))
            pieces.extend(self.fstring_body(node.format_spec))
        pieces.append(('lit', '}'))
        return pieces

    def x_JoinedStr(self, node):
        pieces = self.fstring_body(node)
        literal = ''.join(text for kind, text in pieces if kind == 'lit')
        quoted = repr(literal)
        quote = quoted[0]
        out = []
        for kind, text in pieces:
            out.append(text if kind == 'expr' else repr(quote + text)[2:-1] if quote == "'" else repr(text)[1:-1])
        return 'f' + quote + ''.join(out) + quote, _P_ATOM

    def x_FormattedValue(self, node):
        return self.x_JoinedStr(JoinedStr(values=[node]))


def unparse(ast_obj):
    """Source text for the tree (or expression node) `ast_obj`; parsing it gives an equal tree."""
    printer = _Unparse()
    if isinstance(ast_obj, (Module, Interactive)):
        printer._docstring_ok = isinstance(ast_obj, Module)
        printer.body(ast_obj.body, 0)
        return '\n'.join(printer.lines)
    if isinstance(ast_obj, Expression):
        return printer.e(ast_obj.body, _P_TEST)
    if isinstance(ast_obj, FunctionType):
        return f"({', '.join(printer.e(a, _P_TEST) for a in ast_obj.argtypes)}) -> {printer.e(ast_obj.returns, _P_TEST)}"
    if isinstance(ast_obj, stmt):
        printer.statement(ast_obj, 0)
        return '\n'.join(printer.lines)
    if isinstance(ast_obj, pattern):
        return printer.pattern(ast_obj, top=True)
    if isinstance(ast_obj, arguments):
        return printer.arguments(ast_obj)
    if isinstance(ast_obj, type_param):
        return printer.type_param(ast_obj)
    if isinstance(ast_obj, (keyword, alias, withitem)):
        return getattr(printer, type(ast_obj).__name__)(ast_obj)
    return printer.e(ast_obj, _P_TEST)


def main():
    """`python -m ast [file]`: print the dump of the file (or standard input) with indent 3."""
    args = sys.argv[1:]
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            source, name = f.read(), args[0]
    else:
        source, name = sys.stdin.buffer.read(), '<stdin>'
    print(dump(parse(source, name), indent=3))


# ---- deprecated names (3.8's node classes, still there in 3.12 with DeprecationWarnings) -------------

_CLASS_DEPRECATED = '{name} is deprecated and will be removed in Python {remove}; use ast.Constant instead'
_ATTRIBUTE_DEPRECATED = 'Attribute {name} is deprecated and will be removed in Python {remove}; use value instead'


def _warn(template, name):
    import warnings
    warnings.warn(template.format(name=name, remove='3.14'), DeprecationWarning, stacklevel=3)


# Constant's old attribute names: n (numbers) and s (str and bytes) read and write `value`.
def _value_alias(name):
    def get(self):
        _warn(_ATTRIBUTE_DEPRECATED, name)
        return self.value

    def set(self, value):
        _warn(_ATTRIBUTE_DEPRECATED, name)
        self.value = value
    return property(get, set)


Constant.n = _value_alias('n')
Constant.s = _value_alias('s')


class _OldConstantMeta(type):
    """The metaclass of Num, Str, Bytes, NameConstant, Ellipsis: isinstance() tests a Constant's value."""

    def __instancecheck__(cls, inst):
        _warn(_CLASS_DEPRECATED, f'ast.{cls.__qualname__}')
        if not isinstance(inst, Constant):
            return False
        accepted, refused = _old_value_types[cls.__qualname__]
        try:
            value = inst.value
        except AttributeError:
            return False
        return isinstance(value, accepted) and not isinstance(value, refused)


def _old_constant(cls, *args, **kwargs):
    """Making a Num, Str... makes a Constant (the old field name maps to `value`)."""
    fields = cls._fields
    for key in kwargs:
        if key in fields and fields.index(key) < len(args):
            raise TypeError(f'{cls.__name__} got multiple values for argument {key!r}')
    _warn(_CLASS_DEPRECATED, f'ast.{cls.__qualname__}')
    if cls.__qualname__ == 'Ellipsis':
        return Constant(..., *args, **kwargs)
    return Constant(*args, **kwargs)


def _old_constant_class(name, fields):
    namespace = {'__new__': _old_constant, '__module__': 'ast', '__doc__': 'Deprecated AST node class. Use ast.Constant instead'}
    if fields is not None:
        namespace['_fields'] = fields
    return _OldConstantMeta(name, (Constant,), namespace)


_deprecated_classes = {
    'Num': _old_constant_class('Num', ('n',)),
    'Str': _old_constant_class('Str', ('s',)),
    'Bytes': _old_constant_class('Bytes', ('s',)),
    'NameConstant': _old_constant_class('NameConstant', None),  # Constant's fields
    'Ellipsis': _old_constant_class('Ellipsis', ()),
}
_old_value_types = {
    'Num': ((int, float, complex), (bool,)),
    'Str': ((str,), ()),
    'Bytes': ((bytes,), ()),
    'NameConstant': ((type(None), bool), ()),
    'Ellipsis': ((type(...),), ()),
}
# NodeVisitor.visit_Constant's fallbacks, by the value's type (bool before int).
_old_node_names = {bool: 'NameConstant', type(None): 'NameConstant', int: 'Num', float: 'Num',
                   complex: 'Num', str: 'Str', bytes: 'Bytes', type(...): 'Ellipsis'}


def __getattr__(name):
    # The first use of an old class name warns, then the name is an ordinary global.
    cls = _deprecated_classes.get(name)
    if cls is None:
        raise AttributeError(f"module 'ast' has no attribute '{name}'")
    globals()[name] = cls
    _warn(_CLASS_DEPRECATED, f'ast.{name}')
    return cls


def _deprecated_node(name, base, doc, make=None):
    # The node classes kept for compatibility; Index(x) and ExtSlice(dims) build today's nodes instead.
    namespace = {'__doc__': doc, '__module__': __name__}
    if make is not None:
        make.__qualname__ = f'{name}.__new__'
        namespace['__new__'] = make
    return type(name, (base,), namespace)


def _index_new(cls, value, **kwargs):
    return value


def _extslice_new(cls, dims=(), **kwargs):
    return Tuple(list(dims), Load(), **kwargs)


_OLD = 'Deprecated AST node class.'
slice = _deprecated_node('slice', AST, _OLD)
Index = _deprecated_node('Index', slice, _OLD + ' Use the index value directly instead.', _index_new)
ExtSlice = _deprecated_node('ExtSlice', slice, _OLD + ' Use ast.Tuple instead.', _extslice_new)
Suite = _deprecated_node('Suite', mod, _OLD + '  Unused in Python 3.')
AugLoad = _deprecated_node('AugLoad', expr_context, _OLD + '  Unused in Python 3.')
AugStore = _deprecated_node('AugStore', expr_context, _OLD + '  Unused in Python 3.')
Param = _deprecated_node('Param', expr_context, _OLD + '  Unused in Python 3.')


def _get_dims(self):
    return self.elts


def _set_dims(self, value):
    self.elts = value


Tuple.dims = property(_get_dims, _set_dims, doc='Deprecated. Use elts instead.')


if __name__ == '__main__':
    main()
