# A tiny SQL-like query engine over lists of dicts: a parsed SELECT ... WHERE ... GROUP BY ...
# ORDER BY ... LIMIT with operator.itemgetter, itertools.groupby and multi-key sorting.
import operator
import re
from itertools import groupby, islice, chain

EMPLOYEES = [
    {'id': 1, 'name': 'Ada', 'dept': 'eng', 'salary': 120, 'age': 36},
    {'id': 2, 'name': 'Grace', 'dept': 'eng', 'salary': 135, 'age': 45},
    {'id': 3, 'name': 'Linus', 'dept': 'ops', 'salary': 98, 'age': 29},
    {'id': 4, 'name': 'Barbara', 'dept': 'research', 'salary': 150, 'age': 52},
    {'id': 5, 'name': 'Ken', 'dept': 'ops', 'salary': 101, 'age': 41},
    {'id': 6, 'name': 'Margaret', 'dept': 'eng', 'salary': 128, 'age': 33},
    {'id': 7, 'name': 'Dennis', 'dept': 'research', 'salary': 110, 'age': 38},
    {'id': 8, 'name': 'Frances', 'dept': 'sales', 'salary': 90, 'age': 27},
]

OPS = {'=': operator.eq, '!=': operator.ne, '<': operator.lt, '<=': operator.le,
       '>': operator.gt, '>=': operator.ge}
AGG = {
    'count': len,
    'sum': sum,
    'min': min,
    'max': max,
    'avg': lambda xs: round(sum(xs) / len(xs), 2),
}

QUERY_RE = re.compile(
    r'SELECT\s+(?P<cols>.+?)\s+FROM\s+(?P<table>\w+)'
    r'(?:\s+WHERE\s+(?P<where>.+?))?'
    r'(?:\s+GROUP BY\s+(?P<group>\w+))?'
    r'(?:\s+ORDER BY\s+(?P<order>.+?))?'
    r'(?:\s+LIMIT\s+(?P<limit>\d+))?\s*$', re.I)
COND_RE = re.compile(r"(\w+)\s*(<=|>=|!=|=|<|>)\s*('(?:[^']*)'|-?\d+)")


def literal(tok):
    return tok[1:-1] if tok.startswith("'") else int(tok)


def compile_where(text):
    preds = []
    for part in re.split(r'\s+AND\s+', text, flags=re.I):
        m = COND_RE.fullmatch(part.strip())
        if not m:
            raise SyntaxError(f'bad condition: {part!r}')
        col, op, val = m.groups()
        preds.append((operator.itemgetter(col), OPS[op], literal(val)))
    return lambda row: all(op(get(row), v) for get, op, v in preds)


def run(query, tables):
    m = QUERY_RE.match(query)
    if not m:
        raise SyntaxError(f'cannot parse: {query}')
    rows = list(tables[m['table']])
    if m['where']:
        rows = list(filter(compile_where(m['where']), rows))
    cols = [c.strip() for c in m['cols'].split(',')]
    if m['group']:
        key = operator.itemgetter(m['group'])
        out = []
        for k, grp in groupby(sorted(rows, key=key), key=key):
            grp = list(grp)
            rec = {}
            for c in cols:
                if am := re.fullmatch(r'(\w+)\((\w+|\*)\)', c):
                    fn, arg = am.groups()
                    vals = grp if arg == '*' else [r[arg] for r in grp]
                    rec[c] = AGG[fn.lower()](vals)
                else:
                    rec[c] = k
            out.append(rec)
        rows = out
    elif cols != ['*']:
        rows = [dict(zip(cols, operator.itemgetter(*cols)(r))) if len(cols) > 1 else {cols[0]: r[cols[0]]}
                for r in rows]
    if m['order']:
        for spec in reversed(m['order'].split(',')):
            parts = spec.split()
            rows.sort(key=operator.itemgetter(parts[0]),
                      reverse=len(parts) > 1 and parts[1].upper() == 'DESC')
    if m['limit']:
        rows = list(islice(rows, int(m['limit'])))
    return rows


def show(rows):
    if not rows:
        print('  (no rows)')
        return
    headers = list(rows[0])
    widths = [max(len(str(h)), *(len(str(r[h])) for r in rows)) for h in headers]
    print('  ' + ' | '.join(f'{h:<{w}}' for h, w in zip(headers, widths)))
    print('  ' + '-+-'.join('-' * w for w in widths))
    for r in rows:
        print('  ' + ' | '.join(f'{r[h]:>{w}}' if isinstance(r[h], (int, float)) else f'{r[h]:<{w}}'
                                for h, w in zip(headers, widths)))


tables = {'emp': EMPLOYEES}
queries = [
    "SELECT name, salary FROM emp WHERE dept = 'eng' ORDER BY salary DESC",
    "SELECT dept, count(*), avg(salary), max(age) FROM emp GROUP BY dept ORDER BY dept",
    "SELECT name FROM emp WHERE age >= 30 AND salary < 125 ORDER BY name LIMIT 3",
    "SELECT * FROM emp WHERE dept != 'eng' AND age < 30",
    "SELECT name, dept, age FROM emp ORDER BY dept, age DESC",
    "SELECT name FROM emp WHERE salary > 1000",
    "SELECT name FROM emp WHERE salary ~ 3",
    "DELETE FROM emp",
]
for q in queries:
    print(q)
    try:
        show(run(q, tables))
    except SyntaxError as e:
        print('  SyntaxError:', e)

get = operator.attrgetter('real', 'imag')
print(get(3 + 4j), operator.methodcaller('split', ',')('a,b,c'))
print(sorted(EMPLOYEES, key=operator.itemgetter('age'))[0]['name'])
print(list(chain.from_iterable([k] * len(list(g)) for k, g in groupby('aaabccdd'))))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
