# dis: where an exception happened: distb on a traceback (the frame the traceback object names),
# Bytecode.from_traceback (the innermost frame, its current_offset), disassemble with lasti from a
# traceback and from a live frame, and distb/dis() without a last traceback.
import dis
import io
import sys


def parse(record):
    name, value = record.split('=')
    return name.strip(), int(value)


def load(records):
    out = {}
    for r in records:
        key, value = parse(r)
        out[key] = value
    return out


try:
    load(['a = 1', 'b = two'])
except ValueError as exc:
    tb = exc.__traceback__

bc = dis.Bytecode.from_traceback(tb)
print(bc.codeobj.co_name, bc.current_offset)
print(bc.dis())

inner = tb
while inner.tb_next:
    inner = inner.tb_next
out = io.StringIO()
dis.distb(inner, file=out)
print(out.getvalue())
out = io.StringIO()
dis.distb(tb.tb_next, file=out)
print(out.getvalue())

out = io.StringIO()
dis.disassemble(inner.tb_frame.f_code, inner.tb_lasti, file=out)
print(out.getvalue() == dis.Bytecode.from_traceback(inner).dis())


def where():
    frame = sys._getframe()
    out = io.StringIO()
    dis.disassemble(frame.f_code, frame.f_lasti, file=out)
    return out.getvalue()


print(where())

for call in (lambda: dis.distb(), lambda: dis.dis()):
    try:
        call()
    except RuntimeError as exc:
        print('RuntimeError:', exc)
