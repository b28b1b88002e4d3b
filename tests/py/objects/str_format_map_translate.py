# str.format_map, str.maketrans (three forms) and str.translate.
t = str.maketrans('abc', 'xyz', 'd')
print(sorted(t.items()))
print('abcdabcd'.translate(t), 'hello'.translate({ord('l'): 'L', ord('o'): None}))
print(str.maketrans({'a': 'b', 98: None, 'é': 'e'}))
print('héllo wörld'.translate(str.maketrans('éö', 'eo')), 'abc'.translate({97: 'AA', 98: 66}))
print('abc'.translate([10, 20, 'x', 'y']) if False else 'ab'.translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return k + 1
print('abxc'.translate(Table()))
print('{name} is {age}'.format_map({'name': 'Al', 'age': 3}))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{x} {y} {z.real}'.format_map(D(x=1, z=2)))
print('{:{}}|{:>{w}}|{0:{1}.{2}f}'.format('a', 5, 'b', w=4) if False else '{:{}}|{:>{w}}'.format('a', 5, 'b', w=4))
print('{0:{1}.{2}f}|{0:{fill}^{width}.1f}'.format(3.14159, 10, 2, fill='*', width=9))
def e(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
e(lambda: str.maketrans('ab', 'c'))
e(lambda: str.maketrans(1))
e(lambda: str.maketrans({'ab': 1}))
e(lambda: str.maketrans({1.5: 1}))
e(lambda: str.maketrans('a', 1))
e(lambda: 'a'.translate({97: 2**30}))
e(lambda: 'a'.translate({97: 1.5}))
e(lambda: '{0}'.format_map({}))
e(lambda: '{x}'.format_map({}))
e(lambda: '{0}{}'.format(1, 2))
e(lambda: '{}{0}'.format(1, 2))
e(lambda: '{:{:{}}}'.format(1, 2, 3))
