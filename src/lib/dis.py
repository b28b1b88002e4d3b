"""The disassembler, written for Immortal: shows code objects as CPython 3.12's dis module does, with
CPython's byte offsets, jump arguments, EXTENDED_ARG prefixes, inline CACHE entries, line starts and
exception table, so output and Instruction tuples equal CPython's for the same source.

Immortal's compiler emits CPython 3.12's instructions (same opcodes, opargs and order) but stores
them in its own encoding: co_code holds one little-endian 32-bit word per instruction (opcode in the
low byte, oparg above it), jumps name absolute instruction indices, COMPARE_OP's oparg is just the
comparison, there are no CACHE units or EXTENDED_ARG prefixes, co_positions() has one entry per
instruction and co_exceptiontable is five 32-bit words per entry (start, end, target, depth, lasti,
as instruction indices). _CPythonLayout rebuilds CPython's form of a code object from that; every
other part of this module works on CPython's form, which is also what raw bytes given to dis() are.

f_lasti and tb_lasti are Immortal's (instruction index * 2): disassemble(), distb() and
Bytecode.from_traceback() translate them to CPython's offsets."""

import sys
import types
import collections
import io
from array import array as _array

from opcode import *
from opcode import (__all__ as _opcodes_all, _cache_format, _inline_cache_entries, _nb_ops,
                    _intrinsic_1_descs, _intrinsic_2_descs, _specializations, _specialized_instructions)

__all__ = ['code_info', 'dis', 'disassemble', 'distb', 'disco', 'findlinestarts', 'findlabels',
           'show_code', 'get_instructions', 'Instruction', 'Bytecode'] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type)

