"""Records CPython 3.12's results for the parser golden tests.

Reads tests/unit/parser/snippets.txt and writes tests/unit/parser/golden.json: for each case,
ast.dump(ast.parse(src), include_attributes=True) and the indent=2 form, or the SyntaxError.
Run: PYENV_VERSION=3.12.1 python3 tools/parser-golden.py
"""
import ast
import json
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 12), 'run with CPython 3.12'
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, '..', 'tests', 'unit', 'parser')


def read_cases(path):
    cases = []
    name = None
    lines = []
    is_json = False
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('### '):
                if name is not None:
                    cases.append((name, json.loads(lines[0]) if is_json else ''.join(lines)))
                head = line[4:].strip().split()
                name, is_json, lines = head[0], '!json' in head, []
            elif name is not None:
                lines.append(line)
    if name is not None:
        cases.append((name, json.loads(lines[0]) if is_json else ''.join(lines)))
    return cases


def main():
    warnings.simplefilter('ignore')
    out = {}
    for name, src in read_cases(os.path.join(DIR, 'snippets.txt')):
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter('always')
                tree = ast.parse(src.encode('utf-8', 'surrogatepass'), '<test>')
            out[name] = {'dump': ast.dump(tree, include_attributes=True), 'indent': ast.dump(tree, indent=2)}
            if caught:
                out[name]['warnings'] = [[w.category.__name__, str(w.message), w.lineno] for w in caught]
        except SyntaxError as e:
            out[name] = {'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
            # The same source given as str: CPython then reports character (not byte) offsets.
            try:
                ast.parse(src, '<test>')
            except SyntaxError as e2:
                out[name]['error_str'] = [type(e2).__name__, e2.msg, e2.lineno, e2.offset, e2.end_lineno, e2.end_offset]
    with open(os.path.join(DIR, 'golden.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    # ast.dump's other options on a few sources.
    options = []
    for src in ['x = 1\n', 'def f(a, *, b=2) -> int:\n    return [a, {b: ...}]\n', 'f(x)[1:2] = -1.5e300j\n']:
        tree = ast.parse(src)
        for kw in [dict(annotate_fields=False), dict(indent='\t'), dict(indent=0),
                   dict(annotate_fields=False, include_attributes=True, indent=3)]:
            options.append({'src': src, 'options': kw, 'dump': ast.dump(tree, **kw)})
    with open(os.path.join(DIR, 'dump-options.json'), 'w', encoding='utf-8') as f:
        json.dump(options, f, indent=1)
        f.write('\n')
    # Every concrete node class with its _fields and _attributes (checked against src/parser/ast.ts).
    classes = {}
    def walk(cls):
        for sub in cls.__subclasses__():
            if sub.__module__ == 'ast' and sub.__name__ not in ('slice', 'Index', 'ExtSlice', 'Suite', 'Param',
                                                                'AugLoad', 'AugStore', 'Num', 'Str', 'Bytes',
                                                                'NameConstant', 'Ellipsis'):
                if not sub.__subclasses__() or sub._fields or sub.__name__ in ('Load', 'Store', 'Del'):
                    classes[sub.__name__] = {'fields': list(sub._fields), 'attributes': list(sub._attributes),
                                             'optional': [f for f in sub._fields if getattr(sub, f, ...) is None]}
            walk(sub)
    walk(ast.AST)
    with open(os.path.join(DIR, 'ast-classes.json'), 'w', encoding='utf-8') as f:
        json.dump(classes, f, indent=1, sort_keys=True)
        f.write('\n')


if __name__ == '__main__':
    main()
