#!/usr/bin/env python3
"""Records how CPython 3.12 lists and tuples behave, for tests/unit/objects/{list,tuple}.test.ts.

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-golden-seq.py
(it re-executes itself with PYTHONHASHSEED=0 when that is not set). Writes tests/golden/seq-*.json. All
samples come from fixed-seed random.Random instances, so a rerun on the same CPython writes identical files.

Value encoding (a superset of tools/gen-golden.py's):
  int      -> JSON number when |v| < 2**53, else {"i": "<decimal>"}
  float    -> {"f": "<16 hex digits of the IEEE-754 bits>"}
  str      -> JSON string
  bytes    -> {"b": "<hex>"}
  None     -> null;  True/False -> {"bool": 1} / {"bool": 0}
  list     -> JSON array
  tuple    -> {"t": [values]}
Errors are recorded as {"error": "<ExceptionType>", "msg": "<str(exception)>"}.

Capacities: sys.getsizeof(list) is 56 + 8 * allocated on 64-bit CPython 3.12, so "cap" below is
(getsizeof(l) - 56) // 8, the number of item slots the list has allocated.
"""

import json
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, 'tests', 'golden')
MAX_FILE = 2 * 1024 * 1024


def ensure_environment():
    if sys.version_info[:2] != (3, 12):
        sys.exit('gen-golden-seq.py must run under CPython 3.12 (PYENV_VERSION=3.12.1), not %s' % sys.version)
    if os.environ.get('PYTHONHASHSEED') != '0':
        env = dict(os.environ, PYTHONHASHSEED='0')
        os.execve(sys.executable, [sys.executable] + sys.argv, env)
    assert hash('abc') == -4594863902769663758, 'PYTHONHASHSEED=0 not in effect'
    assert sys.getsizeof([]) == 56, 'expected a 64-bit CPython'


def enc(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return {'bool': int(v)}
    if isinstance(v, int):
        return v if abs(v) < 2**53 else {'i': str(v)}
    if isinstance(v, float):
        return {'f': struct.pack('>d', v).hex()}
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return {'b': v.hex()}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, tuple):
        return {'t': [enc(x) for x in v]}
    raise TypeError(type(v))


def cap(lst):
    return (sys.getsizeof(lst) - 56) // 8


def err(e):
    return {'error': type(e).__name__, 'msg': str(e)}


def write_json(name, description, sections):
    parts = ['{\n', '"description": ', json.dumps(description), ',\n', '"python": ',
             json.dumps(sys.version.split()[0])]
    for key, items in sections.items():
        parts.append(',\n')
        parts.append(json.dumps(key))
        parts.append(': [\n')
        parts.append(',\n'.join(json.dumps(item, separators=(',', ':'), ensure_ascii=False) for item in items))
        parts.append('\n]')
    parts.append('\n}\n')
    text = ''.join(parts)
    if len(text.encode('utf-8')) > MAX_FILE:
        sys.exit('%s would be %d bytes, over the %d limit' % (name, len(text), MAX_FILE))
    with open(os.path.join(GOLDEN, name), 'w', encoding='utf-8') as f:
        f.write(text)
    print('wrote tests/golden/%s (%d bytes)' % (name, len(text)))


# ------------------------------------------------------------------------------------------ list operations

def exact_list(values):
    """A list with exactly len(values) slots, as PyList_New(n) + PyList_SET_ITEM build it."""
    lst = [None] * len(values)
    for i, v in enumerate(values):
        lst[i] = v
    assert cap(lst) == len(values)
    return lst


def operand(lst, spec):
    """A list/tuple operand: ["list", [values]], ["tuple", [values]] or ["self"]."""
    if spec[0] == 'self':
        return lst
    if spec[0] == 'list':
        return exact_list(spec[1])
    return tuple(spec[1])


def none_or(x):
    return x


