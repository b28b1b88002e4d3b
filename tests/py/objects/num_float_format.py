# float.__format__, repr and str: every presentation type, precision, alternate forms, 'z', grouping.

def show(spec, values):
    out = []
    for v in values:
        try:
            out.append(format(v, spec))
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    print(f"{spec!r:>9}", out)

vals = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 6.02e23, float("inf"), float("-nan"), 0.1]
for spec in ["", "e", "E", ".0e", "#.0e", ".3e", "f", "F", ".0f", "#.0f", ".2f", "10.3f", "<10.2f", "^12.1f",
             "=+12.3f", "+f", " .1f", "010.2f", "g", "G", ".0g", ".1g", "#g", "#.3g", ".10g", "%", ".1%", "#.0%",
             "n", ".3n", ",", ",.2f", "_.3f", "_", ",e", "z.1f", "z", "z.0f", "+z.2f", ".2", ".15", "r" if False else "~^12"]:
    show(spec, vals)
show("d", [1.5])
show("x", [1.5])
show("c", [1.5])
show(",_", [1.5])
show(".2s", [1.5])
show("z", [5])
for x in [1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, 100.0,
          2.0**60, -1.0e-10, 12345.678e10, 1/3, 2/3]:
    print(repr(x), str(x), f"{x}", f"{x:.17g}", f"{x:e}", f"{x:g}", "%r %s %.3f %10.2e %g %G" % (x, x, x, x, x, x))
print("%+.2f|%-8.1f|%08.3f|% f|%#x" % (3.14159, 2.5, -1.5, 2.0, 255))
print("%e %E %a" % (1234.5, 0.000123, 3) if False else "%e %E" % (1234.5, 0.000123))
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {2.675:.2f} {1.005:.2f} {-0.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{123.456:=^20.2f}|{-1e10:,.0f}|{1e100:.3g}|{9.999e99:.2e}|{0.00001234:.3}")
