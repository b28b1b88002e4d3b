# dict: views with set operations and reversed(), |, |=, fromkeys, setdefault, popitem (LIFO), copy,
# dict(iterable, **kw) and its errors, equality.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 2 in v, ('b', 2) in it)
print(k & {'a', 'z'}, sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}), k.isdisjoint({'x'}))
print(sorted(it & {('a', 1), ('b', 9)}), list(reversed(k)), list(reversed(v)), list(reversed(it)))
d['d'] = 4
print(list(k), k == {'a', 'b', 'c', 'd'}, k.mapping['a'])
e = d | {'a': 100, 'e': 5}
print(e, d)
d |= [('f', 6)]
print(d)
print(dict.fromkeys('xyz'), dict.fromkeys(range(3), 0), d.setdefault('a', 0), d.setdefault('g'), d)
print(d.popitem(), d.popitem(), d)
print(d.pop('a'), d.pop('nope', 'dflt'), d.get('b'), d.get('nope'))
c = d.copy(); c['b'] = -1; print(d['b'], c['b'])
print(dict([('x', 1), ['y', 2]], z=3), dict(a=1), dict({'k': 1}, k=2), dict(zip('ab', range(2))))
for bad in [lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(['ab', 'c']), lambda: {}.popitem(),
            lambda: {}['x'], lambda: {}.pop('x'), lambda: {1: 2} | [1]]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3}, dict[str, int])
m = {}
for word in 'the cat and the hat and the bat'.split():
    m[word] = m.get(word, 0) + 1
print(sorted(m.items(), key=lambda kv: (-kv[1], kv[0])))