def run_op(lst, op):
    """Applies one op to lst; returns (ret, has_ret). Raises whatever CPython raises."""
    name = op[0]
    if name == 'append':
        lst.append(op[1])
    elif name == 'insert':
        lst.insert(op[1], op[2])
    elif name == 'pop':
        return (lst.pop(*op[1:]), True)
    elif name == 'remove':
        lst.remove(op[1])
    elif name == 'index':
        return (lst.index(*op[1:]), True)
    elif name == 'count':
        return (lst.count(op[1]), True)
    elif name == 'contains':
        return (op[1] in lst, True)
    elif name == 'getitem':
        return (lst[op[1]], True)
    elif name == 'setitem':
        lst[op[1]] = op[2]
    elif name == 'delitem':
        del lst[op[1]]
    elif name == 'getslice':
        return (lst[op[1]:op[2]:op[3]], True)
    elif name == 'setslice':
        lst[op[1]:op[2]:op[3]] = operand(lst, op[4])
    elif name == 'delslice':
        del lst[op[1]:op[2]:op[3]]
    elif name == 'extend':
        lst.extend(operand(lst, op[1]))
    elif name == 'clear':
        lst.clear()
    elif name == 'reverse':
        lst.reverse()
    elif name == 'copy':
        return (lst.copy(), True)
    elif name == 'concat':
        return (lst + operand(lst, op[1]), True)
    elif name == 'repeat':
        return (lst * op[1], True)
    elif name == 'irepeat':
        lst *= op[1]
    elif name == 'sort':
        lst.sort(reverse=bool(op[1]))
    elif name == 'tuple':
        return (tuple(lst), True)
    else:
        raise ValueError(name)
    return (None, False)


def enc_ret(r):
    if isinstance(r, list):
        return {'list': enc(r), 'cap': cap(r)}
    return enc(r)


def enc_op(op):
    """The op as recorded: its value arguments encoded (indices, counts and src specs are plain JSON)."""
    op = list(op)
    if op[0] in ('append', 'remove', 'index', 'count', 'contains'):
        op[1] = enc(op[1])
    elif op[0] in ('insert', 'setitem'):
        op[2] = enc(op[2])
    return op


def record_case(name, start, ops):
    lst = exact_list(start)
    steps = []
    for op in ops:
        step = {'op': enc_op(op)}
        try:
            r, has = run_op(lst, op)
            if has:
                step['ret'] = enc_ret(r)
        except Exception as e:  # noqa: BLE001 - the exception is the data
            step['ret'] = err(e)
        step['items'] = enc(lst)
        step['cap'] = cap(lst)
        steps.append(step)
    return {'name': name, 'start': enc(start), 'steps': steps}


def rand_index(rnd, n):
    return rnd.choice([rnd.randrange(-n - 3, n + 3), 0, -1, n, -n - 1, 10**9, -10**9]) if n else rnd.randrange(-2, 3)


def rand_bound(rnd, n):
    return rnd.choice([None, None, rnd.randrange(-n - 4, n + 5), rnd.randrange(-n - 4, n + 5), 10**12, -10**12])


def rand_step(rnd):
    return rnd.choice([None, 1, 1, 2, 3, -1, -1, -2, -3, 7, -7, 0])


