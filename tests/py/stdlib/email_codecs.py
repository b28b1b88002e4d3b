# email.base64mime, email.quoprimime and email.encoders: body and header encodings with their
# line wrapping rules (soft breaks, escaped trailing whitespace, CRLF), decoding, lengths, and the
# encoders applied to message payloads.
from email import base64mime, quoprimime, encoders
from email.message import Message

print('--- base64mime')
for data in (b'', b'a', b'ab', b'abc', bytes(range(100))):
    print(base64mime.header_length(data), repr(base64mime.header_encode(data, 'utf-8')))
print(repr(base64mime.body_encode(bytes(range(120)))))
print(repr(base64mime.body_encode(b'x' * 100, maxlinelen=20, eol='\r\n')))
print(base64mime.decode('aGVsbG8gd29ybGQ='), base64mime.decode(b'aGk='), base64mime.decode(''),
      base64mime.body_decode('YQ==\nYg=='), base64mime.header_encode('héllo', 'iso-8859-1'))

print('--- quoprimime')
samples = ['plain text', 'caf\xe9 cr\xe8me', 'tab\tand trailing space ', 'equals = sign',
           'a' * 80, 'b' * 74 + ' \n' + 'c' * 73 + '\t\n', 'x' * 70 + '\xe9' * 5,
           'line one\r\nline two\r\n', 'ends with newline\n', '', '\xff\x00\x7f']
for s in samples:
    print(repr(s[:20]), repr(quoprimime.body_encode(s)), quoprimime.body_length(s.encode('latin-1')))
for width in (4, 10, 20):
    print(width, repr(quoprimime.body_encode('0123456789' * 3 + ' ', maxlinelen=width)))
print(repr(quoprimime.body_encode('abc\ndef ', eol='\r\n')))
try:
    quoprimime.body_encode('x', maxlinelen=3)
except ValueError as e:
    print('ValueError', e)
for s in ('caf=E9', 'soft=\nbreak', 'bad =ZZ escape', 'trailing=', 'a\r\nb\n', '=3D=3d', 'x=\n'):
    print(repr(s), repr(quoprimime.decode(s)), repr(quoprimime.body_decode(s, eol='|')))
print(quoprimime.header_encode(b'hello world?', 'utf-8'), quoprimime.header_encode(b''),
      quoprimime.header_length(b'a b=c\xe9'))
print(quoprimime.header_decode('caf=C3=A9_au=20lait'), quoprimime.quote('='), quoprimime.unquote('=41'))
print([c for c in range(256) if quoprimime.header_check(c)][:12], quoprimime.body_check(ord('=')),
      quoprimime.body_check(ord('a')))

print('--- encoders')
def run(encoder, payload, **headers):
    msg = Message()
    for k, v in headers.items():
        msg[k.replace('_', '-')] = v
    msg.set_payload(payload)
    encoder(msg)
    return msg.as_string()

print(run(encoders.encode_base64, b'binary \x00\x01\x02 data' * 5))
print(run(encoders.encode_quopri, b'caf\xe9 with spaces and tabs\t\nnext line \xff'))
print(run(encoders.encode_7or8bit, b'plain'))
print(run(encoders.encode_7or8bit, b'caf\xe9'))
empty = Message()
encoders.encode_7or8bit(empty)
print(empty['content-transfer-encoding'])
print(run(encoders.encode_noop, 'untouched'))
double = Message()
double.set_payload(b'x')
encoders.encode_base64(double)
encoders.encode_7or8bit(double)
print(double.get_all('content-transfer-encoding'))