# Opcodes this module refers to by name (dis exports them, as CPython's does).
BINARY_OP = opmap['BINARY_OP']
CACHE = opmap['CACHE']
CALL_INTRINSIC_1 = opmap['CALL_INTRINSIC_1']
CALL_INTRINSIC_2 = opmap['CALL_INTRINSIC_2']
FORMAT_VALUE = opmap['FORMAT_VALUE']
FOR_ITER = opmap['FOR_ITER']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
LOAD_ATTR = opmap['LOAD_ATTR']
LOAD_CONST = opmap['LOAD_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
LOAD_SUPER_ATTR = opmap['LOAD_SUPER_ATTR']
MAKE_FUNCTION = opmap['MAKE_FUNCTION']
RETURN_CONST = opmap['RETURN_CONST']
SEND = opmap['SEND']

# FORMAT_VALUE's conversion (oparg & 3): the function it applies and its name.
FORMAT_VALUE_CONVERTERS = ((None, ''), (str, 'str'), (repr, 'repr'), (ascii, 'ascii'))
# MAKE_FUNCTION's oparg bits, lowest first.
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

# Specialized instructions take the opcode numbers no base instruction uses, in table order: this is
# how CPython numbers them, and adaptive disassembly shows them under these numbers.
_all_opname = list(opname)
_all_opmap = dict(opmap)
_empty_slot = [n for n, name in enumerate(_all_opname) if name.startswith('<')]
for spec_op, specialized in zip(_empty_slot, _specialized_instructions):
    _all_opname[spec_op] = specialized
    _all_opmap[specialized] = spec_op

deoptmap = {name: family for family, names in _specializations.items() for name in names}

# Opcode classifications as sets, for the lookups done per instruction.
_HASARG = frozenset(hasarg)
_HASCONST = frozenset(hasconst)
_HASNAME = frozenset(hasname)
_HASJREL = frozenset(hasjrel)
_HASJABS = frozenset(hasjabs)
_HASLOCAL = frozenset(haslocal) | frozenset(hasfree)
_HASCOMPARE = frozenset(hascompare)


def _deoptop(op):
    """The base instruction of a specialized one (any other opcode stands for itself)."""
    family = deoptmap.get(_all_opname[op])
    return op if family is None else _all_opmap[family]


def _is_backward_jump(op):
    return 'JUMP_BACKWARD' in opname[op]


def _try_compile(source, name):
    """Compiles source text as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


# ---- From Immortal's encoding to CPython's ----

# 3.12's COMPARE_OP oparg is `comparison << 4 | mask`, the mask naming the outcomes (less 2, greater 4,
# equal 8, unordered 1) for which the comparison is true; Immortal's oparg is the comparison alone.
_COMPARE_MASKS = (2, 10, 8, 7, 4, 12)
_COMPARE_OP = opmap['COMPARE_OP']
_JUMP_BACKWARD_NO_INTERRUPT = opmap['JUMP_BACKWARD_NO_INTERRUPT']
_WARMUP_COUNTER = 17      # the first cache unit of a freshly quickened instruction
# Adjacent pairs that quickening fuses: (first, second) -> the first's new name.
_SUPERINSTRUCTIONS = {
    (opmap['LOAD_CONST'], opmap['LOAD_FAST']): 'LOAD_CONST__LOAD_FAST',
    (opmap['LOAD_FAST'], opmap['LOAD_CONST']): 'LOAD_FAST__LOAD_CONST',
    (opmap['LOAD_FAST'], opmap['LOAD_FAST']): 'LOAD_FAST__LOAD_FAST',
    (opmap['STORE_FAST'], opmap['LOAD_FAST']): 'STORE_FAST__LOAD_FAST',
    (opmap['STORE_FAST'], opmap['STORE_FAST']): 'STORE_FAST__STORE_FAST',
}


def _prefix_count(arg):
    """How many EXTENDED_ARG units CPython puts before an instruction with this oparg."""
    if arg < 0x100:
        return 0
    if arg < 0x10000:
        return 1
    if arg < 0x1000000:
        return 2
    return 3


class _CPythonLayout:
    """A code object as CPython 3.12 lays it out.

    code:        the bytecode (2 bytes per code unit, CACHE units zeroed, as co.co_code in CPython)
    positions:   one (line, end line, column, end column) per code unit
    linestarts:  [(offset, line)] where a new source line begins
    exceptions:  [_ExceptionTableEntry] with byte offsets
    op_offsets:  per Immortal instruction, the CPython offset of its opcode (after any prefixes)"""

    def __init__(self, co):
        raw = co.co_code
        words = _array('I')
        words.frombytes(raw)
        if sys.byteorder != 'little':
            words.byteswap()
        ops = list(raw[::4])
        args = [w >> 8 for w in words]
        count = len(ops)
        jumps = []
        prefixes = [0] * count
        for k in range(count):
            op = ops[k]
            if op in _HASJREL:
                jumps.append(k)
            elif op == _COMPARE_OP:
                args[k] = args[k] << 4 | _COMPARE_MASKS[args[k]]
                prefixes[k] = _prefix_count(args[k])
            else:
                prefixes[k] = _prefix_count(args[k])
        targets = {k: args[k] for k in jumps}
        # A jump's relative oparg depends on the sizes of the instructions it spans, which depend on
        # the prefixes of other jumps: recompute until no prefix count changes, as the assembler does.
        while True:
            starts = self._starts(ops, prefixes)
            changed = False
            for k in jumps:
                after = starts[k + 1]
                goal = starts[targets[k]]
                arg = after - goal if ops[k] in (JUMP_BACKWARD, _JUMP_BACKWARD_NO_INTERRUPT) else goal - after
                args[k] = arg
                need = _prefix_count(arg)
                if need != prefixes[k]:
                    prefixes[k] = need
                    changed = True
            if not changed:
                break
        code = bytearray(2 * starts[count])
        unit_positions = []
        op_offsets = []
        all_positions = list(co.co_positions())
        for k in range(count):
            at = 2 * starts[k]
            arg = args[k]
            for shift in range(8 * prefixes[k], 0, -8):
                code[at] = EXTENDED_ARG
                code[at + 1] = (arg >> shift) & 0xff
                at += 2
            op_offsets.append(at)
            code[at] = ops[k]
            code[at + 1] = arg & 0xff
            unit_positions.extend([all_positions[k]] * (starts[k + 1] - starts[k]))
        self.code = bytes(code)
        self.positions = unit_positions
        self.op_offsets = op_offsets
        self.linestarts = []
        last = None
        for k in range(count):
            line = all_positions[k][0]
            if line is not None and line != last:
                self.linestarts.append((2 * starts[k], line))
                last = line
        table = _array('i')
        table.frombytes(co.co_exceptiontable)
        if sys.byteorder != 'little':
            table.byteswap()
        self.exceptions = [
            _ExceptionTableEntry(2 * starts[table[j]], 2 * starts[table[j + 1]], 2 * starts[table[j + 2]],
                                 table[j + 3], bool(table[j + 4]))
            for j in range(0, len(table), 5)]

    @staticmethod
    def _starts(ops, prefixes):
        """Code-unit index where each instruction (with its prefixes) begins, plus the total at the end."""
        starts = []
        at = 0
        for op, pre in zip(ops, prefixes):
            starts.append(at)
            at += pre + 1 + _inline_cache_entries[op]
        starts.append(at)
        return starts

    def lasti(self, lasti):
        """CPython's offset for an f_lasti / tb_lasti of Immortal's (instruction index * 2)."""
        if lasti is None or lasti < 0 or lasti // 2 >= len(self.op_offsets):
            return lasti
        return self.op_offsets[lasti // 2]


def _quickened(code):
    """The bytecode as CPython 3.12 quickens a new code object (what _co_code_adaptive shows before the
    code has run): each instruction with caches gets the warm-up counter, and the adjacent pairs that
    have a superinstruction have their first instruction renamed."""
    out = bytearray(code)
    previous = None
    at = 0
    while at < len(out):
        op = out[at]
        caches = _inline_cache_entries[op]
        if caches:
            out[at + 2] = _WARMUP_COUNTER
            out[at + 3] = 0
        else:
            fused = _SUPERINSTRUCTIONS.get((previous, op))
            if fused is not None:
                out[at - 2] = _all_opmap[fused]
        previous = op
        at += 2 * (1 + caches)
    return bytes(out)


def _code_array(co, adaptive):
    layout = _CPythonLayout(co)
    return (_quickened(layout.code) if adaptive else layout.code), layout


def _localsplus_names(co):
    """Fast-local, cell and free variable names by oparg: arguments that are cells keep their slot."""
    varnames = co.co_varnames
    return varnames + tuple(n for n in co.co_cellvars if n not in varnames) + co.co_freevars


def _varname_getter(co):
    names = _localsplus_names(co)
    return names.__getitem__


# ---- Reading CPython-format bytecode ----

# opargs are C ints: a fourth EXTENDED_ARG byte can make them negative.
_INT_BITS = 32
_INT_OVERFLOW = 2 ** (_INT_BITS - 1)


def _unpack_opargs(code):
    """(offset, opcode, oparg or None) for each instruction of CPython-format bytecode; EXTENDED_ARG
    units are instructions of their own, whose oparg carries into the next one; CACHE units are skipped."""
    carry = 0
    offset = 0
    size = len(code)
    while offset < size:
        op = code[offset]
        base = _deoptop(op)
        if base in _HASARG:
            arg = code[offset + 1] | carry
            carry = arg << 8 if base == EXTENDED_ARG else 0
            if carry >= _INT_OVERFLOW:
                carry -= 2 * _INT_OVERFLOW
        else:
            arg = None
            carry = 0
        yield offset, op, arg
        offset += 2 * (1 + _inline_cache_entries[base])


def _jump_target(op, arg, offset):
    """The offset a jump goes to, or None for an instruction that does not jump."""
    base = _deoptop(op)
    if base in _HASJREL:
        step = -arg if _is_backward_jump(base) else arg
        return offset + 2 + 2 * step + 2 * _inline_cache_entries[base]
    if base in _HASJABS:
        return 2 * arg
    return None


def findlabels(code):
    """The offsets that jumps in CPython-format bytecode go to, in order of first appearance."""
    labels = []
    for offset, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        target = _jump_target(op, arg, offset)
        if target is not None and target not in labels:
            labels.append(target)
    return labels


def findlinestarts(code):
    """Yields (offset, line) for each offset where the code object's next source line begins."""
    yield from _CPythonLayout(code).linestarts


def _parse_exception_table(code):
    """The code object's exception table, with CPython's byte offsets."""
    return _CPythonLayout(code).exceptions


# ---- Instructions ----

class _Unknown:
    def __repr__(self):
        return '<unknown>'


# Stands for a value that cannot be worked out (a constant when no co_consts is at hand).
UNKNOWN = _Unknown()

Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple(
    '_Instruction',
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'starts_line', 'is_jump_target', 'positions'],
    defaults=[None])