def list_op_cases():
    rnd = random.Random(20240612)
    cases = []

    # Growth by appends, shrink by pops, from several starting sizes.
    cases.append(record_case('append-0-200', [], [['append', i] for i in range(200)]))
    cases.append(record_case('pop-200-to-0', list(range(200)), [['pop'] for _ in range(201)]))
    cases.append(record_case('pop-front', list(range(40)), [['pop', 0] for _ in range(41)]))
    cases.append(record_case('insert-front', [], [['insert', 0, i] for i in range(70)]))
    cases.append(record_case('insert-mixed', list(range(5)),
                             [['insert', i, -i] for i in (-100, -1, 0, 1, 2, 100, 3, -3, 7, 50)]))
    cases.append(record_case('delitem', list(range(60)),
                             [['delitem', i] for i in (0, -1, 5, 10, 100, -100, 20, 3)] +
                             [['delitem', 0] for _ in range(50)]))
    cases.append(record_case('extend-empty', [], [['extend', ['tuple', [1, 2, 3]]], ['extend', ['list', [4, 5]]],
                                                  ['extend', ['self']], ['extend', ['tuple', []]],
                                                  ['extend', ['list', list(range(30))]]]))
    for n in (1, 2, 3, 5, 7, 8, 9):
        cases.append(record_case('extend-into-empty-%d' % n, [], [['extend', ['list', list(range(n))]]]))
        cases.append(record_case('extend-into-%d' % n, list(range(n)), [['extend', ['tuple', list(range(n))]]]))
    cases.append(record_case('clear-then-extend', list(range(10)),
                             [['clear'], ['extend', ['tuple', [1, 2, 3]]], ['clear'], ['append', 1]]))
    # An extended delete of every item resizes to 0 but keeps an item block (PyMem_Realloc(p, 0)).
    cases.append(record_case('extended-delete-all-then-extend', [1, 2, 3],
                             [['delslice', None, None, -1], ['extend', ['tuple', [7, 8, 9]]]]))
    cases.append(record_case('extended-delete-all-then-append', [1, 2, 3, 4],
                             [['delslice', None, None, 2], ['delslice', None, None, -1], ['append', 5]]))
    cases.append(record_case('repeat', [1, 2, 3],
                             [['repeat', 0], ['repeat', -1], ['repeat', 1], ['repeat', 5], ['irepeat', 3],
                              ['irepeat', 1], ['irepeat', 0], ['append', 1], ['irepeat', 10], ['repeat', 2**62]]))
    cases.append(record_case('irepeat-overflow', [1, 2], [['irepeat', 2**62]]))
    cases.append(record_case('concat-copy', [1, 2], [['concat', ['list', [3, 4, 5]]], ['concat', ['self']],
                                                     ['copy'], ['concat', ['tuple', [1]]], ['tuple']]))
    cases.append(record_case('errors', [1, 2, 3],
                             [['pop', 3], ['pop', -4], ['getitem', 3], ['getitem', -4], ['setitem', 3, 0],
                              ['setitem', -4, 0], ['delitem', 3], ['remove', 9], ['index', 9], ['index', 'x'],
                              ['index', 1, 1], ['index', 3, 0, 2], ['index', 3, -1], ['index', 2, -100, 100],
                              ['getslice', None, None, 0], ['delslice', 1, 2, 0], ['setslice', 0, 1, 0, ['list', []]],
                              ['setslice', None, None, 2, ['list', [1]]], ['setslice', None, None, -1, ['tuple', []]],
                              ['pop'], ['pop'], ['pop'], ['pop'], ['pop', 0]]))
    cases.append(record_case('search', [1, 2, 3, 2, 1, 'a', 2.0, (1, 2), None, True],
                             [['index', 2], ['index', 2, 2], ['index', 2, -7], ['index', 2.0], ['index', 'a'],
                              ['index', (1, 2)], ['index', None], ['count', 2], ['count', 1], ['count', 'b'],
                              ['contains', 2], ['contains', (1, 2)], ['contains', 'b'], ['contains', None],
                              ['remove', 2], ['remove', True], ['remove', (1, 2)], ['count', 1]]))
    cases.append(record_case('reverse-sort', [3, 1, 2, 5, 4],
                             [['reverse'], ['sort', 0], ['sort', 1], ['reverse'], ['clear'], ['reverse'],
                              ['sort', 0], ['append', 1], ['sort', 1]]))

    # Random mixes of everything, with slices of every kind.
    kinds = ['append', 'insert', 'pop', 'popi', 'delitem', 'setitem', 'getitem', 'getslice', 'setslice',
             'delslice', 'extend', 'concat', 'repeat', 'irepeat', 'remove', 'index', 'count', 'reverse', 'copy',
             'clear']
    weights = [10, 4, 5, 3, 3, 3, 3, 6, 8, 6, 4, 1, 1, 1, 2, 2, 1, 1, 1, 1]
    for c in range(40):
        start = [rnd.randrange(100) for _ in range(rnd.choice([0, 1, 3, 8, 17, 40]))]
        lst = list(start)
        ops = []
        for _ in range(rnd.choice([20, 40, 80])):
            k = rnd.choices(kinds, weights)[0]
            n = len(lst)
            if k == 'append':
                op = ['append', rnd.randrange(100)]
            elif k == 'insert':
                op = ['insert', rand_index(rnd, n), rnd.randrange(100)]
            elif k == 'pop':
                op = ['pop']
            elif k == 'popi':
                op = ['pop', rand_index(rnd, n)]
            elif k == 'delitem':
                op = ['delitem', rand_index(rnd, n)]
            elif k == 'setitem':
                op = ['setitem', rand_index(rnd, n), rnd.randrange(100)]
            elif k == 'getitem':
                op = ['getitem', rand_index(rnd, n)]
            elif k == 'getslice':
                op = ['getslice', rand_bound(rnd, n), rand_bound(rnd, n), rand_step(rnd)]
            elif k == 'setslice':
                step = rand_step(rnd)
                m = rnd.choice([0, 1, 2, 3, 5, 12, 30])
                src = rnd.choice([['list', [rnd.randrange(100) for _ in range(m)]],
                                  ['tuple', [rnd.randrange(100) for _ in range(m)]], ['self']])
                if step not in (None, 1) and src[0] != 'self' and rnd.random() < 0.7:
                    # Mostly give extended slices the right length.
                    probe = list(range(n))[slice(rand_bound(rnd, n), rand_bound(rnd, n), step)] if step else []
                    src = [src[0], [rnd.randrange(100) for _ in probe]]
                op = ['setslice', rand_bound(rnd, n), rand_bound(rnd, n), step, src]
            elif k == 'delslice':
                op = ['delslice', rand_bound(rnd, n), rand_bound(rnd, n), rand_step(rnd)]
            elif k == 'extend':
                op = ['extend', rnd.choice([['list', [rnd.randrange(100) for _ in range(rnd.randrange(0, 20))]],
                                            ['tuple', [rnd.randrange(100) for _ in range(rnd.randrange(0, 20))]],
                                            ['self']])]
            elif k == 'concat':
                op = ['concat', ['list', [rnd.randrange(100) for _ in range(rnd.randrange(0, 6))]]]
            elif k == 'repeat':
                op = ['repeat', rnd.randrange(-1, 4)]
            elif k == 'irepeat':
                op = ['irepeat', rnd.randrange(0, 3) if n < 50 else 1]
            elif k == 'remove':
                op = ['remove', rnd.randrange(100)]
            elif k == 'index':
                op = ['index', rnd.randrange(100)]
            elif k == 'count':
                op = ['count', rnd.randrange(100)]
            else:
                op = [k]
            ops.append(op)
            try:
                run_op(lst, op)
            except Exception:  # noqa: BLE001
                pass
            if len(lst) > 400:
                ops.append(['clear'])
                lst.clear()
        cases.append(record_case('random-%d' % c, start, ops))

    # Slices that hit the boundaries of PySlice_AdjustIndices on small lists.
    slice_ops = []
    for n in (0, 1, 2, 5):
        for start in (None, -7, -n, -1, 0, 1, n, 7):
            for stop in (None, -7, -1, 0, 2, n, 7):
                for step in (None, 1, 2, -1, -2, 3):
                    slice_ops.append(['getslice', start, stop, step])
        cases.append(record_case('slice-grid-%d' % n, list(range(n)), slice_ops))
        slice_ops = []
    return cases


