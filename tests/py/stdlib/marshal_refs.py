# marshal: back-references (FLAG_REF / TYPE_REF) as CPython 3.12 writes them: objects referenced more
# than once, interned strings, recursive containers, and loads() restoring the sharing.
# immortal-test: cycles
import marshal
import sys

shared = [1, 2]
data = marshal.dumps([shared, shared, (shared,)])
print(data.hex())
back = marshal.loads(data)
print(back, back[0] is back[1], back[2][0] is back[0])
print(marshal.dumps([shared, shared], 2).hex())

text = ''.join(['shared ', 'string'])
print(marshal.dumps([text, text, text]).hex())
print(marshal.dumps([text, text], 2).hex())

pair = (1.5, 2.5)
print(marshal.dumps({'a': pair, 'b': pair}).hex())

ident = 'an_identifier'
made = sys.intern(''.join(['made_', 'at_', 'runtime']))
print(marshal.dumps([ident, 'an_identifier', made, made]).hex())
print(marshal.dumps('not an identifier').hex(), marshal.dumps('identifier_like').hex())

big = 10 ** 50
print(marshal.dumps([big, big, -big]).hex())
f = 2.5
print(marshal.dumps([f, f, 2.5]).hex())
print(marshal.dumps([10 ** 20]).hex(), marshal.dumps([int('123456789012')]).hex())

rec = []
rec.append(rec)
data = marshal.dumps(rec)
print(data.hex())
again = marshal.loads(data)
print(again, again[0] is again)
d = {}
d['self'] = d
data = marshal.dumps(d)
print(data.hex(), marshal.loads(data))

for blob in [b'\xdb\x02\x00\x00\x00\xe9\x07\x00\x00\x00r\x01\x00\x00\x00',
             b'\xbe\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00r\x00\x00\x00\x00',
             b'\xa8\x02\x00\x00\x00\xe9\x05\x00\x00\x00r\x01\x00\x00\x00',
             b'[\x03\x00\x00\x00\xda\x04spamr\x00\x00\x00\x00r\x00\x00\x00\x00',
             b'\xce\xce']:
    try:
        value = marshal.loads(blob)
        print(type(value).__name__, value)
    except Exception as e:
        print(type(e).__name__, e)

# interned on the way in: a TYPE_INTERNED string is the interned object
s = marshal.loads(b'\xda\x0bhello_world')
print(s, s is sys.intern('hello_world'))
s = marshal.loads(b'z\x0bhello_world')
print(s, s is sys.intern('hello_world'))

# a round trip keeps every type, sets included
record = {'name': 'widget', 'tags': {'blue', 'small'}, 'dims': (3, 4.5), 'parts': [b'\x00\x01', None],
          'frozen': frozenset({('a', 1), ('b', 2)}), 'ratio': 1 - 2j, 'count': 2 ** 70}
for version in range(5):
    data = marshal.dumps(record, version)
    print(version, len(data), marshal.loads(data) == record)
