# ast: a small linter built on ast.NodeVisitor. It parses a module, walks it with
# visit_* methods and generic_visit, tracks scopes, and reports unused imports,
# bare excepts, mutable default arguments, shadowed builtins, comparisons to None
# with ==, and functions that are too long, quoting the offending source with
# ast.get_source_segment and ordering findings by line and column.

import ast

SOURCE = '''\
import os
import sys, json as js
from collections import OrderedDict, defaultdict

def load(path, cache={}, *, retries=[]):
    """Load a file."""
    if path == None:
        return None
    try:
        with open(path) as fh:
            data = js.load(fh)
    except:
        data = None
    list = [x for x in data]
    return defaultdict(int, data)

class Config(object):
    def __init__(self, id, items=dict()):
        self.id = id
        self.items = items

    def lookup(self, key):
        if key != None and key in self.items:
            return self.items[key]
        for k, v in self.items.items():
            if k.lower() == key.lower():
                return v
        raise KeyError(key)

async def fetch(url):
    try:
        return await url.get()
    except Exception:
        pass
    except:
        raise
'''

BUILTINS = {'list', 'dict', 'id', 'input', 'type', 'str', 'max', 'min'}


class Linter(ast.NodeVisitor):
    def __init__(self, source):
        self.source = source
        self.findings = []
        self.imported = {}
        self.used = set()
        self.scope = []

    def report(self, node, code, message):
        self.findings.append((node.lineno, node.col_offset, code, message))

    def visit_Import(self, node):
        for alias in node.names:
            name = alias.asname or alias.name.split('.')[0]
            self.imported[name] = node
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        for alias in node.names:
            self.imported[alias.asname or alias.name] = node

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.used.add(node.id)
        elif isinstance(node.ctx, ast.Store) and node.id in BUILTINS:
            self.report(node, 'W001', f'assignment shadows builtin {node.id!r}')

    def visit_Attribute(self, node):
        self.generic_visit(node)

    def _function(self, node):
        where = '.'.join(self.scope + [node.name])
        defaults = node.args.defaults + [d for d in node.args.kw_defaults if d is not None]
        for d in defaults:
            if isinstance(d, (ast.List, ast.Dict, ast.Set)) or (
                    isinstance(d, ast.Call) and isinstance(d.func, ast.Name) and d.func.id in ('dict', 'list', 'set')):
                self.report(d, 'B006', f'mutable default {ast.get_source_segment(self.source, d)} in {where}()')
        for a in node.args.args + node.args.kwonlyargs:
            if a.arg in BUILTINS:
                self.report(a, 'W002', f'argument {a.arg!r} of {where}() shadows a builtin')
        length = node.end_lineno - node.lineno + 1
        if length > 10:
            self.report(node, 'C901', f'{where}() is {length} lines long')
        doc = ast.get_docstring(node)
        if doc is None and not node.name.startswith('_'):
            self.report(node, 'D103', f'{where}() has no docstring')
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function

    def visit_ClassDef(self, node):
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id == 'object':
                self.report(base, 'U004', f'class {node.name} inherits from object explicitly')
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_ExceptHandler(self, node):
        if node.type is None:
            reraises = any(isinstance(s, ast.Raise) and s.exc is None for s in node.body)
            if not reraises:
                self.report(node, 'E722', 'bare except')
        elif len(node.body) == 1 and isinstance(node.body[0], ast.Pass):
            self.report(node, 'S110', f'{ast.unparse(node.type)} silently ignored')
        self.generic_visit(node)

    def visit_Compare(self, node):
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant) and right.value is None:
                better = 'is' if isinstance(op, ast.Eq) else 'is not'
                self.report(node, 'E711', f'comparison to None: use {better!r} in {ast.get_source_segment(self.source, node)!r}')
        self.generic_visit(node)

    def finish(self):
        for name, node in self.imported.items():
            if name not in self.used:
                self.report(node, 'F401', f'{name!r} imported but unused')
        return sorted(self.findings)


tree = ast.parse(SOURCE, 'config_loader.py')
linter = Linter(SOURCE)
linter.visit(tree)
for line, col, code, msg in linter.finish():
    print(f'config_loader.py:{line}:{col + 1}: {code} {msg}')

# Statistics over the whole tree with ast.walk.
counts = {}
for node in ast.walk(tree):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print('functions:', [n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))])
print('calls:', sorted({ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}))
print('max depth:', (lambda f: f(f, tree))(lambda f, n: 1 + max((f(f, c) for c in ast.iter_child_nodes(n)), default=0)))
