# int.__format__: every presentation type, grouping, alternate forms, sign and fill options.

def show(spec, values):
    out = []
    for v in values:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(f"{spec!r:>10}", out)

vals = [0, 7, -7, 255, -255, 1234567, -1234567890123]
for spec in ["", "d", "5d", "<8d", "^9d", "=+10d", "+d", " d", "-d", "08d", "_d", ",d", "012,d", "_b",
             "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "_x", "#_X", "n", "10n",
             "e", ".3e", "f", ".2f", "g", "%", ".1%", "E", "G", "*^12,", "z"]:
    show(spec, vals)
show("c", [65, 97, 0x263A, 0x1F600])
show("c", [-1, 0x110000])
show("+c", [65])
show(",c", [65])
show("s", [5])
show(",_d", [5])
show("_n", [5])
show(".2d", [5])
show("#d", [5])
show("=10", [-42])
show("x<", [5])
print(f"{12345678:,}", f"{12345678:_}", f"{-12345678:_x}", f"{255:#06b}", f"{True:d}", f"{True}", f"{False:>5}")
print(format(10**30, ","), format(-10**25, "_"), format(2**70, "#x"))
print(format(True, "x"), format(False, ".2f"), format(True, "g"))
