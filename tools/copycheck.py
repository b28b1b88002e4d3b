"""Checks that Immortal's Python library (src/lib) does not repeat CPython's Lib text.

Each src/lib/<path>.py is compared with the CPython 3.12 Lib file(s) it stands in for (the file of the
same path, plus the pure-Python twin of a C-backed module: datetime <-> _pydatetime, ...). Lines are
compared stripped, blank lines left out; a run of at least MIN_LINES identical lines in the same order
whose text adds up to more than MIN_CHARS characters is reported as `(first line, length)`.

Run it with CPython 3.12 (it reads that interpreter's own Lib):
    PYENV_VERSION=3.12.1 python3 tools/copycheck.py [--min-lines N] [--min-chars N] [FILE...]
Exit status 1 when a run is found. The project rule is no run at the defaults (5 lines, 100 chars);
tests/unit/tools/copycheck.test.ts runs it.
"""

import argparse
import difflib
import os
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OURS = os.path.join(ROOT, 'src', 'lib')

# Our file -> the CPython files it must not repeat, besides the one at the same path.
TWINS = {
    'datetime.py': ['_pydatetime.py'],
    'decimal.py': ['_pydecimal.py'],
    'abc.py': ['_py_abc.py'],
    'weakref.py': ['_weakrefset.py'],
    'io.py': ['_pyio.py'],
    '_frozen_importlib.py': ['importlib/_bootstrap.py'],
    '_frozen_importlib_external.py': ['importlib/_bootstrap_external.py'],
    '_typing.py': ['typing.py'],
    '_collections_abc.py': ['collections/abc.py'],
}


def significant_lines(path):
    """(line number, stripped text) of the non-blank lines of a file."""
    with open(path, encoding='utf-8', errors='replace') as f:
        return [(n, line.strip()) for n, line in enumerate(f, 1) if line.strip()]


def repeated_runs(ours, theirs, min_lines, min_chars):
    mine = significant_lines(ours)
    other = [text for _, text in significant_lines(theirs)]
    matcher = difflib.SequenceMatcher(None, other, [text for _, text in mine], autojunk=False)
    found = []
    for block in matcher.get_matching_blocks():
        if block.size < min_lines:
            continue
        chars = sum(len(mine[j][1]) for j in range(block.b, block.b + block.size))
        if chars > min_chars:
            found.append((mine[block.b][0], block.size))
    return found


def candidates(rel, cpython_lib):
    for name in [rel] + TWINS.get(rel, []):
        path = os.path.join(cpython_lib, name)
        if os.path.exists(path):
            yield name, path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--min-lines', type=int, default=5)
    parser.add_argument('--min-chars', type=int, default=100)
    parser.add_argument('files', nargs='*', help='files under src/lib (default: all)')
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 12):
        sys.exit('copycheck: run it with CPython 3.12 (PYENV_VERSION=3.12.1 python3)')
    cpython_lib = sysconfig.get_paths()['stdlib']
    wanted = {os.path.abspath(f) for f in args.files}
    total = 0
    for folder, _, names in sorted(os.walk(OURS)):
        if '__pycache__' in folder:
            continue
        for name in sorted(names):
            path = os.path.join(folder, name)
            if not name.endswith('.py') or (wanted and path not in wanted):
                continue
            rel = os.path.relpath(path, OURS)
            for theirs_name, theirs in candidates(rel, cpython_lib):
                runs = repeated_runs(path, theirs, args.min_lines, args.min_chars)
                if runs:
                    total += sum(n for _, n in runs)
                    print(f'src/lib/{rel} repeats Lib/{theirs_name}: {runs}')
    print(f'total {total}')
    sys.exit(1 if total else 0)


if __name__ == '__main__':
    main()
