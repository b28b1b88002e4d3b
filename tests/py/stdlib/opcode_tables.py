# opcode / _opcode: the tables dis is built on (opname, opmap, the has* lists, HAVE_ARGUMENT,
# EXTENDED_ARG, pseudo opcodes, inline cache sizes, specializations) and stack_effect with its jump
# argument and its errors, for real, pseudo and instrumented opcodes.
import _opcode
import dis
import opcode

print(opcode.__all__)
print(sorted(n for n in dir(opcode) if not n.startswith('_')))
print(sorted(n for n in dir(dis) if not n.startswith('_')))
print(dis.__all__)
print(len(opcode.opname), opcode.opname[:12], opcode.opname[-3:])
print(list(opcode.opmap.items())[:8], len(opcode.opmap))
for name in ('hasarg', 'hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasexc'):
    print(name, getattr(opcode, name))
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.MIN_PSEUDO_OPCODE, opcode.MAX_PSEUDO_OPCODE,
      opcode.MIN_INSTRUMENTED_OPCODE, opcode.ENABLE_SPECIALIZATION, opcode.i, opcode.op)
print(opcode.cmp_op, opcode.is_pseudo(256), opcode.is_pseudo(255), opcode.is_pseudo(266), opcode.is_pseudo(267))
print([(opcode.opname[i], n) for i, n in enumerate(opcode._inline_cache_entries) if n])
print(opcode._pseudo_ops)
print(opcode._specialized_instructions[:6], len(opcode._specialized_instructions))
print(opcode._cache_format['LOAD_ATTR'], opcode._nb_ops[11], opcode._intrinsic_1_descs[3])
print(dis._all_opname[6], dis._all_opmap['LOAD_FAST__LOAD_FAST'], dis.deoptmap['SEND_GEN'])
print(dis.spec_op, dis.specialized)

for op in range(0, 270):
    results = []
    for arg in (None, 0, 1, 3, 5, 258):
        for jump in (None, False, True):
            try:
                results.append(_opcode.stack_effect(op, arg, jump=jump))
            except ValueError as exc:
                results.append(str(exc).split(':')[-1].strip()[:12])
    if any(not isinstance(r, str) for r in results):
        print(op, opcode.opname[op] if op < len(opcode.opname) else '?', results)
print(dis.stack_effect(opcode.opmap['BUILD_MAP'], 3), dis.stack_effect(opcode.opmap['FOR_ITER'], 4, jump=False))
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}), ((1,), {'oparg': 2}), ((100, 0), {'foo': 1}),
                     ((100, 0), {'jump': 1}), ((100, 'x'), {}), ((1.0,), {}), ((2 ** 31,), {}), ((100, 2 ** 63), {}),
                     ((102, -5), {}), ((102, 2 ** 31 - 1), {}), ((102, 2 ** 32 + 5), {}), ((147, 2 ** 31 - 2), {}),
                     ((300, 0), {}), ((105, 2 ** 30), {}), ((-1,), {}), ((True,), {}), ((opcode.opmap['LOAD_CONST'], True), {})]:
    try:
        print(args, kwargs, _opcode.stack_effect(*args, **kwargs))
    except (TypeError, ValueError, OverflowError) as exc:
        print(args, kwargs, type(exc).__name__, exc)
print(_opcode.get_specialization_stats())
