# A CSV-ish report generator: parse semicolon-separated text from io.StringIO, compute totals
# per region and quarter, and render aligned tables with str.format, format_map and a
# custom __format__ on a value class, writing into an io.StringIO buffer.
import io
from collections import OrderedDict, defaultdict
from string import Template

RAW = """\
region;product;q1;q2;q3;q4
North;Widgets;1200;1350;990;1710
North;Gadgets;430;0;515;620
South;Widgets;2210;1980;2400;2600
South;Gizmos;75;80;-12;130
East;Gadgets;880;910;1005;1500
East;Widgets;640;700;720;0
West;Gizmos;310;295;388;402
"""


class Amount:
    def __init__(self, v):
        self.v = v

    def __format__(self, spec):
        if spec.endswith('k'):
            inner = spec[:-1] or '>8'
            return format(f'{self.v / 1000:.1f}k', inner)
        if spec.endswith('$'):
            inner = spec[:-1] or '>10'
            s = f'({abs(self.v):,})' if self.v < 0 else f'{self.v:,} '
            return format(s, inner)
        return format(self.v, spec)


def read_rows(stream):
    header = stream.readline().rstrip('\n').split(';')
    rows = []
    for line in stream:
        line = line.strip()
        if not line:
            continue
        rec = dict(zip(header, line.split(';')))
        for q in ('q1', 'q2', 'q3', 'q4'):
            rec[q] = int(rec[q])
        rows.append(rec)
    return header, rows


header, rows = read_rows(io.StringIO(RAW))
out = io.StringIO()
quarters = header[2:]

row_fmt = '{region:<6} {product:<8}' + ''.join(' {%s:>7$}' % q for q in quarters) + ' {total:>9$}\n'
out.write('{:<6} {:<8}'.format('Region', 'Product') + ''.join(f' {q.upper():>8}' for q in quarters)
          + f" {'Total':>10}\n")
out.write('=' * 53 + '\n')
by_region = OrderedDict()
col_totals = defaultdict(int)
for r in rows:
    total = sum(r[q] for q in quarters)
    vals = {q: Amount(r[q]) for q in quarters}
    out.write(row_fmt.format_map(dict(r, **vals, total=Amount(total))))
    by_region.setdefault(r['region'], []).append(total)
    for q in quarters:
        col_totals[q] += r[q]
out.write('-' * 53 + '\n')
grand = sum(col_totals.values())
out.write('{:<15}'.format('All') + ''.join(format(Amount(col_totals[q]), '>8$') for q in quarters)
          + format(Amount(grand), '>10$') + '\n')

text = out.getvalue()
print(text, end='')
print(f'{len(text.splitlines())} lines, {out.tell()} chars written')

print()
print('{:^30}'.format(' by region '), '|')
for region, totals in sorted(by_region.items(), key=lambda kv: -sum(kv[1])):
    share = sum(totals) / grand
    bar = '#' * round(share * 40)
    print(f'{region:<6}|{Amount(sum(totals)):k} {share:6.1%} {bar}')

tpl = Template('$who sold ${n} units in $$region $where.')
print(tpl.substitute(who='North', n=42, where='Q4'))
print(tpl.safe_substitute(who='East'))
try:
    tpl.substitute(who='x')
except KeyError as e:
    print('KeyError', e)

buf = io.StringIO('alpha\nbeta\ngamma')
print(buf.read(3), repr(buf.readline()), buf.readlines())
buf.seek(0)
print(buf.read(), buf.tell())
buf = io.StringIO()
print('a', 'b', sep='-', end='!\n', file=buf)
buf.writelines(['x\n', 'y\n'])
print(repr(buf.getvalue()), buf.closed)
buf.close()
print(buf.closed)
try:
    buf.write('z')
except ValueError as e:
    print('ValueError:', e)
print('{0:*^9}|{1:+.2e}|{2:08.3f}|{3!r:>6}|{name:x<4}'.format('mid', 12345.678, -3.14159, 'ab', name='n'))
print('{:,d} {:_b} {:#o} {:c} {:%}'.format(10**7, 10, 8, 65, 0.25))
