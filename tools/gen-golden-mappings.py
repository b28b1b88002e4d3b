#!/usr/bin/env python3
"""Records golden data for the dict/set/frozenset tests beyond what tools/gen-golden.py records.

Run:  PYENV_VERSION=3.12.1 python3 tools/gen-golden-mappings.py
(it re-executes itself with PYTHONHASHSEED=0, through gen-golden.py's ensure_environment). Writes
tests/golden/mappings-dict.json and tests/golden/mappings-set.json. Every sample comes from fixed-seed
random.Random instances, so a rerun on the same CPython writes identical files. Values use gen-golden.py's
encoding (its `enc`), which this script imports rather than copies, together with its key pools.

What is added: dicts with several variables (update, dict(d), copy of sparse dicts, d | e, equality, repr),
str-keyed tables meeting non-str keys, tables large enough for 16- and 32-bit indices, comparisons that
mutate the dict; sets updated from dicts and strs, algebra with dicts, comparisons and predicates, big sets
(past the used > 50000 growth switch), pop after many deletes, frozenset identity rules, and reprs.
A big container is recorded as its length plus every 97th element (`sample`) instead of all of them.
"""

import importlib.util
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('gen_golden', os.path.join(HERE, 'gen-golden.py'))
gg = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gg)
enc = gg.enc

BIG = 300
STRIDE = 97


def gen_ints(seed, n, bits):
    """n distinct ints of `bits` bits (signed), from a 64-bit LCG; the tests regenerate them the same way."""
    x, out, seen = seed, [], set()
    while len(out) < n:
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        k = (x >> (64 - bits)) - (1 << (bits - 1))
        if k not in seen:
            seen.add(k)
            out.append(k)
    return out


def expand(spec):
    """A list of keys, or a compact spec of one: {g: [seed, n, bits, start, stop, step]} is
    gen_ints(seed, n, bits)[start:stop:step]; {s: [prefix, n, start, stop, step]} is
    ['<prefix><i>' for i in range(n)][start:stop:step] (stop may be null)."""
    if isinstance(spec, dict) and 'g' in spec:
        seed, n, bits, a, b, c = spec['g']
        return gen_ints(seed, n, bits)[a:b:c]
    if isinstance(spec, dict) and 's' in spec:
        prefix, n, a, b, c = spec['s']
        return ['%s%d' % (prefix, i) for i in range(n)][a:b:c]
    return spec


def enc_spec(spec):
    return spec if isinstance(spec, dict) else [enc(k) for k in spec]


def enc_items(d):
    items = list(d.items())
    if len(items) <= BIG:
        return {'items': [[enc(k), v] for k, v in items]}
    return {'len': len(items), 'sample': [[i, enc(items[i][0]), items[i][1]] for i in range(0, len(items), STRIDE)]}


def enc_order(s):
    order = list(s)
    if len(order) <= BIG:
        return {'order': [enc(x) for x in order]}
    return {'len': len(order), 'sample': [[i, enc(order[i])] for i in range(0, len(order), STRIDE)]}


# ---------------------------------------------------------------------------------------------- dict

