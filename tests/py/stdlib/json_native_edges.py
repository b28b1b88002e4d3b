# The native json scanner and encoder against CPython's: decode errors (messages and positions),
# numbers, escapes and surrogates, hooks, raw_decode/scanstring, memoised keys, deep nesting, and
# encoding options, key types, circular references, default(), subclasses and escaping.
import json
from collections import OrderedDict
for t in ['"\\u12"', '"ab\\uzzzz"', '"\\ud800\\u12"', '"\\x"', '"abc', '"a\x01"', '[1,]', '{"a" 1}', '{"a":1,}', '[-]', '[1 2]', '  ', '{1:2}', '["\\ud800\\udc00", "\\ud800x", "\\udc00"]', '1.5e', '01', '-0.0', '1E400', '[1.5e3, 2e-2, -12, 123456789012345678901234567890]', '"\\', '"\\u', 'nul', 'NaN', '[Infinity,-Infinity]', '{"a":1, "a":2}', '"\\ud800\\ud800"', '{"a" : [1, {"b": null}] , "c":true}', '[1.0e+2, 0.1, 1e-7, 12345678901234567890.5]', '{', '[', '"', '{"a":', '[1', '{"a":1', ' [ ] ', '{ }', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"é€😀"', '-', '2.', '-01', '1e5x', 'true false', '[true,false,null]', '\ufeff[1]', '{"\\u0041":1}']:
    try: print(repr(t), repr(json.loads(t)))
    except Exception as e: print(repr(t), type(e).__name__, e)
print(json.loads('{"b":1,"a":[2.5]}', object_pairs_hook=OrderedDict))
print(json.loads('{"b":1,"a":{"c":2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, NaN]', parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c.lower()))
print(json.loads('"a\tb"', strict=False))
try: json.loads('"a\tb"')
except Exception as e: print(type(e).__name__, e)
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('  {"x": 1}', 2))
try: d.raw_decode('[1]', -1)
except Exception as e: print(type(e).__name__, e)
try: json.loads(b'[1]'); print('bytes ok')
except Exception as e: print(type(e).__name__, e)
from json.decoder import scanstring
print(scanstring('"abc\\n" x', 1), scanstring('xx"q"', 3))
try: scanstring('"abc', 1)
except Exception as e: print(type(e).__name__, e, e.pos)
keys = json.loads('[{"k": 1}, {"k": 2}]'); print(list(keys[0])[0] is list(keys[1])[0])
print(json.loads('[' * 50 + ']' * 50) == eval('[' * 50 + ']' * 50))
try: json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e: print('RecursionError', e)
# encoder
obj = {'a': [1, 2.5, None, True, False, 'x"y\\z\n\t\x01é€😀'], 'b': {'c': (1, 2)}, 3: 'int key', 1.5: 'f', None: 'n', True: 't'}
print(json.dumps(obj)); print(json.dumps(obj, ensure_ascii=False)); print(json.dumps(obj, indent=2)); print(json.dumps(obj, indent='\t', separators=(',', ':')))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True, indent=0))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e100, 1e-5, -0.0, 10**30, -5]))
for bad in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps({'b': 1, 2: 1}, sort_keys=True)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True), json.dumps({(1, 2): 3}, skipkeys=True), json.dumps([[], {}, [[]]], indent=2))
l = [1]; l.append(l)
try: json.dumps(l)
except Exception as e: print(type(e).__name__, e)
d = {}; d['x'] = d
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E), E(indent=1).encode([{1, 2}]))
print(json.dumps({'s': {3, 1}}, default=lambda o: list(o)))
import enum
class C(enum.IntEnum):
    A = 1
print(json.dumps([C.A, True]))
class MyDict(dict): pass
class MyList(list): pass
class MyStr(str): pass
print(json.dumps(MyDict(a=MyList([1, MyStr('s')]))), json.dumps('é'), json.dumps('é', ensure_ascii=False))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})))
print(json.encoder.encode_basestring_ascii('a"é😀'), json.encoder.encode_basestring('a"é\x7f'))
print(json.dumps('\x7f'), json.dumps({'a': 1}, separators=(',', ':')))
