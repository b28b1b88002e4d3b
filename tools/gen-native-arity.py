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
    '_warnings': ['warn', 'warn_explicit'],
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
        return render_call(spec, n, ())
    raise ValueError(spec)


def render_call(spec, nargs, keywords):
    """Argument Clinic's keyword parser (_PyArg_UnpackKeywords) for a call with nargs positional
    arguments and the given keyword names: its TypeError message, or None when the call binds."""
    _, name, params, posonly, minpos, maxpos, minkw = spec
    maxargs = len(params)
    nkw = len(keywords)
    s = lambda k: '' if k == 1 else 's'
    if nargs + nkw > maxargs:
        return f"{name}() takes at most {maxargs} {'keyword ' if nargs == 0 else ''}argument{s(maxargs)} ({nargs + nkw} given)"
    if nargs > maxpos:
        if maxpos == 0:
            return f'{name}() takes no positional arguments'
        return f"{name}() takes {'at most' if minpos < maxpos else 'exactly'} {maxpos} positional argument{s(maxpos)} ({nargs} given)"
    minposonly = min(posonly, minpos)
    if nargs < minposonly:
        return f"{name}() takes {'at least' if posonly < maxpos else 'exactly'} {minposonly} positional argument{s(minposonly)} ({nargs} given)"
    reqlimit = maxpos + minkw if minkw else minpos
    remaining = nkw
    for i in range(max(nargs, posonly), maxargs):
        if remaining:
            found = params[i] in keywords
        elif i >= reqlimit:
            break
        else:
            found = False
        if found:
            remaining -= 1
        elif i < minpos or maxpos <= i < reqlimit:
            return f"{name}() missing required argument '{params[i]}' (pos {i + 1})"
    if remaining:
        for i in range(posonly, nargs):
            if params[i] in keywords:
                return f"argument for {name}() given by name ('{params[i]}') and position ({i + 1})"
        for k in keywords:
            if k not in params[posonly:]:
                return f"'{k}' is an invalid keyword argument for {name}()"
    return None


def render_kw(spec):
    if spec[0] == 'pos':
        # kwName '': the function takes keywords (operator.call), and a call with only keywords fails its count.
        return f'{spec[4]}() takes no keyword arguments' if spec[4] else render(spec, 0)
    if spec[0] == 'one':
        return f'{spec[1]}() takes no keyword arguments'
    return render_call(spec, 0, ('zzz',))


def signature_spec(f):
    """('kw', name, params, posonly, minpos, maxpos, minkw) from a Clinic function's text signature."""
    text = f.__text_signature__
    if text is None:
        return None
    posonly = minpos = maxpos = minkw = 0
    params, kwonly = [], False
    for token in text.strip()[1:-1].split(','):
        token = token.strip()
        if token in ('', '$module') or token.startswith('$'):
            continue
        if token == '/':
            posonly = len(params)
            continue
        if token == '*':
            kwonly = True
            continue
        if token.startswith('*'):
            return None  # *args or **kwargs: not this parser
        pname, _, default = token.partition('=')
        params.append(pname.strip())
        if kwonly:
            minkw += not default
        else:
            maxpos += 1
            minpos += not default
    return ('kw', f.__name__, params, posonly, minpos, maxpos, minkw)


def keyword_probes(spec):
    """Calls (positional count, keyword names) that exercise every keyword rule of spec."""
    _, _, params, posonly, minpos, maxpos, _ = spec
    probes = [(0, ('zzz',)), (minpos, ('zzz',)), (0, tuple(params)), (0, tuple(params) + ('zzz',))]
    probes += [(0, tuple(params[:k])) for k in range(len(params) + 1)]
    probes += [(k, tuple(params[k:])) for k in range(maxpos + 1)]
    probes += [(k, (params[0],)) for k in range(1, maxpos + 1)]
    probes += [(minpos, (p,)) for p in params]
    probes += [(maxpos, tuple(params[maxpos:]) + ('zzz',))]
    return probes


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
    if name is not None and lo is not None:
        return 'kw'
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
            if spec == 'kw':
                spec = signature_spec(f)
                for nargs, keywords in keyword_probes(spec) if spec is not None else ():
                    try:
                        f(*[[]] * nargs, **{k: [] for k in keywords})
                        said = None
                    except TypeError as e:
                        said = str(e)
                    except Exception:
                        said = None
                    ours = render_call(spec, nargs, keywords)
                    if ours is not None and ours != said:
                        sys.exit(f'{mod}.{n}: spec {spec} renders {ours!r} for {nargs} {keywords}, CPython says {said!r}')
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
        "// (the keyword message names kwName; '': keywords are taken); 'one' METH_O; 'kw' Argument Clinic's keyword parser",
        '// (_PyArg_UnpackKeywords: every parameter by name, the first `posonly` positional-only, `minpos` of the `maxpos`',
        '// positional ones required, then keyword-only ones, `minkw` of them required).',
        '',
        'export type NativeArity =',
        "  | { style: 'pos'; name: string; min: number; max: number; kwName: string }",
        "  | { style: 'one'; name: string }",
        "  | { style: 'kw'; name: string; params: readonly string[]; posonly: number; minpos: number; maxpos: number; minkw: number };",
        '',
        'export const NATIVE_ARITY: ReadonlyMap<string, NativeArity> = new Map<string, NativeArity>([',
    ]
    for key, s in sorted(specs.items()):
        if s[0] == 'pos':
            body = f"{{ style: 'pos', name: '{s[1]}', min: {s[2]}, max: {s[3]}, kwName: '{s[4]}' }}"
        elif s[0] == 'one':
            body = f"{{ style: 'one', name: '{s[1]}' }}"
        else:
            ps = ', '.join(f"'{p}'" for p in s[2])
            body = f"{{ style: 'kw', name: '{s[1]}', params: [{ps}], posonly: {s[3]}, minpos: {s[4]}, maxpos: {s[5]}, minkw: {s[6]} }}"
        lines.append(f"  ['{key}', {body}],")
    lines.append(']);')
    with open(OUT, 'w') as fh:
        fh.write('\n'.join(lines) + '\n')
    print(f'wrote {os.path.relpath(OUT)}: {len(specs)} functions')


main()