_Instruction.opname.__doc__ = 'The name of the operation'
_Instruction.opcode.__doc__ = 'The operation as a number'
_Instruction.arg.__doc__ = 'The numeric argument, or None for an operation that takes none'
_Instruction.argval.__doc__ = 'What the argument stands for (a constant, name, jump target...), where known'
_Instruction.argrepr.__doc__ = 'argval as the disassembly shows it'
_Instruction.offset.__doc__ = 'Byte offset of the operation in the bytecode'
_Instruction.starts_line.__doc__ = 'The source line this operation begins, or None'
_Instruction.is_jump_target.__doc__ = 'Whether some jump or exception handler leads here'
_Instruction.positions.__doc__ = 'The span of source (dis.Positions) the operation comes from'

_ExceptionTableEntry = collections.namedtuple('_ExceptionTableEntry', 'start end target depth lasti')

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Instruction(_Instruction):
    """One bytecode operation: opname, opcode, arg, argval, argrepr, offset, starts_line,
    is_jump_target and positions (see the fields' own documentation)."""

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        """The instruction as one line of a disassembly: line number column (left out when
        lineno_width is 0), '-->' when current, '>>' when a jump target, offset, name, argument."""
        columns = []
        if lineno_width:
            line = '' if self.starts_line is None else str(self.starts_line)
            columns.append(line.rjust(lineno_width))
        columns.append('-->' if mark_as_current else '   ')
        columns.append('>>' if self.is_jump_target else '  ')
        columns.append(repr(self.offset).rjust(offset_width))
        columns.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            columns.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                columns.append(f'({self.argrepr})')
        return ' '.join(columns).rstrip()