def gen_list_ops():
    write_json('seq-list-ops.json',
               'list operations in CPython 3.12: each case starts from a list with exactly len(start) slots '
               '(as PyList_New(n) builds it) and applies ops in order; each step records the return value '
               '(ret; a list result as {list, cap}; an exception as {error, msg}), the items after the op and '
               'cap = (sys.getsizeof(l) - 56) // 8. Ops: [append, x], [insert, i, x], [pop] | [pop, i], '
               '[remove, x], [index, x(, start(, stop))], [count, x], [contains, x], [getitem, i], '
               '[setitem, i, x], [delitem, i], [getslice, start, stop, step], [setslice, start, stop, step, src], '
               '[delslice, start, stop, step] (null = None in a slice; the values x are encoded), [extend, src], [clear], [reverse], '
               '[copy], [concat, src], [repeat, n], [irepeat, n] (l *= n), [sort, reverse 0/1], [tuple]; '
               'src is [list, values] (an exactly sized list), [tuple, values], or [self] (the list itself).',
               {'cases': list_op_cases()})


# ------------------------------------------------------------------------------------------------- sorting

class Rec:
    """A sort key that logs every comparison (its own index and the other's) and can fail on demand."""
    log = None
    fail_at = -1

    __slots__ = ('v', 'i')

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log = Rec.log
        if len(log) == Rec.fail_at:
            raise RuntimeError('comparison %d fails' % len(log))
        log.append((self.i, other.i))
        return self.v < other.v


FNV_OFFSET = 0x811c9dc5
FNV_PRIME = 0x01000193


def fnv(pairs):
    """FNV-1a over the comparison log, 32 bits, one step per index (the test computes the same)."""
    h = FNV_OFFSET
    for a, b in pairs:
        for x in (a, b):
            h ^= x & 0xffffffff
            h = (h * FNV_PRIME) & 0xffffffff
    return h


