# operator: the function forms of the operators, in-place variants, index, length_hint, call,
# countOf/indexOf, concat, truth, error messages.
import operator as op

print(op.add(2, 3), op.sub(9, 4), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.invert(5), op.inv(0))
print(op.lshift(1, 8), op.rshift(256, 4), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1), op.ge(3, 4), op.gt(4, 3))
print(op.not_([]), op.truth([0]), op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2))
print(op.concat([1], [2]), op.concat('ab', 'cd'), op.countOf([1, 2, 1, 1], 1), op.indexOf('hello', 'l'))
d = {'a': 1}
op.setitem(d, 'b', 2)
print(op.getitem(d, 'b'), op.getitem([10, 20, 30], slice(1, None)))
op.delitem(d, 'a')
print(d)
lst = [1]
print(op.iadd(lst, [2]) is lst, lst, op.iadd(5, 1), op.imul('x', 3), op.iconcat([0], (1,)))
print(op.isub(10, 3), op.ifloordiv(17, 5), op.itruediv(1, 4), op.imod(17, 5), op.ipow(3, 3))
print(op.ilshift(1, 3), op.irshift(64, 2), op.iand(7, 3), op.ior(4, 1), op.ixor(6, 3))
s = {1, 2}
print(op.ior(s, {3}) is s, s)


class Idx:
    def __index__(self):
        return 7


print(op.index(Idx()), op.index(True), [0, 1, 2, 3, 4, 5, 6, 7][Idx()])
print(op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(x for x in []), op.length_hint(object(), 42))


class Hint:
    def __length_hint__(self):
        return 12


print(op.length_hint(Hint()), op.call(max, 3, 9, key=lambda v: -v), op.call(str))
for bad in [lambda: op.index(1.5), lambda: op.concat(1, 2), lambda: op.indexOf([1], 5),
            lambda: op.countOf(3, 3), lambda: op.length_hint([], 'x'), lambda: op.add(1, 'a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(op.__add__ is op.add, op.__lt__(1, 2), sorted(name for name in op.__all__)[:8])
