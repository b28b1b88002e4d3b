# Format specifications in f-strings for int, float, str and bool.
n = 1234567
print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:012}]")
print(f"[{n:,}] [{n:_}] [{n:+}] [{-n: }] [{n: }]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{255:#o}] [{5:b}] [{5:#010b}]")
print(f"[{-42:>8}] [{-42:<8}] [{-42:=8}] [{-42:08}]")
x = 3.14159265
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:+.4f}] [{x:e}] [{x:.3e}] [{x:g}]")
print(f"[{1e20:g}] [{1e-7:g}] [{123456789.0:,.2f}] [{0.5:%}] [{0.125:.1%}]")
print(f"[{2.5:.0f}] [{3.5:.0f}] [{-0.0:.1f}] [{1/3:.10f}]")
s = "text"
print(f"[{s:>8}] [{s:<8}] [{s:^8}] [{s:*^9}] [{s:.2}] [{s:>8.3}]")
print(f"[{True}] [{True:>6}] [{False:d}] [{True:5d}]")
print(f"[{'':>3}] [{12:{'>'}{5}}]")
for value in (0, 7, 42, 1000, -3):
    print(f"{value:>6} | {value:06.2f} | {value:#06x}")
rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("melons", 1, 3.75)]
for label, qty, price in rows:
    print(f"{label:<10}{qty:>5}{price:>8.2f}{qty * price:>9.2f}")
print(f"{12345.6789:>15,.2f}|")
print(f"{1000000:,d} {1000000:_x}")
print(f"{float('inf'):>6} {float('-inf')} {float('nan'):^7}")
