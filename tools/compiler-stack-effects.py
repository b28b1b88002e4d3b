"""Records CPython 3.12's opcode numbers and stack effects for tests/unit/bytecode/opcodes.test.ts.

For every name in dis.opmap (real and pseudo opcodes; specialized ones are not in it) and a set of
opargs, dis.stack_effect(op, oparg, jump=False) and jump=True (null where CPython raises ValueError),
and the number of inline CACHE units that follow the instruction (0 for pseudo opcodes).
Writes tests/unit/bytecode/stack-effects.json.
Run: PYENV_VERSION=3.12.1 python3 tools/compiler-stack-effects.py
"""
import dis
import opcode
import json
import os
import sys

assert sys.version_info[:2] == (3, 12), 'run with CPython 3.12'
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'unit', 'bytecode', 'stack-effects.json')
# Small counts, every flag combination of the 4-bit MAKE_FUNCTION / 2-bit attr opargs, and UNPACK_EX's
# two bytes (before | after << 8).
OPARGS = list(range(16)) + [0x100, 0x102, 0x201, 0x305]


def effect(op, arg, jump):
    try:
        return dis.stack_effect(op, arg, jump=jump)
    except ValueError:
        return None


def main():
    out = {}
    for name, op in sorted(dis.opmap.items(), key=lambda kv: kv[1]):
        has_arg = op >= dis.HAVE_ARGUMENT
        args = OPARGS if has_arg else [None]
        out[name] = {
            'code': op,
            'hasArg': has_arg,
            'caches': opcode._inline_cache_entries[op] if op < 256 else 0,
            'effects': [[a, effect(op, a, False), effect(op, a, True)] for a in args],
        }
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(out, f, separators=(',', ':'))
        f.write('\n')
    print(f'{len(out)} opcodes')


if __name__ == '__main__':
    main()
