# dis: the Instruction tuples of get_instructions and Bytecode with every field (argval of each kind
# of argument, offsets, starts_line, is_jump_target, positions), first_line, Bytecode.dis() with
# current_offset, findlinestarts, findlabels and raw CPython bytecode given to dis.dis.
import dis
import io


def area(shape, scale=1.0):
    kind = shape['kind']
    if kind == 'rect':
        w, h = shape['w'], shape['h']
        return w * h * scale
    for side in shape.get('sides', ()):
        scale *= side
    return round(scale, 2)


for ins in dis.get_instructions(area):
    print(ins)
print()

# first_line renumbers the lines; positions keep the real ones
for ins in dis.get_instructions(area, first_line=1):
    if ins.starts_line is not None or ins.is_jump_target:
        print(ins.offset, ins.opname, ins.starts_line, ins.is_jump_target, ins.positions.lineno)
print()

print(list(dis.findlinestarts(area.__code__)))
print(dis.findlabels(b'\x97\x00|\x00r\x02d\x00S\x00d\x01S\x00'))
print()


def guarded(items):
    try:
        return items[0]
    except IndexError:
        return None


bc = dis.Bytecode(guarded)
print(bc.first_line, bc.current_offset, bc.show_caches, bc.adaptive)
print(bc.exception_entries)
for ins in bc:
    print(ins.offset, ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.is_jump_target)
print(bc.dis())
print(dis.Bytecode(guarded, first_line=500, current_offset=8).dis())

ins = next(iter(dis.Bytecode(area)))
print(ins._fields, ins.positions._fields)
print(ins._disassemble(), '|', ins._disassemble(lineno_width=0, mark_as_current=True, offset_width=6))
print(dis.Positions(), dis.Instruction('NOP', 9, None, None, '', 0, None, False))
print(repr(dis.UNKNOWN))

# Raw bytes are CPython's own format: no names or constants to resolve, no line numbers.
raw = bytes([151, 0, 124, 0, 124, 1, 122, 0, 0, 0, 83, 0])
dis.dis(raw)
for item in dis.get_instructions(area.__code__):
    if item.opname == 'BINARY_SUBSCR':
        print(item.offset, item.positions)
print(list(dis._unpack_opargs(bytes([144, 1, 144, 2, 100, 3, 83, 0]))))
out = io.StringIO()
dis.dis(bytes([144, 1, 100, 2, 83, 0, 110, 1, 9, 0, 9, 0]), file=out)
print(out.getvalue())
