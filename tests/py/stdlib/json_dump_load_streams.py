# json.dump / json.load through file-like objects (anything with write() / read()).
import json


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


records = [{'id': i, 'name': 'item%d' % i, 'price': i * 1.25, 'tags': ['t%d' % j for j in range(i % 3)]} for i in range(5)]
out = Sink()
json.dump(records, out)
print(len(out.parts) > 1, ''.join(out.parts) == json.dumps(records))
print(''.join(out.parts)[:90])
out2 = Sink()
json.dump({'records': records[:2]}, out2, indent=2, sort_keys=True)
print(''.join(out2.parts))
back = json.load(Source(''.join(out.parts)))
print(back == records, back[3])
print(json.load(Source('{"a": [1, 2.5, "x"]}'), parse_float=lambda s: round(float(s))))
lines = Sink()
for r in records:
    json.dump(r, lines, separators=(',', ':'))
    lines.write('\n')
ndjson = ''.join(lines.parts)
print(ndjson)
print([json.loads(l)['id'] for l in ndjson.splitlines()])