def _get_const_value(op, arg, co_consts):
    """The constant an instruction loads, or UNKNOWN without co_consts."""
    return UNKNOWN if co_consts is None else co_consts[arg]


def _get_const_info(op, arg, co_consts):
    value = _get_const_value(op, arg, co_consts)
    return value, ('' if value is UNKNOWN else repr(value))


def _get_name_info(name_index, get_name, **extrainfo):
    if get_name is None:
        return UNKNOWN, ''
    name = get_name(name_index, **extrainfo)
    return name, name


def _describe(op, base, arg, offset, get_name, varname_from_oparg, co_consts):
    """(argval, argrepr) of an instruction with an argument."""
    if base in _HASCONST:
        return _get_const_info(base, arg, co_consts)
    if base in _HASNAME:
        # LOAD_GLOBAL and LOAD_ATTR keep a flag in the low bit, LOAD_SUPER_ATTR two.
        if base == LOAD_GLOBAL:
            value, text = _get_name_info(arg >> 1, get_name)
            return value, ('NULL + ' + text if arg & 1 and text else text)
        if base == LOAD_ATTR:
            value, text = _get_name_info(arg >> 1, get_name)
            return value, ('NULL|self + ' + text if arg & 1 and text else text)
        if base == LOAD_SUPER_ATTR:
            value, text = _get_name_info(arg >> 2, get_name)
            return value, ('NULL|self + ' + text if arg & 1 and text else text)
        return _get_name_info(arg, get_name)
    target = _jump_target(op, arg, offset)
    if target is not None:
        return target, f'to {target!r}'
    if base in _HASLOCAL:
        return _get_name_info(arg, varname_from_oparg)
    if base in _HASCOMPARE:
        text = cmp_op[arg >> 4]
        return text, text
    if base == FORMAT_VALUE:
        convert, text = FORMAT_VALUE_CONVERTERS[arg & 3]
        with_spec = bool(arg & 4)
        if with_spec:
            text = text + ', with format' if text else 'with format'
        return (convert, with_spec), text
    if base == MAKE_FUNCTION:
        return arg, ', '.join(flag for bit, flag in enumerate(MAKE_FUNCTION_FLAGS) if arg >> bit & 1)
    if base == BINARY_OP:
        return arg, _nb_ops[arg][1]
    if base == CALL_INTRINSIC_1:
        return arg, _intrinsic_1_descs[arg]
    if base == CALL_INTRINSIC_2:
        return arg, _intrinsic_2_descs[arg]
    return arg, ''


