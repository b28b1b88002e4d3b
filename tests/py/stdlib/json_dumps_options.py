# dumps options: indent (int, str, 0), separators, sort_keys, ensure_ascii, allow_nan, skipkeys.
import json

data = {'name': 'Widget', 'tags': ['a', 'b'], 'dims': {'w': 2, 'h': 3.5}, 'empty': [], 'none': {}, 'ok': True}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent='--'))
print(json.dumps(data, indent=1, separators=(',', ' = ')))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps([[[]], [{}], [[1]]], indent=2))
print(json.dumps({'ünï': 'çödé', 'emoji': '\U0001f389'}))
print(json.dumps({'ünï': 'çödé', 'emoji': '\U0001f389'}, ensure_ascii=False))
for v in (float('nan'), float('inf'), [1, float('-inf')]):
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print('ValueError:', e)
print(json.dumps({'a': 1, (1, 2): 'tuple', 'b': 2, frozenset(): 3}, skipkeys=True))
try:
    json.dumps({(1, 2): 'tuple'})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
