# zlib: compressobj/decompressobj streams: chunked compression with every flush mode, strategies and
# memLevel, copy(), preset dictionaries (zdict), decompression in pieces with max_length,
# unconsumed_tail, unused_data and eof, flush() of a decompressor, and the errors of ended streams.
import copy
import zlib

seed = 99


def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed


lines = [('record %d: value=%d status=%s\n' % (i, rnd() % 1000, ['ok', 'fail', 'retry'][rnd() % 3])).encode()
         for i in range(600)]
payload = b''.join(lines)

# a log shipped in chunks, with periodic sync points
for level in (1, 6, 9):
    c = zlib.compressobj(level)
    parts = []
    for i in range(0, len(lines), 100):
        parts.append(c.compress(b''.join(lines[i:i + 100])))
        if i % 300 == 0:
            parts.append(c.flush(zlib.Z_SYNC_FLUSH))
    parts.append(c.flush())
    stream = b''.join(parts)
    print('level', level, len(stream), [len(p) for p in parts[:8]], zlib.crc32(stream))
    assert zlib.decompress(stream) == payload

c = zlib.compressobj()
print(c.compress(b'abc'), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_SYNC_FLUSH), c.compress(b''),
      c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_FULL_FLUSH), c.flush(zlib.Z_PARTIAL_FLUSH), c.flush(zlib.Z_NO_FLUSH),
      c.flush())

for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    for mem in (1, 8, 9):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, mem, strategy)
        out = c.compress(payload[:20000]) + c.flush()
        print('strategy', strategy, mem, len(out), zlib.crc32(out))

# copy: two continuations of one stream
c = zlib.compressobj(9)
head = c.compress(payload[:5000])
fork = c.copy()
a = head + c.compress(b'branch A' * 50) + c.flush()
b = head + fork.compress(b'branch B' * 50) + fork.flush()
print(len(a), len(b), zlib.decompress(a)[-8:], zlib.decompress(b)[-8:])
print(type(copy.copy(zlib.compressobj())).__name__, type(copy.deepcopy(zlib.decompressobj())).__name__)

# preset dictionary
zdict = b'record value= status=ok fail retry\n'
c = zlib.compressobj(zdict=zdict)
z = c.compress(payload[:3000]) + c.flush()
print('zdict', len(z), len(zlib.compress(payload[:3000])), z[:6])
d = zlib.decompressobj(zdict=zdict)
print(d.decompress(z) == payload[:3000], d.eof)
for label, f in [('no dict', lambda: zlib.decompress(z)),
                 ('wrong dict', lambda: zlib.decompressobj(zdict=b'other').decompress(z)),
                 ('dict type', lambda: zlib.decompressobj(zdict='text'))]:
    try:
        f()
    except (zlib.error, TypeError) as e:
        print(label, type(e).__name__, e)
raw = zlib.compressobj(wbits=-15, zdict=zdict)
rz = raw.compress(payload[:500]) + raw.flush()
print('raw zdict', zlib.decompressobj(wbits=-15, zdict=zdict).decompress(rz) == payload[:500])

# decompression in small pieces, output capped at 1000 bytes per call
stream = zlib.compress(payload)
d = zlib.decompressobj()
out = []
calls = 0
pos = 0
while pos < len(stream):
    chunk = stream[pos:pos + 700]
    pos += 700
    while chunk:
        piece = d.decompress(chunk, 1000)
        calls += 1
        assert len(piece) <= 1000
        out.append(piece)
        chunk = d.unconsumed_tail
out.append(d.flush())
print('pieces', calls, b''.join(out) == payload, d.eof, d.unused_data)

d = zlib.decompressobj()
print(d.decompress(stream[:40], 10), len(d.unconsumed_tail), d.eof)

# data after the end of the stream
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'first') + b'SECOND'), d.unused_data, d.eof, d.unconsumed_tail)
print(d.decompress(b'THIRD'), d.unused_data)
print(d.flush(), d.eof)

# a stream read to its end by flush() is ended
d = zlib.decompressobj()
d.decompress(stream[:-10])
rest = d.flush()
print(d.eof, len(rest))
d.decompress(stream[-10:])
print(d.eof, len(d.flush()))
for label, f in [('copy', lambda: d.copy()), ('decompress', lambda: d.decompress(b'x'))]:
    try:
        f()
    except (ValueError, zlib.error) as e:
        print(label, type(e).__name__, e)

c = zlib.compressobj()
c.compress(b'data')
c.flush()
for label, f in [('compress', lambda: c.compress(b'x')), ('flush', lambda: c.flush()), ('copy', lambda: c.copy()),
                 ('mode', lambda: zlib.compressobj().flush(7)), ('length', lambda: zlib.decompressobj().flush(0)),
                 ('max_length', lambda: zlib.decompressobj().decompress(b'', -1)),
                 ('option', lambda: zlib.compressobj(memLevel=10)), ('method', lambda: zlib.compressobj(method=9)),
                 ('wbits', lambda: zlib.decompressobj(wbits=40)), ('new', lambda: type(c)())]:
    try:
        f()
    except (ValueError, zlib.error, TypeError) as e:
        print(label, type(e).__name__, e)
