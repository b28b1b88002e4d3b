# A text report formatter: str.format with alignment, fill, grouping, nested widths and format_map.
rows = [('Widget', 1234, 3.5, 0.125), ('Gadget', 56, 1299.99, -0.05), ('Doohickey with a long name', 7, 0.5, 1.0)]
w = max(len(r[0]) for r in rows)
header = '{:<{w}} | {:>8} | {:>10} | {:>7}'.format('Item', 'Qty', 'Price', 'Change', w=w)
print(header)
print('-' * len(header))
total = 0
for name, qty, price, change in rows:
    total += qty * price
    print('{0:<{w}} | {1:>8,} | {2:>10,.2f} | {3:>+7.1%}'.format(name, qty, price, change, w=w))
print('=' * len(header))
print('{:>{}}'.format('Total: {:,.2f}'.format(total), len(header)))
print('{:*^40}'.format(' Summary '))
stats = {'n': len(rows), 'mean': total / len(rows), 'name': 'Q3'}
print('{name}: {n} items, mean {mean:_.3f}'.format_map(stats))
print('{0!r:>12}|{0!s:<12}|{0!a}'.format('naïve'))
print('{:08.3f}|{:+08d}|{:#010x}|{:#b}|{:o}|{:e}|{:G}'.format(3.14159, 42, 255, 5, 64, 12345.678, 1e-10))
print('{:=+10d}|{:^+10d}|{: d}|{:,d}|{:_x}'.format(-42, 42, 42, 10**9, 0xdeadbeef))
class P:
    x = 3
    items = ['a', 'b']
print('{p.x} {p.items[1]} {d[key]} {l[0]}'.format(p=P(), d={'key': 'v'}, l=[9]))