class DictRecorder:
    """Runs dict operations over named variables; records the changed variable after each step.

    Ops (keys and values are encoded in the recorded op; values are small ints):
      [new, v, [[k, x]...]]      v = dict(pairs)          [set, v, k, x]      v[k] = x
      (bulk ops take a list of keys or a compact spec of one, see expand)
      [del, v, k]                del v[k]                  [pop, v, k]         ret = v.pop(k)
      [popitem, v]               ret = [k, x]              [setdefault, v, k, x]  ret = v.setdefault(k, x)
      [clear, v]                 v.clear()                 [copy, dst, src]    dst = src.copy()
      [dict_of, dst, src]        dst = dict(src)           [update, dst, src]  dst.update(src)
      [or, dst, a, b]            dst = a | b               [bulk_set, v, [k...], x]  v[k] = x for each k
      [bulk_del, v, [k...]]      del v[k] for each k       [eq, a, b]          ret = (a == b), records a
      [repr, v]                  ret = repr(v)
    Each step: {op, items | (len, sample), sizeof[, ret]}.
    """

    def __init__(self):
        self.v = {}
        self.steps = []

    def run(self, op):
        v = self.v
        name, var = op[0], op[1]
        ret, has_ret = None, False
        if name == 'new':
            v[var] = dict(op[2])
            op = [name, var, [[enc(k), x] for k, x in op[2]]]
        elif name == 'set':
            v[var][op[2]] = op[3]
            op = [name, var, enc(op[2]), op[3]]
        elif name == 'del':
            del v[var][op[2]]
            op = [name, var, enc(op[2])]
        elif name == 'pop':
            ret, has_ret = v[var].pop(op[2]), True
            op = [name, var, enc(op[2])]
        elif name == 'popitem':
            k, x = v[var].popitem()
            ret, has_ret = [enc(k), x], True
        elif name == 'setdefault':
            ret, has_ret = v[var].setdefault(op[2], op[3]), True
            op = [name, var, enc(op[2]), op[3]]
        elif name == 'clear':
            v[var].clear()
        elif name == 'copy':
            v[var] = v[op[2]].copy()
        elif name == 'dict_of':
            v[var] = dict(v[op[2]])
        elif name == 'update':
            v[var].update(v[op[2]])
        elif name == 'or':
            v[var] = v[op[2]] | v[op[3]]
        elif name == 'bulk_set':
            for k in expand(op[2]):
                v[var][k] = op[3]
            op = [name, var, enc_spec(op[2]), op[3]]
        elif name == 'bulk_del':
            for k in expand(op[2]):
                del v[var][k]
            op = [name, var, enc_spec(op[2])]
        elif name == 'eq':
            ret, has_ret = v[var] == v[op[2]], True
        elif name == 'repr':
            ret, has_ret = repr(v[var]), True
        else:
            raise ValueError(name)
        step = {'op': op, 'sizeof': sys.getsizeof(v[var])}
        step.update(enc_items(v[var]))
        if has_ret:
            step['ret'] = ret
        self.steps.append(step)