def sort_record(name, values, reverse=False, use_key=False, fail_at=-1):
    """Sorts indices 0..n-1 by values[i] (stable), logging comparisons; records order and log."""
    n = len(values)
    Rec.log = []
    Rec.fail_at = fail_at
    if use_key:
        lst = list(range(n))
        keys = [Rec(values[i], i) for i in range(n)]
        try:
            lst.sort(key=lambda i: keys[i], reverse=reverse)
            error = None
        except RuntimeError as e:
            error = str(e)
        order = lst
    else:
        lst = [Rec(values[i], i) for i in range(n)]
        try:
            lst.sort(reverse=reverse)
            error = None
        except RuntimeError as e:
            error = str(e)
        order = [r.i for r in lst]
    log = Rec.log
    Rec.log = None
    case = {'name': name, 'values': enc(values), 'reverse': int(reverse), 'key': int(use_key), 'failAt': fail_at,
            'order': order, 'ncmp': len(log), 'cmphash': fnv(log)}
    if error is not None:
        case['error'] = error
    if len(log) <= 400:
        case['cmps'] = [x for pair in log for x in pair]
    return case


def sort_cases():
    rnd = random.Random(77001)
    cases = []

    def add(name, values):
        cases.append(sort_record(name, values))
        cases.append(sort_record(name + '/reverse', values, reverse=True))
        cases.append(sort_record(name + '/key', values, use_key=True))
        # The three runs share one copy of the values.
        for c in cases[-2:]:
            c['values'] = 'same'

    for n in (0, 1, 2, 3, 5, 10, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 255, 256, 257, 1000, 2049, 4100):
        add('random-%d' % n, [rnd.randrange(10**6) for _ in range(n)])
    for n in (20, 70, 300, 1500):
        add('few-distinct-%d' % n, [rnd.randrange(4) for _ in range(n)])
        add('sorted-%d' % n, list(range(n)))
        add('reversed-%d' % n, list(range(n, 0, -1)))
        add('all-equal-%d' % n, [7] * n)
        add('reversed-with-ties-%d' % n, sorted([rnd.randrange(n // 3 + 1) for _ in range(n)], reverse=True))
        add('sawtooth-%d' % n, [i % 17 for i in range(n)])
        add('organ-pipe-%d' % n, list(range(n // 2)) + list(range(n - n // 2, 0, -1)))
    # Long runs that make the merges gallop, and runs of varied lengths for the powersort stack.
    for n in (500, 2500):
        add('two-runs-overlap-%d' % n, list(range(0, n, 2)) + list(range(n // 3, n // 3 + n // 2)))
        add('interleaved-blocks-%d' % n, [(i // 50) % 2 * 1000 + i for i in range(n)])
        a = []
        while len(a) < n:
            run = sorted(rnd.randrange(10**4) for _ in range(rnd.choice([1, 3, 40, 70, 200, 600])))
            if rnd.random() < 0.3:
                run.reverse()
            a.extend(run)
        add('random-runs-%d' % n, a[:n])
        add('sorted-plus-noise-%d' % n, [i if rnd.random() < 0.95 else rnd.randrange(n) for i in range(n)])
    add('floats-and-ints', [rnd.choice([rnd.randrange(-50, 50), rnd.randrange(-50, 50) + 0.5]) for _ in range(400)])
    add('strings', ['%s%d' % (rnd.choice('abcde'), rnd.randrange(30)) for _ in range(300)])

    # A comparison that raises part-way: the list must end up as the same permutation as CPython's.
    for n, vals in ((40, None), (300, None), (2000, None)):
        values = [rnd.randrange(10**5) for _ in range(n)] if vals is None else vals
        total = sort_record('probe', values)['ncmp']
        for frac in (0.0, 0.1, 0.5, 0.9, 0.999):
            at = int(total * frac)
            cases.append(sort_record('fail-%d-at-%d' % (n, at), values, fail_at=at))
            cases.append(sort_record('fail-%d-at-%d/key' % (n, at), values, use_key=True, fail_at=at))
            cases.append(sort_record('fail-%d-at-%d/reverse' % (n, at), values, reverse=True, fail_at=at))
            for c in cases[-2:]:
                c['values'] = 'same'
    runs = list(range(0, 2000, 2)) + list(range(1, 2000, 2))
    total = sort_record('probe', runs)['ncmp']
    for at in range(total - 40, total, 3):
        cases.append(sort_record('fail-galloping-at-%d' % at, runs, fail_at=at))
        if at != total - 40:
            cases[-1]['values'] = 'same'
    return cases


def sort_misc():
    """Results that depend on how list.sort treats odd keys: mixed types, NaN, tuples."""
    out = []
    nan = float('nan')
    samples = [
        ('ints', [3, 1, 2, 1, 0, -5, 10**20, -10**20]),
        ('floats-nan', [3.0, nan, 1.0, nan, 2.0, 0.5]),
        ('tuples', [(1, 'b'), (1, 'a'), (0, 'z'), (1,), (), (0, 'a', 1), (2, 'a')]),
        ('tuples-nested', [((1, 2), 3), ((1, 1), 4), ((0, 9), 1), ((1, 2), 2)]),
        ('strs', ['b', 'a', 'B', 'aa', '', 'ab', 'A']),
        ('mixed-numbers', [1, 0.5, 2, -1.5, 3, True, False]),
        ('mixed-types', [1, 'a', 2]),
        ('mixed-in-tuples', [(1, 2), (1, 'a')]),
        ('none', [None, None]),
        ('none-and-int', [None, 1]),
    ]
    for name, values in samples:
        for reverse in (False, True):
            lst = list(values)
            try:
                lst.sort(reverse=reverse)
                out.append({'name': name, 'reverse': int(reverse), 'values': enc(values), 'sorted': enc(lst)})
            except Exception as e:  # noqa: BLE001
                out.append({'name': name, 'reverse': int(reverse), 'values': enc(values), 'sorted': enc(lst),
                            'ret': err(e)})
    return out


def sort_modified():
    """A key function or a comparison that changes the list being sorted."""
    out = []
    values = [5, 3, 9, 1, 7, 3, 8, 2, 6, 0, 4, 9]
    n = len(values)
    for action in ('append', 'clear', 'sort', 'extend', 'pop'):
        for where in ('key', 'cmp'):
            for at in ((0, 5) if where == 'cmp' else (0, 7)):
                lst = [Rec(values[i], i) for i in range(n)]
                Rec.log = []
                Rec.fail_at = -1
                done = []

                def act():
                    if done:
                        return
                    done.append(1)
                    if action == 'append':
                        lst.append(Rec(-1, 99))
                    elif action == 'clear':
                        lst.clear()
                    elif action == 'sort':
                        lst.sort()
                    elif action == 'extend':
                        lst.extend([Rec(-2, 98), Rec(-3, 97)])
                    else:
                        try:
                            lst.pop()
                        except IndexError as e:
                            done.append(str(e))

                if where == 'key':
                    def key(r, _c=[0]):
                        if _c[0] == at:
                            act()
                        _c[0] += 1
                        return r
                    kw = {'key': key}
                else:
                    orig = Rec.__lt__

                    def hooked(self, other):
                        if len(Rec.log) == at:
                            act()
                        return orig(self, other)
                    Rec.__lt__ = hooked
                    kw = {}
                try:
                    lst.sort(**kw)
                    ret = None
                except ValueError as e:
                    ret = err(e)
                finally:
                    if where == 'cmp':
                        Rec.__lt__ = orig
                case = {'action': action, 'where': where, 'at': at, 'values': enc(values),
                        'order': [r.i for r in lst], 'ncmp': len(Rec.log), 'ret': ret}
                if len(done) > 1:
                    case['actionError'] = done[1]
                out.append(case)
                Rec.log = None
    return out


def gen_sort():
    write_json('seq-sort.json',
               'list.sort in CPython 3.12, with every `<` logged. Each case sorts items 0..n-1 by values[i] (encoded): '
               'with key=0 the list holds n logging objects (value v, index i) and is sorted directly; with '
               'key=1 the list holds the ints 0..n-1 and key=lambda i: logging object i. Every __lt__ call '
               'appends (self.i, other.i); when failAt >= 0, comparison number failAt raises RuntimeError '
               '(error = its message) before logging. values "same" means the values of the case before. order is the list of indices afterwards (a permutation '
               'even after a failure), ncmp the number of completed comparisons, cmphash a 32-bit FNV-1a over '
               'the logged indices (h = 0x811c9dc5; for each index x: h ^= x; h *= 0x01000193 mod 2**32), '
               'cmps the flat log when it is short. misc: sorted() results of small lists of builtin values '
               '(ret = the exception, with the list state after it). modified: the list (of logging objects, values '
               'as given) is changed during its own sort, once, by a key function (where=key: before computing '
               'key number `at`, key = the object itself) or a comparison (where=cmp: before comparison number '
               '`at`); action append adds a logging object (-1, 99), extend adds (-2, 98), (-3, 97), clear and '
               'pop (actionError: the IndexError it raised) act on the list, sort sorts it again; order, ncmp and '
               'ret (the exception of sort, or null) are recorded.',
               {'cases': sort_cases(), 'misc': sort_misc(), 'modified': sort_modified()})


# ----------------------------------------------------------------------------- repr, compare, tuple hashing

def rand_value(rnd, depth=0):
    r = rnd.random()
    if depth < 3 and r < 0.25:
        items = [rand_value(rnd, depth + 1) for _ in range(rnd.choice([0, 1, 1, 2, 3, 5]))]
        return items if rnd.random() < 0.5 else tuple(items)
    r = rnd.random()
    if r < 0.35:
        return rnd.choice([rnd.randrange(-10, 300), rnd.randrange(-10**12, 10**12), -1, -2, 0, 2**63, -2**70])
    if r < 0.55:
        return rnd.choice(['', 'a', 'abc', "it's", 'q"uote', 'both\'"', 'tab\there', 'é', '\u20ac', '\x00',
                           'k%d' % rnd.randrange(100)])
    if r < 0.75:
        return rnd.choice([0.0, -0.0, 0.5, -2.5, 1e100, 1e-7, 3.0, 2.0**60, float('inf'), -float('inf'),
                           rnd.uniform(-1000, 1000)])
    if r < 0.85:
        return rnd.choice([None, True, False])
    return rnd.choice([b'', b'ab', b"'", b'\x00\xff'])


def hashable(v):
    try:
        hash(v)
        return True
    except TypeError:
        return False


def repr_cases():
    rnd = random.Random(31337)
    out = []
    fixed = [(), (1,), (1, 2), ((),), ((), ()), [], [1], [1, 2], [[]], [(1,)], ([],), ([1, (2,)], (3, [4])),
             (None, True, False), ['a', "b'", 'c"'], (0.5, -0.0, float('inf')), [[[[[]]]]], ((((),),),)]
    for v in fixed:
        out.append({'value': enc(v), 'repr': repr(v)})
    for _ in range(300):
        v = rand_value(rnd)
        if not isinstance(v, (list, tuple)):
            v = [v] if rnd.random() < 0.5 else (v,)
        out.append({'value': enc(v), 'repr': repr(v)})
    return out


def recursive_reprs():
    """Self-referential structures, by recipe name (the test builds the same recipe)."""
    out = []
    a = []
    a.append(a)
    out.append({'recipe': 'a=[]; a.append(a)', 'repr': repr(a)})
    a = [1]
    a.append(a)
    a.append((a,))
    out.append({'recipe': 'a=[1]; a.append(a); a.append((a,))', 'repr': repr(a)})
    a = []
    b = [a]
    a.append(b)
    out.append({'recipe': 'a=[]; b=[a]; a.append(b); repr(a)', 'repr': repr(a)})
    out.append({'recipe': 'a=[]; b=[a]; a.append(b); repr((a, b))', 'repr': repr((a, b))})
    a = []
    t = (a, a)
    a.append(t)
    out.append({'recipe': 'a=[]; t=(a, a); a.append(t); repr(t)', 'repr': repr(t)})
    return out


def compare_cases():
    rnd = random.Random(4242)
    ops = ['<', '<=', '==', '!=', '>', '>=']
    out = []
    pool = [[], [1], [1, 2], [1, 3], [2], [1, 2, 3], [0, 5], [1, 2.0], ['a'], ['a', 'b'], ['b'], [1.5, 2],
            [(1, 2)], [(1, 3)], [[1]], [[1, 2]], [None], [True], [1, 'a'], [1, None]]
    for a in pool:
        for b in rnd.sample(pool, 8) + [list(a)]:
            for kind in ('list', 'tuple'):
                x = a if kind == 'list' else tuple(a)
                y = b if kind == 'list' else tuple(b)
                res = []
                for op in ops:
                    try:
                        res.append(int(eval('x %s y' % op)))
                    except TypeError as e:
                        res.append(err(e))
                out.append({'a': enc(x), 'b': enc(y), 'results': res})
    # list vs tuple: only == and != are defined.
    for x, y in (([1], (1,)), ((), []), ([1, 2], (1, 2))):
        res = []
        for op in ops:
            try:
                res.append(int(eval('x %s y' % op)))
            except TypeError as e:
                res.append(err(e))
        out.append({'a': enc(x), 'b': enc(y), 'results': res})
    return out


def tuple_hash_cases():
    rnd = random.Random(5150)
    out = []
    fixed = [(), (0,), (-1,), (-2,), (1, 2), (2, 1), ((),), ((), ()), ((1,), 2), (1, (2,)), (None,), (True, False),
             (1, 1.0, True), ('',), ('a', 'b'), (b'', b'x'), (2**61 - 1,), (2**61,), (-2**61 + 1,), (2**64,),
             (float('inf'), -float('inf')), (0.5, -0.0), (((((((),),),),),),), tuple(range(100)),
             tuple('abcdefghijklmnopqrstuvwxyz')]
    for v in fixed:
        out.append({'value': enc(v), 'hash': str(hash(v))})
    for _ in range(400):
        v = rand_value(rnd)
        v = (v,) if not isinstance(v, tuple) else v
        if not hashable(v):
            continue
        out.append({'value': enc(v), 'hash': str(hash(v))})
    # The unhashable case.
    try:
        hash((1, [2]))
    except TypeError as e:
        out.append({'value': enc((1, [2])), 'hash': err(e)})
    return out


def tuple_op_cases():
    """tuple slicing, index/count/contains, concat/repeat, with identity where CPython returns the same object."""
    rnd = random.Random(9090)
    out = []
    for n in (0, 1, 2, 5, 9):
        t = tuple(rnd.randrange(5) for _ in range(n))
        for _ in range(25):
            start, stop, step = rand_bound(rnd, n), rand_bound(rnd, n), rand_step(rnd)
            try:
                r = t[start:stop:step]
                res = {'value': enc(r), 'same': int(r is t)}
            except Exception as e:  # noqa: BLE001
                res = err(e)
            out.append({'op': ['getslice', start, stop, step], 't': enc(t), 'ret': res})
        for i in (-n - 1, -n, -1, 0, n - 1, n):
            try:
                res = {'value': enc(t[i])}
            except Exception as e:  # noqa: BLE001
                res = err(e)
            out.append({'op': ['getitem', i], 't': enc(t), 'ret': res})
        for x in range(6):
            out.append({'op': ['count', x], 't': enc(t), 'ret': {'value': t.count(x)}})
            out.append({'op': ['contains', x], 't': enc(t), 'ret': {'value': int(x in t)}})
            for args in ((), (1,), (-2,), (0, 3), (2, -1), (-100, 100)):
                try:
                    res = {'value': t.index(x, *args)}
                except Exception as e:  # noqa: BLE001
                    res = err(e)
                out.append({'op': ['index', x] + list(args), 't': enc(t), 'ret': res})
        for m in (-1, 0, 1, 2, 3, 2**62):
            try:
                r = t * m
                res = {'value': enc(r), 'same': int(r is t)}
            except Exception as e:  # noqa: BLE001
                res = err(e)
            out.append({'op': ['repeat', m], 't': enc(t), 'ret': res})
        for other in ((), (1,), (1, 2, 3)):
            r = t + other
            out.append({'op': ['concat', enc(other)], 't': enc(t),
                        'ret': {'value': enc(r), 'same': int(r is t), 'sameOther': int(r is other)}})
    try:
        (1,) + [1]
    except TypeError as e:
        out.append({'op': ['concat', [1]], 't': enc((1,)), 'ret': err(e)})
    return out


def gen_repr_compare_hash():
    write_json('seq-values.json',
               'repr(), rich comparisons and hash() of lists and tuples in CPython 3.12 (PYTHONHASHSEED=0). '
               'repr: {value, repr}; recursive: self-referential structures by recipe (the test builds the '
               'same structure) and their repr; compare: {a, b, results} with results for < <= == != > >= in '
               'that order (1/0, or {error, msg}); tupleHash: {value, hash (decimal string) or {error, msg}}; '
               'tupleOps: {op, t, ret} with ret {value[, same: result is t][, sameOther]} or {error, msg}; ops '
               'are [getslice, start, stop, step], [getitem, i], [count, x], [contains, x], '
               '[index, x(, start(, stop))], [repeat, n], [concat, other].',
               {'repr': repr_cases(), 'recursive': recursive_reprs(), 'compare': compare_cases(),
                'tupleHash': tuple_hash_cases(), 'tupleOps': tuple_op_cases()})


def main():
    ensure_environment()
    os.makedirs(GOLDEN, exist_ok=True)
    gen_list_ops()
    gen_sort()
    gen_repr_compare_hash()


if __name__ == '__main__':
    main()
