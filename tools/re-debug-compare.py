#!/usr/bin/env python3
"""Compares what re.DEBUG prints under Immortal's src/lib/re/_debug.py (pure Python, loaded here into
the local CPython 3.12) with what CPython's own re prints, for every pattern of the re golden table
(tools/gen-golden-re.py) under several flag sets, plus extra patterns aimed at the compiler (case
folding, charsets, big charsets, info prefixes).

Run:  PYENV_VERSION=3.12.1 python3 tools/re-debug-compare.py [-v]
Prints each pattern whose output differs (the first one in full with -v) and a summary; exit 1 if any.
"""

import contextlib
import importlib.util
import io
import os
import re
import sys
import warnings

if sys.version_info[:2] != (3, 12):
    os.environ['PYENV_VERSION'] = '3.12.1'
    os.execvp('python3', ['python3'] + sys.argv)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


debug = load('immortal_re_debug', os.path.join(ROOT, 'src', 'lib', 're', '_debug.py'))


def golden_table():
    """The (pattern, flags, subjects) TABLE of tools/gen-golden-re.py, read without running it."""
    import ast
    with open(os.path.join(ROOT, 'tools', 'gen-golden-re.py'), encoding='utf-8') as f:
        tree = ast.parse(f.read())
    names = {'I': re.I, 'M': re.M, 'S': re.S, 'X': re.X, 'A': re.A, 're': re}
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, 'id', None) == 'TABLE' for t in node.targets):
            return eval(compile(ast.Expression(node.value), 'TABLE', 'eval'), names)
    return []

EXTRA = [
    r'[a-z]', r'[aeiou]', r'[^aeiou]', r'[a-zA-Z0-9_]', r'[\s\S]', r'[\w.-]+@[\w.-]+', r'[acegikmoq]',
    r'[\u0100-\u0101\u0200\u0300\u0400]', r'[\u4e00-\u9fff]+', r'[\U00010000-\U0010ffff]', r'[a\U00010000b]',
    r'[ik]', r'[si]x', r'[\u0130\u0131]', r'\u0131', r'[\u212a]', r'[k-m]', r'\xb5', r'[\xb5s]', r'(?i)[ks]',
    r'abc', r'abcabd', r'(abc)d', r'(?:ab)(c)', r'a(?i:b)c', r'(?i)abc', r'(?i:a)bc', r'ab|ac|ad', r'a|b|c',
    r'(?:a|b)+', r'x*', r'(x)*', r'(?:xy)*?', r'x{2,5}+', r'(?>a+)b', r'(?=a)b', r'(?<!ab)c', r'(a)(?(1)b)',
    r'^a$', r'(?m)^a$', r'\Aa\Z', r'\bx\B', r'(?a)\bx\w', r'.', r'(?s).', r'\d\D\s\S\w\W', r'(?a)[\d\w]',
    r'a.*b', r'(a|bc)d', r'(?P<x>a)(?P=x)', r'(?i)(a)\1', r'a{0}', r'a{,3}', r'a{3,}', r'a{3}', r'(?x) a b # c',
    r'[-a]', r'[a-]', r'[]a]', r'[^]a]', r'[\]]', r'[\b]', r'[\x00-\x7f]', r'[^\x00-\x7f]', r'\\', r'\n\t',
    r'(?i)\xdf', r'(?i)[\xdf-\xe0]', r'(?i)[\u1e9e]', r'(?i)\u01c5', r'(?u)a', r'aaaa', r'abab', r'aabaa',
]
EXTRA_BYTES = [rb'ab|ac', rb'[a-z]+', rb'(?i)ab[cd]', rb'\x00\xff', rb'[\x80-\xff]', rb'(?L)\w', rb'(?i)[\xe0]']
FLAG_SETS = [0, re.I, re.M | re.S, re.A, re.X, re.I | re.A]


def ours(pattern, flags):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            debug.dump(pattern, flags)
        except Exception as e:
            print('!! %s: %s' % (type(e).__name__, e))
    return buf.getvalue()


def theirs(pattern, flags):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            re.compile(pattern, flags | re.DEBUG)
    return buf.getvalue()


def random_pattern(rng, depth=0):
    """A random (mostly valid) pattern from a small grammar."""
    atoms = ['a', 'b', 'k', 's', 'i', '\u0131', '\xdf', '\u0100', 'Z', '0', '.', '\\d', '\\w', '\\S', '\\b',
             '^', '$', '[a-f]', '[^xyz]', '[\\dA-F]', '[ks\u017f]', '[\u0400-\u04ff\\s]', '[\\x00-\\x1f\\x7f]',
             '[aeiouAEIOU]', '[\U0001F600-\U0001F64F]', '\\n', '-', '\\.', '[.]', '[\u0130]']
    n = rng.randint(1, 4)
    out = []
    for _ in range(n):
        k = rng.random()
        if depth < 2 and k < 0.15:
            inner = '|'.join(random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3)))
            out.append(rng.choice(['(%s)', '(?:%s)', '(?i:%s)', '(?>%s)', '(?=%s)', '(?P<g%d>%%s)' % rng.randint(0, 999)]) % inner)
        else:
            out.append(rng.choice(atoms))
        if rng.random() < 0.3 and out[-1] not in ('^', '$', '\\b') and not out[-1].startswith('(?='):
            out[-1] += rng.choice(['*', '+', '?', '*?', '+?', '{2}', '{1,3}', '{,2}', '*+'])
    return ''.join(out)


def main():
    verbose = '-v' in sys.argv
    import random
    rng = random.Random(5)
    cases = []
    for pattern, flags, _ in golden_table():
        cases.append((pattern, flags))
    for p in EXTRA:
        for f in FLAG_SETS:
            cases.append((p, f))
    for p in EXTRA_BYTES:
        cases.append((p, 0))
        cases.append((p, re.I))
    for _ in range(3000):
        alts = [random_pattern(rng) for _ in range(rng.randint(1, 3))]
        cases.append(('|'.join(alts), rng.choice(FLAG_SETS)))
    total = bad = 0
    shown = False
    for pattern, flags in cases:
        try:
            expect = theirs(pattern, flags)
        except (re.error, ValueError, OverflowError, TypeError, RecursionError):
            continue
        total += 1
        got = ours(pattern, flags)
        if got != expect:
            bad += 1
            print('DIFF %r flags=%r' % (pattern, flags))
            if verbose and not shown:
                shown = True
                print('--- cpython\n%s--- immortal\n%s' % (expect, got))
    print('%d patterns, %d differences' % (total, bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