def _get_instructions_bytes(code, varname_from_oparg=None, names=None, co_consts=None, linestarts=None,
                            line_offset=0, exception_entries=(), co_positions=None, show_caches=False):
    """Instruction tuples for CPython-format bytecode, with whatever of the code object's tables are
    given (names, constants, line starts, exception table, positions per code unit)."""
    positions = iter(co_positions) if co_positions is not None else iter(())
    get_name = None if names is None else names.__getitem__
    labels = set(findlabels(code))
    labels.update(entry.target for entry in exception_entries if entry.start < entry.end)
    for offset, op, arg in _unpack_opargs(code):
        starts_line = None
        if linestarts is not None:
            starts_line = linestarts.get(offset)
            if starts_line is not None:
                starts_line += line_offset
        base = _deoptop(op)
        if arg is None:
            argval, argrepr = None, ''
        else:
            argval, argrepr = _describe(op, base, arg, offset, get_name, varname_from_oparg, co_consts)
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset, starts_line, offset in labels,
                          Positions(*next(positions, ())))
        caches = _inline_cache_entries[base]
        if not caches:
            continue
        if not show_caches:
            for _ in range(caches):
                next(positions, ())
            continue
        at = offset
        for field, size in _cache_format[opname[base]].items():
            for unit in range(size):
                at += 2
                text = ''
                if unit == 0:
                    text = f'{field}: {int.from_bytes(code[at:at + 2 * size], sys.byteorder)}'
                yield Instruction('CACHE', CACHE, 0, None, text, at, None, False, Positions(*next(positions, ())))


# ---- Printing ----

def _disassemble_bytes(code, lasti=-1, varname_from_oparg=None, names=None, co_consts=None, linestarts=None,
                       *, file=None, line_offset=0, exception_entries=(), co_positions=None, show_caches=False):
    """Prints the disassembly of CPython-format bytecode; lasti is a CPython offset."""
    if linestarts:
        highest = max(linestarts.values()) + line_offset
        lineno_width = len(str(highest)) if highest >= 1000 else 3
    else:
        lineno_width = 0
    last_offset = len(code) - 2
    offset_width = len(str(last_offset)) if last_offset >= 10000 else 4
    for instr in _get_instructions_bytes(code, varname_from_oparg, names, co_consts, linestarts,
                                         line_offset=line_offset, exception_entries=exception_entries,
                                         co_positions=co_positions, show_caches=show_caches):
        if lineno_width and instr.starts_line is not None and instr.offset > 0:
            print(file=file)
        if show_caches:
            current = instr.offset == lasti
        else:
            # the instruction is current when lasti points at it or into its caches
            span = 2 * _inline_cache_entries[_deoptop(instr.opcode)]
            current = instr.offset <= lasti <= instr.offset + span
        print(instr._disassemble(lineno_width, current, offset_width), file=file)
    if exception_entries:
        print('ExceptionTable:', file=file)
        for entry in exception_entries:
            suffix = ' lasti' if entry.lasti else ''
            print(f'  {entry.start} to {entry.end - 2} -> {entry.target} [{entry.depth}]{suffix}', file=file)


