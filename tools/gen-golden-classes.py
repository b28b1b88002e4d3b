#!/usr/bin/env python3
"""Records golden data from CPython 3.12 for classes and attribute access (src/objects/type.ts and friends).

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-golden-classes.py
Reads the snippets of tests/unit/objects/type-snippets.py (sections '# --- <name>'), runs each one in a
fresh CPython 3.12 process (python3 -c), and writes tests/golden/classes.json:
  {"version": "3.12.x", "cases": [{"name": ..., "source": ..., "stdout": ..., "stderr_last": ..., "exit": ...}]}
The snippets print no object addresses, so the output is deterministic (PYTHONHASHSEED=0 as well).
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SNIPPETS = os.path.join(ROOT, 'tests', 'unit', 'objects', 'type-snippets.py')
OUT = os.path.join(ROOT, 'tests', 'golden', 'classes.json')


def sections(text):
    out = []
    name, lines = None, []
    for line in text.splitlines():
        if line.startswith('# --- '):
            if name is not None:
                out.append((name, '\n'.join(lines).strip('\n') + '\n'))
            name, lines = line[6:].strip(), []
        elif name is not None:
            lines.append(line)
    if name is not None:
        out.append((name, '\n'.join(lines).strip('\n') + '\n'))
    return out


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit('run with CPython 3.12: PYENV_VERSION=3.12.1 python3 tools/gen-golden-classes.py')
    with open(SNIPPETS, encoding='utf-8') as f:
        text = f.read()
    cases = []
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    for name, src in sections(text):
        p = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, env=env, timeout=60)
        err = p.stderr.strip().splitlines()
        cases.append({'name': name, 'source': src, 'stdout': p.stdout, 'stderr_last': err[-1] if err else '',
                      'exit': p.returncode})
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump({'version': sys.version.split()[0], 'cases': cases}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'wrote {OUT}: {len(cases)} cases')


if __name__ == '__main__':
    main()
