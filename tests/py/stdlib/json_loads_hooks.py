# loads hooks: object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict, cls.
import json

doc = '{"name": "pt", "x": 1.25, "y": 2, "nested": {"z": 1e2}, "big": 12345678901234567890, "c": NaN}'
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads(doc, parse_constant=lambda s: 'const:' + s))
print(json.loads('[1.10, 2.50]', parse_float=str))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def as_point(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d


print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4, "z": 5}]}', object_hook=as_point))
print(json.loads('{"a": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('"tab\there"', strict=False), json.loads('["line\nbreak"]', strict=False))
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as e:
    print('strict:', e)


class CountingDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        self.objects = 0
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        self.objects += 1
        return d


dec = CountingDecoder()
print(dec.decode('[{}, {"a": {}}, {"b": [{}]}]'), dec.objects)
print(json.loads('{"k": 5}', cls=CountingDecoder))
print(json.loads('{}', object_hook=lambda d: 'empty-hooked'), json.loads('{}', object_pairs_hook=tuple))
