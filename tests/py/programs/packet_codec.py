# A binary packet codec: varints, length-prefixed strings and checksummed frames encoded into
# bytearray, decoded through memoryview slices, int.to_bytes/from_bytes in both byte orders,
# a hand-written CRC-16, hex dumps, and errors for truncated or corrupted input.
from dataclasses import dataclass, field
from enum import IntEnum


class Kind(IntEnum):
    HELLO = 1
    DATA = 2
    ACK = 3
    BYE = 0x7F


class DecodeError(Exception):
    pass


def crc16(data, poly=0x1021, crc=0xFFFF):
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


def put_varint(buf, n):
    if n < 0:
        n = (-n << 1) - 1
    else:
        n <<= 1
    while True:
        b = n & 0x7F
        n >>= 7
        buf.append(b | (0x80 if n else 0))
        if not n:
            return


def get_varint(mv, pos):
    shift = result = 0
    while True:
        if pos >= len(mv):
            raise DecodeError(f'truncated varint at {pos}')
        b = mv[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            break
    return (-(result + 1) >> 1 if result & 1 else result >> 1), pos


@dataclass
class Packet:
    kind: Kind
    seq: int
    fields: dict = field(default_factory=dict)
    payload: bytes = b''

    def encode(self):
        body = bytearray()
        body += self.kind.to_bytes(1, 'big')
        body += self.seq.to_bytes(4, 'little')
        put_varint(body, len(self.fields))
        for key, val in sorted(self.fields.items()):
            kb = key.encode('utf-8')
            put_varint(body, len(kb))
            body.extend(kb)
            if isinstance(val, int):
                body.append(ord('i'))
                put_varint(body, val)
            else:
                vb = val.encode('utf-8')
                body.append(ord('s'))
                put_varint(body, len(vb))
                body += vb
        put_varint(body, len(self.payload))
        body += self.payload
        frame = bytearray(b'\xAB\xCD')
        frame += len(body).to_bytes(2, 'big')
        frame += body
        frame += crc16(body).to_bytes(2, 'big')
        return bytes(frame)

    @classmethod
    def decode(cls, data):
        mv = memoryview(data)
        if len(mv) < 6 or mv[:2] != b'\xAB\xCD':
            raise DecodeError('bad magic' if len(mv) >= 2 else 'short frame')
        size = int.from_bytes(mv[2:4], 'big')
        body = mv[4:4 + size]
        if len(body) != size or len(mv) < 6 + size:
            raise DecodeError(f'truncated body: want {size}, have {len(body)}')
        want = int.from_bytes(mv[4 + size:6 + size], 'big')
        got = crc16(body)
        if want != got:
            raise DecodeError(f'crc mismatch: frame says {want:#06x}, computed {got:#06x}')
        try:
            kind = Kind(body[0])
        except ValueError as e:
            raise DecodeError(str(e)) from e
        seq = int.from_bytes(body[1:5], 'little')
        n, pos = get_varint(body, 5)
        fields = {}
        for _ in range(n):
            klen, pos = get_varint(body, pos)
            key = bytes(body[pos:pos + klen]).decode('utf-8')
            pos += klen
            tag = chr(body[pos])
            pos += 1
            if tag == 'i':
                fields[key], pos = get_varint(body, pos)
            else:
                vlen, pos = get_varint(body, pos)
                fields[key] = str(body[pos:pos + vlen], 'utf-8')
                pos += vlen
        plen, pos = get_varint(body, pos)
        payload = body[pos:pos + plen].tobytes()
        return cls(kind, seq, fields, payload)


def hexdump(data, width=16):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = ' '.join(f'{b:02x}' for b in chunk)
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
        print(f'  {off:04x}  {hexpart:<{width * 3}} {text}')


packets = [
    Packet(Kind.HELLO, 1, {'client': 'immortal', 'version': 3}),
    Packet(Kind.DATA, 2, {'offset': -150, 'name': 'caf\u00e9 \u2615'}, bytes(range(20))),
    Packet(Kind.ACK, 70000, {}),
    Packet(Kind.BYE, 2**32 - 1, {'reason': 'done', 'big': 2**40, 'neg': -1}, b'\x00\xff' * 3),
]
stream = bytearray()
for p in packets:
    frame = p.encode()
    print(p.kind.name, len(frame), 'bytes', frame[:8].hex(' '), '...', frame[-2:].hex())
    back = Packet.decode(frame)
    print('  roundtrip', back == p, back.fields)
    stream += frame
hexdump(packets[1].encode())
print('stream', len(stream), stream.count(b'\xab\xcd'), stream.find(b'immortal'))

frame = bytearray(packets[0].encode())
bad = [bytes(frame[:3]), b'\x00\x00' + bytes(frame[2:]), bytes(frame[:-5]),
       bytes(frame[:-1]) + bytes([frame[-1] ^ 1])]
tweaked = bytearray(frame)
tweaked[4] = 9
tweaked[-2:] = crc16(tweaked[4:-2]).to_bytes(2, 'big')
bad.append(bytes(tweaked))
for b in bad:
    try:
        Packet.decode(b)
    except DecodeError as e:
        print('DecodeError:', e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)

buf = bytearray()
for n in [0, 1, -1, 63, -64, 64, 300, -300, 2**31, -(2**63)]:
    start = len(buf)
    put_varint(buf, n)
    print(n, buf[start:].hex(), end='; ')
print()
mv = memoryview(buf)
pos, out = 0, []
while pos < len(mv):
    v, pos = get_varint(mv, pos)
    out.append(v)
print(out)
print((1024).to_bytes(4, 'little'), int.from_bytes(b'\xff\xfe', 'big', signed=True), (-2).to_bytes(2, 'big', signed=True))
print(bytes.fromhex('de ad be ef').hex(':'), bytearray(b'abc').upper(), b'x=1;y=2'.split(b';'), crc16(b'123456789') == 0x29B1)
m = memoryview(bytearray(b'hello world'))
m[0:5] = b'HELLO'
print(m.obj, m[6:].tobytes(), m.nbytes, m.readonly, list(m[:3]))
