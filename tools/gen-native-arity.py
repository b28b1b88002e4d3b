#!/usr/bin/env python3
"""Writes src/objects/native-arity.ts: for each C function of CPython 3.12 that a library module of ours
stands for in Python (marked __immortal_native__), how CPython checks its argument count, so that our
builtin wrapper (objects/methodobject.ts cfunctionWrapping) raises the C function's TypeError instead of
Python's wording. Each function is called here with 0..5 positional arguments and with an unknown
keyword; the messages are classified into one of Argument Clinic's checks, and the spec is rendered
back and compared with every message seen (the script fails rather than write a spec that does not
reproduce CPython exactly).

Run: PYENV_VERSION=3.12.1 python3 tools/gen-native-arity.py
"""
import os, re, sys

assert sys.version_info[:2] == (3, 12), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'objects', 'native-arity.ts')

# Our module name -> the functions it wraps (None: every public builtin function of the CPython module).
MODULES = {
    '_functools': ['reduce', 'cmp_to_key'],
    '_heapq': ['heappush', 'heappop', 'heapreplace', 'heappushpop', 'heapify', '_heappop_max', '_heapreplace_max',
               '_heapify_max'],
    '_bisect': ['bisect_right', 'bisect_left', 'insort_right', 'insort_left'],
    'operator': None,
}


def probe(f):
    msgs = {}
    for n in range(6):
        try:
            f(*([[]] * n))
            msgs[n] = None
        except TypeError as e:
            msgs[n] = str(e)
        except Exception:
            msgs[n] = None
    try:
        f(zzz=1)
        msgs['kw'] = None
    except TypeError as e:
        msgs['kw'] = str(e)
    return msgs


def plural(k, word):
    return f'{k} {word}' + ('' if k == 1 else 's')


def render(spec, n):
    """The message our runtime will raise for n positional arguments (None: n is accepted)."""
    style = spec[0]
    if style == 'pos':
        _, name, lo, hi, _kwq = spec
        if lo <= n and (hi < 0 or n <= hi):
            return None
        if lo == hi:
            return f'{name} expected {plural(lo, "argument")}, got {n}'
        if n < lo:
            return f'{name} expected at least {plural(lo, "argument")}, got {n}'
        return f'{name} expected at most {plural(hi, "argument")}, got {n}'
    if style == 'one':
        _, qual = spec
        return None if n == 1 else f'{qual}() takes exactly one argument ({n} given)'
    if style == 'kw':
        _, name, lo, hi, noun, params = spec
        if n < lo:
            return f"{name}() missing required argument '{params[n]}' (pos {n + 1})"
        if n > hi:
            return f'{name}() takes at most {hi} {noun}{"" if hi == 1 else "s"} ({n} given)'
        return None
    raise ValueError(spec)


def render_kw(spec):
    if spec[0] == 'pos':
        # kwName '': the function takes keywords (operator.call), and a call with only keywords fails its count.
        return f'{spec[4]}() takes no keyword arguments' if spec[4] else render(spec, 0)
    if spec[0] == 'one':
        return f'{spec[1]}() takes no keyword arguments'
    return None  # keyword-accepting functions: left to the Python function's own binding


