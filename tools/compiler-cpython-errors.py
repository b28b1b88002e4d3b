"""Records CPython 3.12's compile errors and SyntaxWarnings, the expectations for Immortal's compiler.

Snippets: reads tests/unit/compiler/error-snippets.txt ("### name" headers) and writes
tests/unit/compiler/errors.json: per case, the exception of compile(src, '<snippet>', 'exec') as
{type, msg, lineno, offset, end_lineno, end_offset} (or null), and the warnings it issued as
[{category, msg, lineno}].
Stdlib (--stdlib): compiles every .py file of the installed stdlib (site-packages and __pycache__
left out, as tools/compiler-stdlib.ts walks it) and writes tests/unit/compiler/stdlib-errors.json:
{relative path: {error, warnings}} for the files that fail or warn.
Run: PYENV_VERSION=3.12.1 python3 tools/compiler-cpython-errors.py [--stdlib]
"""
import json
import os
import sys
import sysconfig
import warnings

assert sys.version_info[:2] == (3, 12), 'run with CPython 3.12'
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, '..', 'tests', 'unit', 'compiler')


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


def error_of(e):
    return {
        'type': type(e).__name__,
        'msg': e.msg if isinstance(e, SyntaxError) else str(e),
        'lineno': getattr(e, 'lineno', None),
        'offset': getattr(e, 'offset', None),
        'end_lineno': getattr(e, 'end_lineno', None),
        'end_offset': getattr(e, 'end_offset', None),
    }


def compile_recording(src, filename):
    """compile() in exec mode: (error or None, warnings issued)."""
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            compile(src, filename, 'exec', dont_inherit=True)
            err = None
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            err = error_of(e)
    return err, [{'category': w.category.__name__, 'msg': str(w.message), 'lineno': w.lineno} for w in ws]


def snippets():
    out = {}
    for name, src in read_cases(os.path.join(DIR, 'error-snippets.txt')):
        err, ws = compile_recording(src, '<snippet>')
        out[name] = {'error': err, 'warnings': ws}
    with open(os.path.join(DIR, 'errors.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'{len(out)} snippets, {sum(1 for v in out.values() if v["error"])} errors')


def stdlib():
    root = sysconfig.get_paths()['stdlib']
    out = {}
    count = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ('site-packages', '__pycache__'))
        for name in sorted(filenames):
            if not name.endswith('.py'):
                continue
            path = os.path.join(dirpath, name)
            with open(path, 'rb') as f:
                src = f.read()
            count += 1
            err, ws = compile_recording(src, path)
            if err is not None or ws:
                out[os.path.relpath(path, root)] = {'error': err, 'warnings': ws}
    with open(os.path.join(DIR, 'stdlib-errors.json'), 'w', encoding='utf-8') as f:
        json.dump(dict(sorted(out.items())), f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'{count} files, {sum(1 for v in out.values() if v["error"])} errors, '
          f'{sum(len(v["warnings"]) for v in out.values())} warnings')


if __name__ == '__main__':
    stdlib() if '--stdlib' in sys.argv else snippets()
