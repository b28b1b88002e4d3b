# A binary record packer: fixed-size records written into a bytearray through memoryviews.
RECORD = 16

def put_u32(view, off, v):
    for i in range(4):
        view[off + i] = (v >> (8 * i)) & 0xff

def get_u32(view, off):
    return sum(view[off + i] << (8 * i) for i in range(4))

def pack(records):
    buf = bytearray(RECORD * len(records))
    with memoryview(buf) as mv:
        for n, (ident, score, name) in enumerate(records):
            rec = mv[n * RECORD:(n + 1) * RECORD]
            put_u32(rec, 0, ident)
            put_u32(rec, 4, score)
            raw = name.encode('utf-8')[:8].ljust(8, b'\0')
            rec[8:16] = raw
            rec.release()
    return buf

def unpack(buf):
    out = []
    mv = memoryview(buf)
    for off in range(0, len(buf), RECORD):
        rec = mv[off:off + RECORD]
        name = rec[8:16].tobytes().rstrip(b'\0').decode('utf-8')
        out.append((get_u32(rec, 0), get_u32(rec, 4), name))
    mv.release()
    return out

records = [(1, 500, 'alice'), (2, 73000, 'bob'), (70000, 2**32 - 2, 'zoë'), (4, 0, 'dave-long-name')]
buf = pack(records)
print(len(buf), buf[:16].hex(' ', 4))
for r in unpack(buf):
    print(r)
checksum = 0
for b in buf:
    checksum = (checksum * 31 + b) % 65521
print('checksum', checksum)
u32 = memoryview(buf).cast('I')
print(u32[0], u32[1], u32[4], u32[5], len(u32))
u32.release()
buf.extend(b'\x01' * 4)
print(len(buf), buf[-4:])
