# dis: show_caches=True (each inline CACHE unit with its field name, as CPython lays them out) and
# adaptive=True on functions that have not run yet (CPython 3.12 has quickened them: warm-up
# counters and superinstructions such as LOAD_FAST__LOAD_FAST), get_instructions with caches.
import dis
import io


def show(x, **options):
    out = io.StringIO()
    dis.dis(x, file=out, **options)
    print(out.getvalue(), end='')
    print('-' * 40)


def lookup(obj, items, key):
    value = obj.attr.method(items[key], key=len)
    items[key] = value
    for k, v in items.items():
        obj.total += v
    return sorted(items) < [key]


def swap(a, b):
    c = a
    a = b
    b = c
    x, y = a, b
    return a + b, 1 + a, c


show(lookup, show_caches=True)
show(swap, adaptive=True)
show(swap, adaptive=True, show_caches=True)
show(lookup, adaptive=True, show_caches=True)
for ins in dis.get_instructions(lookup, show_caches=True):
    if ins.opname == 'CACHE':
        print(ins.offset, repr(ins.argrepr), ins.arg, ins.argval, ins.positions.lineno)
print(dis.Bytecode(swap, adaptive=True).dis() == dis.Bytecode(swap).dis())
for ins in dis.Bytecode(swap, adaptive=True):
    print(ins.opname, ins.opcode, ins.argrepr)
