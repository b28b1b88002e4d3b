# dis: code past one byte of oparg: EXTENDED_ARG prefixes for constants and locals past 255, forward
# and backward jumps past 255 code units (their opargs relative, counted in code units, caches
# included), as get_instructions gives them and as dis prints them.
import dis
import io

lines = ['def wide(flag):']
lines.append('    table = [' + ', '.join(f'{i}.5' for i in range(300)) + ']')
for i in range(260):
    lines.append(f'    v{i} = table[{i}] + {i}')
lines.append('    total = 0')
lines.append('    while flag:')
for i in range(0, 100, 2):
    lines.append(f'        total += v{i} * v{i + 1}')
lines.append('        if total > 10:')
lines.append('            break')
lines.append('    return total, v259, table[299]')
source = '\n'.join(lines) + '\n'
space = {}
exec(compile(source, 'wide.py', 'exec'), space)
wide = space['wide']
print(wide(True))

instructions = list(dis.get_instructions(wide))
print(len(instructions), instructions[-1].offset)
for ins in instructions:
    if ins.opname == 'EXTENDED_ARG' or 'JUMP' in ins.opname or ins.is_jump_target:
        print(ins.offset, ins.opname, ins.arg, ins.argval, ins.argrepr)
print([ins for ins in instructions if ins.offset in (0, 2, 606, 1800)])
out = io.StringIO()
dis.dis(wide, file=out)
text = out.getvalue().splitlines()
print(len(text))
print('\n'.join(text[:6]))
print('\n'.join(text[270:276]))
print('\n'.join(text[-12:]))
