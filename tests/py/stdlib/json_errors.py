# JSONDecodeError: CPython's messages, pos, lineno, colno, doc, msg; TypeError for wrong input types.
import json

bad = ['', '   ', '{', '{"a"', '{"a" 1}', '{"a":', '{"a":1', '{"a":1 "b":2}', '{"a":1,}', '{1:2}', "{'a':1}",
       '[', '[1', '[1,', '[1,]', '[1 2]', '1 2', '[1] x', 'nul', 'tru', '-', '01', '1.', '.5', '+1', '"abc',
       '"\\x"', '"\\u12"', '"\\u12G4"', '"\\ud83d\\u12"', '"ctl\x01"', '"a\nb"', '\ufeff{}', 'NaNa',
       '[1,\n 2,\n oops]', '{\n  "k": [\n    1,\n    2\n  ]\n  "j": 0\n}', '"\\', '[\n']
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), 'parsed?!')
    except json.JSONDecodeError as e:
        print('%-22r %s | msg=%r pos=%d lineno=%d colno=%d' % (doc, e, e.msg, e.pos, e.lineno, e.colno))
        assert e.doc == doc
for obj in (None, 42, [b'x'], {'a': 1}):
    try:
        json.loads(obj)
    except TypeError as e:
        print('TypeError:', e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
e = json.JSONDecodeError('Custom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
try:
    json.loads('[1, 2')
except ValueError as e:
    print('caught as ValueError:', e)
