# getattr/setattr/hasattr/delattr, isinstance/issubclass with tuples and __instancecheck__, callable,
# vars/dir on objects, iter with a sentinel, next with a default.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
setattr(p, 'z', 3)
print(getattr(p, 'x'), getattr(p, 'missing', 'dflt'), hasattr(p, 'z'), hasattr(p, 'nope'))
delattr(p, 'z')
print(sorted(vars(p)), 'x' in dir(p))
for bad in [lambda: getattr(p, 'missing'), lambda: getattr(p, 5), lambda: delattr(p, 'nope'), lambda: vars(5)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 0
class Positive(metaclass=Meta):
    pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance(3, (str, (list, int))), issubclass(bool, (str, int)))
print(isinstance(1, int | str), issubclass(int, int | None))
for bad in [lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: issubclass(int, 5)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(callable(len), callable(Point), callable(p), callable(lambda: 0))
data = iter([1, 2, 0, 3])
print(list(iter(lambda: next(data), 0)))
it = iter([10])
print(next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
