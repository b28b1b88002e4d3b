"""Dumps what CPython 3.12's compiler produces for each code object, for tools/compiler-parity.ts.

For every code object (the module's, then recursively those among co_consts, depth first) it records
name, qualname, firstlineno, arg counts, flags, stacksize, co_varnames/co_cellvars/co_freevars/co_names,
co_consts (as normalized reprs: nested code objects as "<code NAME>", str as 's' + ASCII JSON, bytes as
'b' + hex, frozenset items sorted), the
instruction stream (opname and oparg, EXTENDED_ARG and CACHE dropped, jump args as target instruction
indices, COMPARE_OP args as the comparison number), positions per instruction, and the exception table
in instruction indices.
Files:    PYENV_VERSION=3.12.1 python3 tools/compiler-parity.py FILE...   (JSON on stdout; '-' reads
          the file list from stdin)
Snippets: PYENV_VERSION=3.12.1 PYTHONHASHSEED=0 python3 tools/compiler-parity.py --snippets
          (reads tests/unit/compiler/parity-snippets.txt, writes tests/unit/compiler/parity.json; a
          header "### name eval O2" compiles in mode 'eval' (or 'single') with optimize=2 (or O1))
"""
import dis
import json
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 12), 'run with CPython 3.12'
HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, '..', 'tests', 'unit', 'compiler')
CODE = type(compile('', '', 'exec'))
JUMPS = set(dis.hasjrel) | set(dis.hasjabs)


def norm_const(c):
    if isinstance(c, CODE):
        return f'<code {c.co_name}>'
    if isinstance(c, tuple):
        items = [norm_const(x) for x in c]
        return '(' + items[0] + ',)' if len(items) == 1 else '(' + ', '.join(items) + ')'
    if isinstance(c, str):
        # JSON with ASCII escapes: the same text from both sides, lone surrogates included.
        return 's' + json.dumps(c)
    if isinstance(c, bytes):
        return 'b' + c.hex()
    if isinstance(c, frozenset):
        return 'frozenset({' + ', '.join(sorted(norm_const(x) for x in c)) + '})' if c else 'frozenset()'
    return repr(c)


def instructions(code):
    raw = [i for i in dis.get_instructions(code) if i.opname != 'EXTENDED_ARG']
    index = {}
    for k, i in enumerate(raw):
        index[i.offset] = k
    n = len(raw)

    def at(offset):
        # Index of the first instruction at or after a byte offset (EXTENDED_ARG prefixes map forward).
        while offset not in index and offset < code.co_code.__len__():
            offset += 2
        return index.get(offset, n)

    ops, pos = [], []
    for i in raw:
        arg = i.arg
        if i.opcode in JUMPS:
            arg = at(i.argval)
        elif i.opname == 'COMPARE_OP':
            arg = i.arg >> 4
        ops.append([i.opname, arg])
        p = i.positions
        pos.append([p.lineno, p.end_lineno, p.col_offset, p.end_col_offset])
    exc = []
    for e in dis._parse_exception_table(code):
        exc.append([at(e.start), at(e.end), at(e.target), e.depth, int(e.lasti)])
    return ops, pos, exc


def dump_code(code, out):
    ops, pos, exc = instructions(code)
    out.append({
        'name': code.co_name,
        'qualname': code.co_qualname,
        'firstlineno': code.co_firstlineno,
        'argcount': code.co_argcount,
        'posonlyargcount': code.co_posonlyargcount,
        'kwonlyargcount': code.co_kwonlyargcount,
        'flags': code.co_flags,
        'stacksize': code.co_stacksize,
        'varnames': list(code.co_varnames),
        'cellvars': list(code.co_cellvars),
        'freevars': list(code.co_freevars),
        'names': list(code.co_names),
        'consts': [norm_const(c) for c in code.co_consts],
        'ops': ops,
        'positions': pos,
        'exceptiontable': exc,
    })
    for c in code.co_consts:
        if isinstance(c, CODE):
            dump_code(c, out)
    return out


def dump_source(src, filename, mode='exec', optimize=-1):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            code = compile(src, filename, mode, dont_inherit=True, optimize=optimize)
        except (SyntaxError, ValueError) as e:
            return {'error': f'{type(e).__name__}: {e}'}
    return dump_code(code, [])


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


def main():
    if sys.argv[1:] == ['--snippets']:
        out = {}
        for head, src in read_cases(os.path.join(DIR, 'parity-snippets.txt')):
            # "### name [eval|single] [O1|O2]": compile mode and optimization level.
            words = head.split()
            mode = next((w for w in words[1:] if w in ('exec', 'eval', 'single')), 'exec')
            opt = next((int(w[1:]) for w in words[1:] if w in ('O1', 'O2')), -1)
            out[words[0]] = dump_source(src, '<snippet>', mode, opt)
        with open(os.path.join(DIR, 'parity.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, separators=(',', ':'))
            f.write('\n')
        print(f'{len(out)} snippets')
        return
    files = sys.argv[1:]
    if files == ['-']:
        files = sys.stdin.read().split('\n')
    out = {}
    for path in files:
        if not path:
            continue
        with open(path, 'rb') as f:
            out[path] = dump_source(f.read(), path)
    json.dump(out, sys.stdout, ensure_ascii=False, separators=(',', ':'))


if __name__ == '__main__':
    main()
