"""Compiles Immortal's Python library (src/lib) into its __pycache__ folders by importing every module
and package in it, as CPython's installer runs compileall over its standard library. Run by
tools/build.mjs through the built command, with PYTHONDONTWRITEBYTECODE unset, once per optimization
level (plain, -O and -OO: NAME.immortal-312.pyc, .opt-1.pyc, .opt-2.pyc). Importing is how our .pyc
files get written (the code cache of src/vm/codecache.ts); the library's modules have no side effects
beyond defining names. _immortal_warmup is left out: it is a program, compiled when it runs."""

import os
import sys

LIB = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'src', 'lib')
SKIP = {'_immortal_warmup'}


def modules(folder, prefix):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith('.py'):
            stem = name[:-3]
            if stem == '__init__' or (prefix + stem) in SKIP:
                continue
            yield prefix + stem
        elif os.path.isdir(path) and os.path.exists(os.path.join(path, '__init__.py')):
            yield prefix + name
            yield from modules(path, prefix + name + '.')


failed = []
for mod in modules(LIB, ''):
    try:
        __import__(mod)
    except SystemExit:
        # A package's __main__ runs its command when imported (unittest's exits when it finds no
        # tests); it is compiled by then, and the modules after it must still be imported.
        if not mod.endswith('.__main__'):
            failed.append(f'{mod}: SystemExit')
    except Exception as e:
        failed.append(f'{mod}: {type(e).__name__}: {e}')
for line in failed:
    print(line, file=sys.stderr)
sys.exit(1 if failed else 0)
