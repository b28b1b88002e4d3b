#!/usr/bin/env python3
"""Writes src/modules/stdlib-names.ts: the names of CPython 3.12's standard library modules, as its
sys.stdlib_module_names lists them (a fact about CPython's distribution, read from the local CPython).
sys.stdlib_module_names is this frozenset; the traceback printer's "Did you forget to import 'x'?"
hint asks it.

Run: PYENV_VERSION=3.12.1 python3 tools/gen-stdlib-names.py
"""
import os, sys

assert sys.version_info[:2] == (3, 12), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'modules', 'stdlib-names.ts')

names = sorted(sys.stdlib_module_names)
lines = []
line = ' '
for n in names:
    item = f" '{n}',"
    if len(line) + len(item) > 110:
        lines.append(line)
        line = ' '
    line += item
lines.append(line)
with open(OUT, 'w') as f:
    f.write('// CPython 3.12\'s sys.stdlib_module_names (written by tools/gen-stdlib-names.py; do not edit).\n')
    f.write('// Invariant: sorted, no duplicates.\n\n')
    f.write('export const STDLIB_MODULE_NAMES: readonly string[] = [\n')
    f.write('\n'.join(lines) + '\n];\n')
print(f'wrote {OUT}: {len(names)} names')