def _disassemble_code(co, lasti, file, show_caches, adaptive):
    code, layout = _code_array(co, adaptive)
    _disassemble_bytes(code, layout.lasti(lasti), _varname_getter(co), co.co_names, co.co_consts,
                       dict(layout.linestarts), file=file, exception_entries=layout.exceptions,
                       co_positions=layout.positions, show_caches=show_caches)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Prints the disassembly of one code object, marking the instruction at lasti (an f_lasti or
    tb_lasti value) as the current one."""
    _disassemble_code(co, lasti, file, show_caches, adaptive)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive)
    if depth is not None and depth <= 0:
        return
    inner = None if depth is None else depth - 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print(f'Disassembly of {const!r}:', file=file)
            _disassemble_recursive(const, file=file, depth=inner, show_caches=show_caches, adaptive=adaptive)


def _disassemble_str(source, **kwargs):
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


def _unwrap(x):
    """The function inside a method, the code inside a function, generator or coroutine."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def _get_code_object(x):
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, '<disassembly>')
    if hasattr(x, 'co_code'):
        return x
    raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Prints the disassembly of a function, method, class, module, code object, generator or
    coroutine, source string or raw bytecode; with no argument, of the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        # a class or module: each member that holds code, by name
        for name, member in sorted(x.__dict__.items()):
            if not isinstance(member, _have_code):
                continue
            print(f'Disassembly of {name}:', file=file)
            try:
                dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
            except TypeError as exc:
                print('Sorry:', exc, file=file)
            print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive)
    else:
        raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


def _last_traceback():
    """The traceback of the last uncaught exception (what the interactive interpreter kept)."""
    if hasattr(sys, 'last_exc'):
        return sys.last_exc.__traceback__
    if hasattr(sys, 'last_traceback'):
        return sys.last_traceback
    raise RuntimeError('no last traceback to disassemble')


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Prints the disassembly of the innermost frame of a traceback (default: the last one), marking
    the instruction that raised."""
    if tb is None:
        tb = _last_traceback()
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of Instruction tuples for the code of x; first_line renumbers the source lines so
    that the code object's first line gets that number."""
    co = _get_code_object(x)
    code, layout = _code_array(co, adaptive)
    line_offset = 0 if first_line is None else first_line - co.co_firstlineno
    # As in CPython, exception handlers are not marked as jump targets here (Bytecode marks them).
    return _get_instructions_bytes(code, _varname_getter(co), co.co_names, co.co_consts,
                                   dict(layout.linestarts), line_offset, co_positions=layout.positions,
                                   show_caches=show_caches)


# ---- Code information ----

# co_flags bits by value; inspect builds its CO_* names from this table.
COMPILER_FLAG_NAMES = {
    1: 'OPTIMIZED',
    2: 'NEWLOCALS',
    4: 'VARARGS',
    8: 'VARKEYWORDS',
    16: 'NESTED',
    32: 'GENERATOR',
    64: 'NOFREE',
    128: 'COROUTINE',
    256: 'ITERABLE_COROUTINE',
    512: 'ASYNC_GENERATOR',
}


def pretty_flags(flags):
    """co_flags as a comma-separated list of names (hex for bits without one)."""
    parts = []
    for bit in range(32):
        value = 1 << bit
        if not flags & value:
            continue
        parts.append(COMPILER_FLAG_NAMES.get(value, hex(value)))
        flags ^= value
        if not flags:
            break
    else:
        parts.append(hex(flags))
    return ', '.join(parts)


