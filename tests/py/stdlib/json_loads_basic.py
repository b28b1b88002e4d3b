# json.loads of every JSON construct: whitespace, numbers, escapes, surrogate pairs, bytes input.
import json

docs = ['null', 'true', 'false', '0', '-0', '12345678901234567890', '1.5', '-2.5e-3', '1E+2', '1e400',
        '"plain"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u00e9\\u4e2d"', '"\\ud83d\\ude00"',
        '"\\ud800"', '"\\udc00\\ud800"', '"caf\u00e9"', '[]', '{}', ' [ 1 , 2 ] ', '\n{\n "a" : [ true ,null ] \n}\n',
        '[[[[]]]]', '{"a": {"b": {"c": 1}}}', '{"dup": 1, "dup": 2}', 'NaN', 'Infinity', '-Infinity',
        '[1, -0.0, 0.5, 100]', '"\\u0041\\u0042"']
for d in docs:
    v = json.loads(d)
    print(ascii(d), '->', ascii(v), type(v).__name__)
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"ba"')))
print(json.loads('"x"'.encode('utf-16')), json.loads('[1]'.encode('utf-16-le')), json.loads('[2]'.encode('utf-32')))
print(json.loads('\ufeff1'.encode('utf-8')) if False else json.loads(b'\xef\xbb\xbf[3]'))
big = json.loads('[' + ','.join(str(i) for i in range(1000)) + ']')
print(len(big), sum(big))
deep = json.loads('[' * 50 + ']' * 50)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print(depth)
d = json.JSONDecoder()
print(d.decode(' {"k": 1} '), d.raw_decode('[1, 2] trailing'), d.raw_decode('xx"s"', 2))
