# json.dumps of every basic type: separators, float repr, int/bool/None/float keys, escaping.
import json

values = [None, True, False, 0, -17, 10 ** 25, 1.5, -0.0, 1e16, 1e-7, 0.1 + 0.2, 3.0, float('inf'),
          float('-inf'), float('nan'), '', 'plain', 'quote " backslash \\ slash /', 'tab\tnl\ncr\r',
          '\x00\x1f\x7f', 'café', '\u2028\u2029', '\U0001f600', '\ud800', [], {}, (), [1, [2, [3]]],
          (1, 'a'), {'k': 'v'}, {'a': {'b': {'c': []}}}]
for v in values:
    print(json.dumps(v))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's', False: 0}))
print(json.dumps({'b': 1, 'a': 2, 'c': [3, {'z': 0, 'y': 1}]}))
print(json.dumps([1, 2.0, '3', None, [True]]))
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyFloat(float):
    pass
print(json.dumps([MyInt(5), MyStr('x'), MyFloat(2.5), {MyStr('k'): MyInt(1)}]))
print(json.dumps(True), json.dumps(1.0e300 * 10))
print(json.dumps('é', ensure_ascii=False), json.dumps('\U0001f600', ensure_ascii=False))