def _format_code_info(co):
    out = [
        f'Name:              {co.co_name}',
        f'Filename:          {co.co_filename}',
        f'Argument count:    {co.co_argcount}',
        f'Positional-only arguments: {co.co_posonlyargcount}',
        f'Kw-only arguments: {co.co_kwonlyargcount}',
        f'Number of locals:  {co.co_nlocals}',
        f'Stack size:        {co.co_stacksize}',
        f'Flags:             {pretty_flags(co.co_flags)}',
    ]
    if co.co_consts:
        out.append('Constants:')
        out.extend(f'{n:4d}: {value!r}' for n, value in enumerate(co.co_consts))
    for title, items in (('Names', co.co_names), ('Variable names', co.co_varnames),
                         ('Free variables', co.co_freevars), ('Cell variables', co.co_cellvars)):
        if items:
            out.append(title + ':')
            out.extend(f'{n:4d}: {name}' for n, name in enumerate(items))
    return '\n'.join(out)


def code_info(x):
    """A text describing the code of x: names, counts, flags, constants and variables."""
    return _format_code_info(_get_code_object(x))


def show_code(co, *, file=None):
    """Prints code_info(co)."""
    print(code_info(co), file=file)


def _find_imports(co):
    """(name, level, fromlist) for each import in a code object (modulefinder uses this)."""
    code = _CPythonLayout(co).code
    consts, names = co.co_consts, co.co_names
    seen = [(op, arg) for _, op, arg in _unpack_opargs(code) if op != EXTENDED_ARG]
    for k, (op, arg) in enumerate(seen):
        if op != opmap['IMPORT_NAME'] or k < 2:
            continue
        level_op, from_op = seen[k - 2], seen[k - 1]
        if level_op[0] in _HASCONST and from_op[0] in _HASCONST:
            yield (names[arg], _get_const_value(level_op[0], level_op[1], consts),
                   _get_const_value(from_op[0], from_op[1], consts))


def _find_store_names(co):
    """The names a code object stores with STORE_NAME or STORE_GLOBAL."""
    stores = (opmap['STORE_NAME'], opmap['STORE_GLOBAL'])
    for _, op, arg in _unpack_opargs(_CPythonLayout(co).code):
        if op in stores:
            yield co.co_names[arg]


class Bytecode:
    """The operations of a piece of code (function, method, code object, source string...):
    iterating gives Instruction tuples, dis() the disassembly text, info() the code_info text.
    current_offset, when given, is a CPython offset whose instruction dis() marks."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        co = _get_code_object(x)
        layout = _CPythonLayout(co)
        self.codeobj = co
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - co.co_firstlineno
        self._linestarts = dict(layout.linestarts)
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = layout.exceptions
        self.show_caches = show_caches
        self.adaptive = adaptive
        self._layout = layout

    def _code(self):
        return _quickened(self._layout.code) if self.adaptive else self._layout.code

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(self._code(), _varname_getter(co), co.co_names, co.co_consts,
                                       self._linestarts, line_offset=self._line_offset,
                                       exception_entries=self.exception_entries,
                                       co_positions=self._layout.positions, show_caches=self.show_caches)

    def __repr__(self):
        return f'{type(self).__name__}({self._original_object!r})'

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """A Bytecode of the innermost frame of tb, its current_offset at the instruction that raised."""
        while tb.tb_next:
            tb = tb.tb_next
        co = tb.tb_frame.f_code
        offset = _CPythonLayout(co).lasti(tb.tb_lasti)
        return cls(co, current_offset=offset, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        return _format_code_info(self.codeobj)

    def dis(self):
        co = self.codeobj
        lasti = -1 if self.current_offset is None else self.current_offset
        with io.StringIO() as out:
            _disassemble_bytes(self._code(), varname_from_oparg=_varname_getter(co), names=co.co_names,
                               co_consts=co.co_consts, linestarts=self._linestarts,
                               line_offset=self._line_offset, file=out, lasti=lasti,
                               exception_entries=self.exception_entries, co_positions=self._layout.positions,
                               show_caches=self.show_caches)
            return out.getvalue()


def main():
    """python -m dis [file]: disassembles a source file (default: standard input)."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('infile', type=argparse.FileType('rb'), nargs='?', default='-')
    options = parser.parse_args()
    with options.infile as infile:
        source = infile.read()
    dis(compile(source, options.infile.name, 'exec'))


if __name__ == '__main__':
    main()