def dict_cases():
    rnd = random.Random(20020)
    cases = []

    def case(name, ops):
        r = DictRecorder()
        for op in ops:
            r.run(op)
        cases.append({'name': name, 'steps': r.steps})

    # All-str tables meeting non-str keys (insertdict and setdefault resize to a general table first).
    for n in range(0, 8):
        ops = [['new', 'a', []]] + [['set', 'a', 's%d' % i, i] for i in range(n)] + [['set', 'a', 1000, -1]]
        case('str-then-int-%d' % n, ops)
        ops = [['new', 'a', []]] + [['set', 'a', 's%d' % i, i] for i in range(n)] + [['setdefault', 'a', (1, 2), -1]]
        case('str-then-setdefault-tuple-%d' % n, ops)
    case('str-del-then-int', [['new', 'a', []]] + [['set', 'a', 'k%d' % i, i] for i in range(10)]
         + [['del', 'a', 'k%d' % i] for i in range(0, 10, 2)] + [['set', 'a', 5, 5], ['set', 'a', 'k3', 33]])

    # update / dict(d) / copy / | across sizes, densities and key kinds.
    for kind in ('int', 'str', 'tuple', 'mixed'):
        for n in range(4):
            pool = gg.key_pool(rnd, kind)
            na, nb = rnd.choice([0, 1, 3, 5, 6, 11, 40]), rnd.choice([0, 1, 4, 5, 6, 21, 40])
            ops = [['new', 'a', []], ['new', 'b', []]]
            ops += [['set', 'a', rnd.choice(pool), i] for i in range(na)]
            ops += [['set', 'b', rnd.choice(pool), 100 + i] for i in range(nb)]
            if na > 2:
                ops.append(['bulk_del', 'a', list(dict.fromkeys(rnd.sample(list_keys(ops, 'a'), rnd.randrange(1, 3))))])
            ops += [['dict_of', 'c', 'a'], ['copy', 'd', 'a'], ['update', 'a', 'b'], ['dict_of', 'e', 'b'],
                    ['update', 'e', 'a'], ['or', 'f', 'b', 'a'], ['copy', 'g', 'e'], ['eq', 'g', 'e'],
                    ['eq', 'c', 'd'], ['eq', 'a', 'f']]
            case('%s-merge-%d' % (kind, n), ops)

    # Copies of sparse dicts (PyDict_Copy merges instead of cloning) and of popitem'd ones.
    ops = [['new', 'a', []], ['bulk_set', 'a', list(range(40)), 1], ['bulk_del', 'a', list(range(0, 40, 3))],
           ['copy', 'b', 'a'], ['bulk_del', 'a', list(range(1, 40, 3))], ['copy', 'c', 'a'], ['dict_of', 'd', 'a'],
           ['popitem', 'a'], ['popitem', 'a'], ['copy', 'e', 'a'], ['clear', 'a'], ['copy', 'f', 'a'],
           ['set', 'a', 'x', 1], ['copy', 'g', 'a']]
    case('sparse-copies', ops)

    # Big tables: 16-bit indices (256 .. 32768 slots) and 32-bit ones (65536 slots and up).
    for seed, count, name in ((11, 2000, 'big-2000'), (12, 50000, 'big-50000')):
        def g(a, b, c):
            return {'g': [seed, count, 40, a, b, c]}

        def w(a, b, c):
            return {'s': ['w', count // 4, a, b, c]}
        ops = [['new', 'a', []], ['bulk_set', 'a', g(0, None, 1), 7], ['bulk_del', 'a', g(0, None, 3)],
               ['set', 'a', 'x', 1], ['bulk_set', 'a', g(0, None, 5), 8], ['copy', 'b', 'a'], ['new', 's', []],
               ['bulk_set', 's', w(0, None, 1), 2], ['bulk_del', 's', w(1, None, 2)], ['dict_of', 't', 's'],
               ['update', 't', 'a']]
        case(name, ops)

    # Reprs and equality.
    case('repr', [['new', 'a', []], ['repr', 'a'], ['set', 'a', 1, 2], ['repr', 'a'], ['set', 'a', 'k', 3],
                  ['repr', 'a'], ['set', 'a', (1, 'x'), 4], ['repr', 'a'], ['del', 'a', 1], ['repr', 'a'],
                  ['new', 'b', [[(1, 'x'), 4], ['k', 3]]], ['eq', 'a', 'b'], ['set', 'b', 'k', 4], ['eq', 'a', 'b'],
                  ['new', 'c', [[1.0, 1], [2, 2]]], ['new', 'd', [[2, 2], [1, 1]]], ['eq', 'c', 'd']])
    return cases


def list_keys(ops, var):
    keys = []
    for op in ops:
        if op[0] == 'set' and op[1] == var:
            keys.append(op[2])
    return keys


class Evil:
    """A key whose __eq__ runs a one-shot action (used to mutate the dict during a lookup)."""

    def __init__(self, h, tag):
        self.h, self.tag, self.action = h, tag, None

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if self.action is not None:
            act, self.action = self.action, None
            act()
        return self is other


def mutation_cases():
    """Lookups whose comparison mutates the dict; keys are Evil objects recorded by tag."""
    out = []

    def items(d):
        return [[k.tag if isinstance(k, Evil) else k, v] for k, v in d.items()]

    # The comparison grows the table (the lookup restarts in the new one).
    d = {}
    a, b = Evil(1, 'a'), Evil(1, 'b')
    d[a] = 1
    a.action = lambda: d.update({i: i for i in range(10)})
    d[b] = 2
    out.append({'name': 'eq-grows-table', 'items': items(d), 'sizeof': sys.getsizeof(d)})
    # The comparison deletes the key being compared (the restart no longer finds it).
    d = {}
    a, b, c = Evil(9, 'a'), Evil(9, 'b'), Evil(17, 'c')
    d[a] = 1
    d[c] = 3
    a.action = lambda: d.pop(a)
    r = b in d
    out.append({'name': 'eq-deletes-key', 'items': items(d), 'sizeof': sys.getsizeof(d), 'ret': r})
    # Lookup with comparisons that raise nothing but replace the value.
    d = {}
    a, b = Evil(5, 'a'), Evil(5, 'b')
    d[a] = 1
    d[b] = 2
    a.action = lambda: d.__setitem__(a, 10)
    d[b] = 20
    out.append({'name': 'eq-replaces-value', 'items': items(d), 'sizeof': sys.getsizeof(d)})
    return out


# ---------------------------------------------------------------------------------------------- set

class SetRecorder(gg.SetRecorder):
    """gen-golden.py's SetRecorder, plus:
      [dict, var, [[k, x]...]]    var = dict(pairs) (recorded as its keys)
      [set_of_str, var, text]     var = set(text)
      [update_var, var, src]      var.update(src)            [method_var, dst, src, name, other]  dst = src.name(other)
      [method_update_var, var, name, other]                  var.name(other)
      [pred, var, name, other]    ret = var.name(other) for isdisjoint/issubset/issuperset with a variable
      [pred_list, var, name, [values]]                       the same with a list argument
      [cmp, a, b]                 ret = [a < b, a <= b, a == b, a != b, a > b, a >= b]
      [bulk_add, var, keys]       var.add(x) for each x      [bulk_discard, var, keys]
      [bulk_set, var, keys]       var = set(keys)            [bulk_method_update, var, name, keys]
      (keys: a list or a compact spec of one, see expand)
      [pops, var, n]              ret = [n pops]
      [repr, var]                 ret = repr(var)            [identity, dst, src, how]  dst = frozenset(src) or
                                                             src.copy(); ret = dst is src
    Big sets are recorded as length plus every 97th element.
    """

    def record(self, op, var, ret=None, has_ret=False, raw_ret=False):
        s = self.vars[var]
        step = {'op': op, 'sizeof': sys.getsizeof(s)}
        step.update(enc_order(s) if isinstance(s, (set, frozenset)) else {'order': [enc(k) for k in s]})
        if has_ret:
            step['ret'] = ret if raw_ret else enc(ret)
        self.steps.append(step)

    def run(self, op):
        name = op[0]
        v = self.vars
        if name == 'dict':
            v[op[1]] = dict(op[2])
            self.record([name, op[1], [[enc(k), x] for k, x in op[2]]], op[1])
        elif name == 'set_of_str':
            v[op[1]] = set(op[2])
            self.record(op, op[1])
        elif name == 'update_var':
            v[op[1]].update(v[op[2]])
            self.record(op, op[1])
        elif name == 'method_var':
            v[op[1]] = getattr(v[op[2]], op[3])(v[op[4]])
            self.record(op, op[1])
        elif name == 'method_update_var':
            getattr(v[op[1]], op[2])(v[op[3]])
            self.record(op, op[1])
        elif name == 'pred':
            self.record(op, op[1], getattr(v[op[1]], op[2])(v[op[3]]), True, True)
        elif name == 'pred_list':
            self.record([name, op[1], op[2], [enc(x) for x in op[3]]], op[1], getattr(v[op[1]], op[2])(op[3]),
                        True, True)
        elif name == 'cmp':
            a, b = v[op[1]], v[op[2]]
            self.record(op, op[1], [a < b, a <= b, a == b, a != b, a > b, a >= b], True, True)
        elif name == 'bulk_add':
            for x in expand(op[2]):
                v[op[1]].add(x)
            self.record([name, op[1], enc_spec(op[2])], op[1])
        elif name == 'bulk_discard':
            for x in expand(op[2]):
                v[op[1]].discard(x)
            self.record([name, op[1], enc_spec(op[2])], op[1])
        elif name == 'bulk_set':
            v[op[1]] = set(expand(op[2]))
            self.record([name, op[1], enc_spec(op[2])], op[1])
        elif name == 'bulk_method_update':
            getattr(v[op[1]], op[2])(expand(op[3]))
            self.record([name, op[1], op[2], enc_spec(op[3])], op[1])
        elif name == 'pops':
            r = [enc(v[op[1]].pop()) for _ in range(op[2])]
            self.record(op, op[1], r, True, True)
        elif name == 'repr':
            self.record(op, op[1], repr(v[op[1]]), True, True)
        elif name == 'identity':
            src = v[op[2]]
            v[op[1]] = frozenset(src) if op[3] == 'frozenset' else src.copy()
            self.record(op, op[1], v[op[1]] is src, True, True)
        else:
            super().run(op)


def set_cases():
    rnd = random.Random(30030)
    cases = []

    def case(name, ops):
        r = SetRecorder()
        for op in ops:
            r.run(op)
        cases.append({'name': name, 'steps': r.steps})

    # Sets from and with dicts: set(d), s.update(d), s - d via difference, s ^= d, s & d.
    for kind in ('int', 'str', 'tuple', 'mixed'):
        for n in range(3):
            pool = gg.key_pool(rnd, kind)
            la = [rnd.choice(pool) for _ in range(rnd.choice([3, 12, 40]))]
            pairs = [[rnd.choice(pool + la), i] for i in range(rnd.choice([2, 7, 30, 90]))]
            ops = [['set', 'a', la], ['dict', 'd', pairs], ['set_of', 'b', 'd'], ['copy', 'c', 'a'],
                   ['update_var', 'c', 'd'], ['method_var', 'x', 'a', 'difference', 'd'],
                   ['method_var', 'y', 'a', 'intersection', 'd'], ['method_var', 'z', 'a', 'union', 'd'],
                   ['method_var', 'w', 'a', 'symmetric_difference', 'd'], ['copy', 'e', 'a'],
                   ['method_update_var', 'e', 'symmetric_difference_update', 'd'], ['copy', 'f', 'a'],
                   ['method_update_var', 'f', 'difference_update', 'd'], ['copy', 'g', 'a'],
                   ['method_update_var', 'g', 'intersection_update', 'd'], ['pred', 'a', 'isdisjoint', 'd'],
                   ['pred', 'a', 'issubset', 'd'], ['pred', 'a', 'issuperset', 'd'], ['frozenset_of', 'h', 'a'],
                   ['method_var', 'i', 'h', 'difference', 'd'], ['method_var', 'k', 'h', 'symmetric_difference', 'd']]
            case('%s-with-dict-%d' % (kind, n), ops)

    # Comparisons and predicates between sets, frozensets and lists.
    for n in range(6):
        pool = list(range(-5, 40)) + ['a', 'b', (1, 2)]
        la = rnd.sample(pool, rnd.randrange(0, 12))
        lb = la[:rnd.randrange(0, len(la) + 1)] + rnd.sample(pool, rnd.randrange(0, 4))
        ops = [['set', 'a', la], ['set', 'b', lb], ['frozenset', 'fa', la], ['frozenset', 'fb', lb],
               ['cmp', 'a', 'b'], ['cmp', 'b', 'a'], ['cmp', 'a', 'a'], ['cmp', 'fa', 'b'], ['cmp', 'fa', 'a'],
               ['pred', 'a', 'issubset', 'b'], ['pred', 'a', 'issuperset', 'b'], ['pred', 'a', 'isdisjoint', 'b'],
               ['pred', 'fa', 'isdisjoint', 'fb'], ['pred_list', 'a', 'issubset', lb],
               ['pred_list', 'a', 'issuperset', lb], ['pred_list', 'a', 'isdisjoint', lb]]
        case('compare-%d' % n, ops)

    # Strings as iterables, reprs, frozenset identity rules.
    case('from-str', [['set_of_str', 'a', 'hello, world'], ['set_of_str', 'b', ''], ['set_of_str', 'c', 'abcdefghijkl'],
                      ['repr', 'a'], ['repr', 'b']])
    case('repr', [['set', 'a', []], ['repr', 'a'], ['frozenset', 'f', []], ['repr', 'f'], ['set', 'b', [3, 1, 2]],
                  ['repr', 'b'], ['frozenset', 'g', [3, 'x', (1, 2)]], ['repr', 'g'], ['set', 'c', [(1, 'a'), 'b']],
                  ['repr', 'c']])
    case('identity', [['frozenset', 'f', [1, 2, 3]], ['identity', 'g', 'f', 'frozenset'], ['identity', 'h', 'f', 'copy'],
                      ['set', 's', [1, 2]], ['identity', 'i', 's', 'frozenset'], ['identity', 'j', 's', 'copy']])

    # Big sets: growth by 4 up to 50000 used, by 2 after; removals and dummy reuse; pops through dummies.
    def g(a, b, c):
        return {'g': [21, 60000, 48, a, b, c]}

    def k(a, b, c):
        return {'s': ['k', 3000, a, b, c]}
    case('big-ints', [['set', 'a', []], ['bulk_add', 'a', g(0, 1000, 1)], ['bulk_add', 'a', g(1000, 50001, 1)],
                      ['bulk_add', 'a', g(50001, None, 1)], ['bulk_discard', 'a', g(0, None, 2)], ['copy', 'b', 'a'],
                      ['bulk_add', 'a', g(0, 300, 1)], ['pops', 'a', 50],
                      ['bulk_method_update', 'b', 'difference_update', g(0, 40000, 1)],
                      ['bulk_set', 'c', g(0, 20000, 1)], ['bulk_method_update', 'c', 'intersection_update', g(10000, None, 1)],
                      ['bulk_method_update', 'c', 'symmetric_difference_update', g(0, 30000, 3)]])
    case('big-strs', [['bulk_set', 'a', k(0, None, 1)], ['bulk_discard', 'a', k(0, None, 3)], ['pops', 'a', 200],
                      ['bulk_set', 'b', k(0, None, 7)], ['method_var', 'c', 'a', 'intersection', 'b'],
                      ['method_var', 'd', 'b', 'difference', 'a'], ['method_var', 'e', 'a', 'symmetric_difference', 'b']])
    case('pop-through-dummies', [['set', 'a', list(range(64))], ['bulk_discard', 'a', list(range(0, 64, 2))],
                                 ['pops', 'a', 10], ['bulk_add', 'a', [100, 200, 300]], ['pops', 'a', 12],
                                 ['clear', 'a'], ['bulk_add', 'a', [5, 13, 21]], ['pops', 'a', 2]])
    return cases


def main():
    gg.ensure_environment()
    gg.write_json('mappings-dict.json',
                  'dict steps under PYTHONHASHSEED=0 from CPython 3.12, recorded by tools/gen-golden-mappings.py: '
                  'cases of {op, items | (len, sample), sizeof[, ret]} (see DictRecorder there) and mutation '
                  'scenarios (keys whose __eq__ mutates the dict, recorded by tag).',
                  {'cases': dict_cases(), 'mutation': mutation_cases()})
    gg.write_json('mappings-set.json',
                  'set/frozenset steps under PYTHONHASHSEED=0 from CPython 3.12, recorded by '
                  'tools/gen-golden-mappings.py: cases of {op, order | (len, sample), sizeof[, ret]} (see SetRecorder '
                  'there and in gen-golden.py).',
                  {'cases': set_cases()})


if __name__ == '__main__':
    main()
