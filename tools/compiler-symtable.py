"""Records CPython 3.12's symbol tables for the compiler's parity snippets.

For each case of tests/unit/compiler/parity-snippets.txt, symtable.symtable(src, '<snippet>', mode)
as a tree: {type, name, symbols: {name: raw flags (DEF_* bits | scope << 12)}, children: [...]}.
The raw flags are symtable.c's (the Symbol's private __flags), so every bit is compared: local,
global (explicit/implicit), nonlocal, free, cell, parameter, import, annotation, comprehension bits.
Writes tests/unit/compiler/symtable.json; checked by tests/unit/compiler/symtable.test.ts.
Run: PYENV_VERSION=3.12.1 python3 tools/compiler-symtable.py
"""
import json
import os
import symtable
import sys

assert sys.version_info[:2] == (3, 12), 'run with CPython 3.12'
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, '..', 'tests', 'unit', 'compiler')
sys.path.insert(0, HERE)


def read_cases(path):
    cases, name, lines = [], None, []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('### '):
                if name is not None:
                    cases.append((name, ''.join(lines)))
                name, lines = line[4:].strip(), []
            elif name is not None:
                lines.append(line)
    if name is not None:
        cases.append((name, ''.join(lines)))
    return cases


def dump(table):
    return {
        'type': table.get_type(),
        'name': table.get_name(),
        'symbols': {s.get_name(): s._Symbol__flags for s in table.get_symbols()},
        'children': [dump(c) for c in table.get_children()],
    }


def main():
    out = {}
    for head, src in read_cases(os.path.join(DIR, 'parity-snippets.txt')):
        words = head.split()
        mode = next((w for w in words[1:] if w in ('exec', 'eval', 'single')), 'exec')
        out[words[0]] = dump(symtable.symtable(src, '<snippet>', mode))
    with open(os.path.join(DIR, 'symtable.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, separators=(',', ':'))
        f.write('\n')
    print(f'{len(out)} snippets')


if __name__ == '__main__':
    main()
