#!/usr/bin/env python3
"""Fills the data tables of src/lib/opcode.py (between its '# BEGIN generated tables' and
'# END generated tables' lines) from CPython 3.12's opcode module: opmap in CPython's order, the
has* lists in their order, the pseudo opcodes' real forms, the BINARY_OP / CALL_INTRINSIC_* names,
the specialization families and the inline cache layouts. Only facts are written (names, numbers).

Run: PYENV_VERSION=3.12.1 python3 tools/gen-opcode.py"""
import opcode
import os
import re
import sys

assert sys.version_info[:2] == (3, 12), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.join(HERE, '..', 'src', 'lib', 'opcode.py')
WIDTH = 110
LISTS = ('hasarg', 'hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasexc')


def wrapped(head, items, opener, closer, indent='    ', sep=' = '):
    """`head = opener items... closer`, the items packed into lines of at most WIDTH characters (the
    closer one level left of the items)."""
    if not items:
        return f'{head}{sep}{opener}{closer}'
    lines, line = [], indent
    for item in items:
        piece = item + ','
        if len(line) + len(piece) + 1 > WIDTH and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += piece + ' '
    lines.append(line.rstrip())
    return f'{head}{sep}{opener}\n' + '\n'.join(lines) + f'\n{indent[4:]}{closer}'


def nested_dict(head, mapping, render):
    out = [f'{head} = {{']
    for key, value in mapping.items():
        out.append(f'    {key!r}: {render(value)},')
    out.append('}')
    return '\n'.join(out)


def tables():
    parts = [wrapped('opmap', [f'{k!r}: {v}' for k, v in opcode.opmap.items()], '{', '}')]
    for name in LISTS:
        parts.append(wrapped(name, [str(v) for v in getattr(opcode, name)], '[', ']'))
    parts.append(nested_dict('_pseudo_ops', opcode._pseudo_ops, repr))
    parts.append(wrapped('_nb_ops', [repr(t) for t in opcode._nb_ops], '[', ']'))
    parts.append(wrapped('_intrinsic_1_descs', [repr(s) for s in opcode._intrinsic_1_descs], '[', ']'))
    parts.append(wrapped('_intrinsic_2_descs', [repr(s) for s in opcode._intrinsic_2_descs], '[', ']'))
    parts.append('\n'.join(
        [wrapped(f'    {k!r}', [repr(s) for s in v], '[', '],', '        ', ': ')
         for k, v in opcode._specializations.items()]).join(['_specializations = {\n', '\n}']))
    parts.append(nested_dict('_cache_format', opcode._cache_format, repr))
    return '\n'.join(parts) + '\n'


def main():
    with open(TARGET, encoding='utf-8') as f:
        text = f.read()
    pattern = re.compile(r'(# BEGIN generated tables[^\n]*\n).*?(# END generated tables\n)', re.S)
    assert pattern.search(text), 'no generated-tables markers in ' + TARGET
    text = pattern.sub(lambda m: m.group(1) + tables() + m.group(2), text)
    with open(TARGET, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{TARGET}: {len(opcode.opmap)} opcodes, {len(opcode._specialized_instructions)} specializations')


if __name__ == '__main__':
    main()