def classify(msgs):
    pos = [m for n, m in msgs.items() if n != 'kw' and m is not None]
    kwm = msgs['kw']
    for m in pos:
        r = re.fullmatch(r'(.+)\(\) takes exactly one argument \(\d+ given\)', m)
        if r:
            return ('one', r.group(1))
    lo, hi, name = 0, -1, None
    for n in range(6):
        m = msgs[n]
        if m is None:
            continue
        r = re.fullmatch(r'(\w+) expected (at least |at most )?(\d+) arguments?, got (\d+)', m)
        if r:
            name = r.group(1)
            k = int(r.group(3))
            if r.group(2) is None:
                lo = hi = k
            elif r.group(2) == 'at least ':
                lo = k
            else:
                hi = k
    if name is not None:
        r = re.fullmatch(r'(.+)\(\) takes no keyword arguments', kwm or '')
        return ('pos', name, lo, hi, r.group(1) if r else '')
    params, lo, hi, noun, name = [], None, None, None, None
    for n in range(6):
        m = msgs[n]
        if m is None:
            continue
        r = re.fullmatch(r"(\w+)\(\) missing required argument '(\w+)' \(pos (\d+)\)", m)
        if r:
            name = r.group(1)
            params.append(r.group(2))
            lo = int(r.group(3))
        r = re.fullmatch(r'(\w+)\(\) takes at most (\d+) (positional argument|argument)s? \((\d+) given\)', m)
        if r and hi is None:
            name = r.group(1)
            hi, noun = int(r.group(2)), r.group(3)
    if name is not None and lo is not None and hi is not None:
        return ('kw', name, lo, hi, noun, params)
    return None


def main():
    specs = {}
    for mod, names in MODULES.items():
        m = __import__(mod)
        if names is None:
            names = sorted(n for n in dir(m) if not n.startswith('_')
                           and type(getattr(m, n)).__name__ == 'builtin_function_or_method')
        for n in names:
            f = getattr(m, n)
            msgs = probe(f)
            spec = classify(msgs)
            if spec is None:
                sys.exit(f'{mod}.{n}: no argument-count check recognized in {msgs}')
            for k in range(6):
                if msgs[k] is not None and render(spec, k) != msgs[k] and render(spec, k) is not None:
                    sys.exit(f'{mod}.{n}: spec {spec} renders {render(spec, k)!r} for {k}, CPython says {msgs[k]!r}')
                if render(spec, k) is not None and render(spec, k) != msgs[k]:
                    sys.exit(f'{mod}.{n}: spec {spec} rejects {k} arguments, CPython says {msgs[k]!r}')
            kwr = render_kw(spec)
            if kwr is not None and kwr != msgs['kw']:
                sys.exit(f'{mod}.{n}: spec {spec} renders {kwr!r} for a keyword, CPython says {msgs["kw"]!r}')
            specs[f'{mod}.{f.__name__}'] = spec
    lines = [
        '// Generated by tools/gen-native-arity.py from CPython 3.12: do not edit. How each C function that a',
        '// library module of ours stands for in Python checks its argument count (objects/methodobject.ts',
        "// cfunctionWrapping): 'pos' _PyArg_CheckPositional(name, min, max; max -1: no limit) and no keywords",
        "// (the keyword message names kwName; '': keywords are taken); 'one' METH_O; 'kw' Argument Clinic's keyword parser (positional",
        '// count only: missing parameter by position, or too many; keywords are left to the function).',
        '',
        'export type NativeArity =',
        "  | { style: 'pos'; name: string; min: number; max: number; kwName: string }",
        "  | { style: 'one'; name: string }",
        "  | { style: 'kw'; name: string; min: number; max: number; noun: string; params: readonly string[] };",
        '',
        'export const NATIVE_ARITY: ReadonlyMap<string, NativeArity> = new Map<string, NativeArity>([',
    ]
    for key, s in sorted(specs.items()):
        if s[0] == 'pos':
            body = f"{{ style: 'pos', name: '{s[1]}', min: {s[2]}, max: {s[3]}, kwName: '{s[4]}' }}"
        elif s[0] == 'one':
            body = f"{{ style: 'one', name: '{s[1]}' }}"
        else:
            ps = ', '.join(f"'{p}'" for p in s[5])
            body = f"{{ style: 'kw', name: '{s[1]}', min: {s[2]}, max: {s[3]}, noun: '{s[4]}', params: [{ps}] }}"
        lines.append(f"  ['{key}', {body}],")
    lines.append(']);')
    with open(OUT, 'w') as fh:
        fh.write('\n'.join(lines) + '\n')
    print(f'wrote {os.path.relpath(OUT)}: {len(specs)} functions')


main()
