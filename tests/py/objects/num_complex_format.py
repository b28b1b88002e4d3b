# complex: format() and f-strings with every presentation type, width, alignment, sign, grouping.
vals = [1 + 2j, -1.5 - 2.25j, 1j, -1j, 0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1234567.891 - 9876543.21j,
        complex(1e16, 1e-7), complex(float('inf'), float('nan')), 3 + 0j, 0.1 + 0.2j]
specs = ['', '10', '<20', '>20', '^20', '*^24', '+', ' ', '-', '.2', '.3f', '.2e', 'E', 'g', 'G', '.10g', 'n',
         ',', '_', ',.2f', '#', '#.0f', '#g', 'z.1f', '+.1e', '30.4f', 'F', '.0e', 'r']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append('ValueError(' + str(e) + ')')
    print(repr(v), '|'.join(out))
for s in ['010', '0<10', '=10', '%', 'd', 'x', 's', 'c']:
    try:
        print(format(1 + 2j, s))
    except ValueError as e:
        print(s, e)
z = 3.25 - 4.5j
print(f'{z}', f'{z!r}', f'{z:.1f}', f'{z:>15}', f'{z.real:.3f}{z.imag:+.3f}j', '{:^16.2e}'.format(z), '%s %r' % (z, z))
