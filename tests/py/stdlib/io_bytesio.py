# io.BytesIO: binary buffer writes at any position, reads, lines, seek whence, truncate, getvalue.
import io

b = io.BytesIO()
print(b.write(b'hello '), b.write(b'world\n'), b.tell())
b.write(b'second line\nthird')
print(b.getvalue())
b.seek(0)
print(b.readline(), b.read(6), b.tell())
print(b.readlines())
b.seek(-5, io.SEEK_END)
print(b.read())
b.seek(2)
b.write(b'LL')
print(b.getvalue()[:12])
b.seek(0)
print(list(b))
b.truncate(5)
print(b.getvalue(), b.seek(0, 2))
b.seek(8)
b.write(b'!')
print(b.getvalue())

# A tiny binary record format: length-prefixed fields.
def encode(fields):
    out = io.BytesIO()
    for f in fields:
        data = f.encode('utf-8')
        out.write(len(data).to_bytes(2, 'big'))
        out.write(data)
    return out.getvalue()

def decode(blob):
    inp = io.BytesIO(blob)
    fields = []
    while True:
        head = inp.read(2)
        if not head:
            break
        fields.append(inp.read(int.from_bytes(head, 'big')).decode('utf-8'))
    return fields

blob = encode(['name', 'Zoë', '', 'x' * 300])
print(len(blob), blob[:12])
print([f if len(f) < 10 else len(f) for f in decode(blob)])
try:
    io.BytesIO().write('text')
except TypeError as e:
    print('TypeError:', e)
c = io.BytesIO(b'x')
c.close()
try:
    c.read()
except ValueError as e:
    print('ValueError:', e)
