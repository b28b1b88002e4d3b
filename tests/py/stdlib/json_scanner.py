# json.scanner and the pure-Python parts of json.decoder: make_scanner/py_make_scanner (scan_once
# raising StopIteration where no value starts, also inside arrays and objects), a JSONDecoder's
# parse_object/parse_array/parse_string/memo/scan_once attributes, subclasses that replace
# parse_object or parse_string, JSONObject/JSONArray/py_scanstring and their error messages,
# WHITESPACE for streaming several documents out of one string, and json.detect_encoding.
import json
import json.decoder
import json.scanner
from json.decoder import WHITESPACE, JSONObject, JSONArray, py_scanstring, scanstring

print(json.scanner.make_scanner.__name__, json.scanner.make_scanner is json.scanner.c_make_scanner)
print(json.decoder.scanner is json.scanner, json.decoder.WHITESPACE_STR == ' \t\n\r')

d = json.JSONDecoder()
print(sorted(vars(d)))
print(d.parse_object is JSONObject, d.parse_array is JSONArray, d.parse_string is scanstring)
print(d.scan_once('[1, 2] tail', 0), d.scan_once('{"k": "v"}', 0), d.scan_once('  "abc"', 2))
print(d.scan_once.strict, d.scan_once.object_hook, d.scan_once.parse_float is float)
for text, idx in [('x', 0), ('', 0), ('[1, x]', 0), ('{"a": }', 0), ('[1]', 5), ('[-]', 0)]:
    try:
        print(d.scan_once(text, idx))
    except StopIteration as e:
        print('StopIteration', e.value)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e)
try:
    d.raw_decode('[1]', -1)
except ValueError as e:
    print('ValueError', e)


def iter_documents(text):
    dec = json.JSONDecoder()
    idx = WHITESPACE.match(text, 0).end()
    while idx < len(text):
        obj, idx = dec.raw_decode(text, idx)
        yield obj
        idx = WHITESPACE.match(text, idx).end()


print(list(iter_documents(' {"a": 1} [2, 3]\n "x" 4 null\t-1.5e3 ')))


class NoDuplicates(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(**kw)

        def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
            pairs, end = JSONObject(s_and_end, strict, scan_once, object_hook, list, memo)
            keys = [k for k, _ in pairs]
            if len(keys) != len(set(keys)):
                raise ValueError('duplicate keys: %r' % keys)
            return dict(pairs), end

        self.parse_object = parse_object
        self.scan_once = json.scanner.py_make_scanner(self)


print(json.loads('{"a": {"b": 1}, "c": [1.5, "x", true, false, null, -Infinity, NaN]}', cls=NoDuplicates))
try:
    json.loads('{"a": 1, "a": 2}', cls=NoDuplicates)
except ValueError as e:
    print('ValueError', e)
for bad in ['{"a": 1,}', '[1,]', '{"a" 1}', '"\x01"', '"a\\qb"', '[1 2]', '{', '[', '"abc', '{"a":1 "b":2}', '[1, 2', '"\\u12x"']:
    try:
        json.loads(bad, cls=NoDuplicates)
    except json.JSONDecodeError as e:
        print(repr(bad), 'JSONDecodeError', e)


class Shouting(json.JSONDecoder):
    def __init__(self):
        super().__init__()

        def parse_string(s, end, strict):
            value, end = scanstring(s, end, strict)
            return value.upper(), end

        self.parse_string = parse_string
        self.scan_once = json.scanner.py_make_scanner(self)


print(json.loads('["abc", {"key": "value"}]', cls=Shouting))

print(py_scanstring('"a\\u00e9\\ud83d\\ude00\\n" rest', 1), scanstring('"x"', 1))
print(JSONArray(('[1, [2], {}]', 1), d.scan_once), JSONObject(('{"a": [1]}', 1), True, d.scan_once, None, None))
for f in (py_scanstring, scanstring):
    for text in ['"a\x01b"', '"a\\qb"', '"abc', '"\\u12"']:
        try:
            f(text, 1)
        except json.JSONDecodeError as e:
            print(f.__name__, repr(text), e)

custom = json.JSONDecoder(parse_float=str, parse_int=lambda s: int(s) * 10, parse_constant=lambda c: c.lower())
print(custom.decode('[1.5, 2, NaN]'), json.scanner.py_make_scanner(custom)('[1.5, 2, Infinity]', 0))
print([json.detect_encoding(b) for b in [b'[1]', b'\x00[\x00]', b'[\x00\x00\x00', b'\xef\xbb\xbf[]', b'\xff\xfe[\x00']])
