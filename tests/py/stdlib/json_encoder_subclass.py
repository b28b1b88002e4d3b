# Custom serialisation via the default= hook, a JSONEncoder subclass (cls=), iterencode, circular references.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Money:
    def __init__(self, cents):
        self.cents = cents


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, Money):
            return '%d.%02d' % divmod(o.cents, 100)
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


doc = {'origin': Point(0, 0), 'path': [Point(1, 2), Point(3, 4)], 'price': Money(1999), 'ids': {3, 1, 2}}
print(json.dumps(doc, cls=AppEncoder))
print(json.dumps(doc, cls=AppEncoder, indent=1, sort_keys=True))
print(json.dumps([Point(5, 6)], default=lambda o: [o.x, o.y]))
print(AppEncoder(separators=(',', ':')).encode({'p': Point(7, 8)}))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(''.join(json.JSONEncoder(indent=2).iterencode([1, {'b': None}])))
try:
    json.dumps({'when': object()})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps(Money(5))
except TypeError as e:
    print('TypeError:', e)
a = [1, 2]
d = {'list': a}
a.append(d)
try:
    json.dumps(d)
except ValueError as e:
    print('ValueError:', e)
a.pop()
shared = [1]
print(json.dumps([shared, shared, {'s': shared}]))


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print('ValueError:', e)
enc = json.JSONEncoder(check_circular=False)
print(enc.encode([shared, shared]), enc.item_separator, enc.key_separator)
print(json.JSONEncoder(indent=2).item_separator, repr(json.JSONEncoder(indent=2).key_separator))
