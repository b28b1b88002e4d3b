# email.header: Header objects with several charsets, RFC 2047 encoding and compat32 folding
# (split characters, continuation whitespace, header name width, maxlinelen 0), decode_header and
# make_header round trips, and the charset module's tables.
from email.header import Header, decode_header, make_header
from email.charset import Charset, add_alias, add_charset, add_codec, QP, BASE64, SHORTEST
from email import errors
import email.charset

h = Header('Hello World! ', 'us-ascii', header_name='Subject')
h.append('Grüße aus München, wo das Bier fließt', 'utf-8')
h.append(' and back to plain ASCII text that goes on', 'us-ascii')
h.append('Déjà vu', 'iso-8859-1')
print(repr(str(h)))
print(h.encode())
print(h.encode(maxlinelen=40, linesep='\r\n').replace('\r\n', '<CRLF>\n'))
print(h == str(h), h != 'x')

long_ascii = ('This is a long header value; it has parameters=values, commas, and '
              'semicolons; so the folder can pick where to break it, preferring the ; first')
for name, width in (('Subject', 78), ('X-A-Much-Longer-Header-Name', 40), (None, 30)):
    hh = Header(long_ascii, header_name=name, maxlinelen=width)
    print('---', name, width)
    print(hh.encode())
print(Header(long_ascii, continuation_ws='\t', header_name='X-Tab').encode(splitchars=' '))
print(repr(Header('x' * 100, header_name='Subject').encode()))
print(repr(Header('a ' * 60).encode(maxlinelen=0)))
print(Header('line one\nline two\n  indented', header_name='X-Multi').encode())
print(Header('ünïcödé\nsecond line', 'utf-8', header_name='X-Multi').encode())
print(Header('漢字と仮名の長いヘッダー、折り返しが必要になるほど長いテキストです。', 'utf-8', header_name='Subject').encode())
print(Header(b'caf\xe9 cr\xe8me', 'iso-8859-1').encode())
print(Header('pure ascii goes to utf-8 only if needed: ü').encode())

for raw in ('=?utf-8?q?caf=C3=A9?= =?utf-8?b?w6k=?= plain  =?iso-8859-1?q?a_b?=',
            'no encoded words at all',
            'Re: =?UTF-8?Q?=E2=82=AC?= 100',
            '=?utf-8?b?w6k?=',
            'a =?utf-8?q?x?=\n =?utf-8?q?y?= z'):
    parts = decode_header(raw)
    print(repr(raw), '->', parts)
    print('   made:', repr(str(make_header(parts))), '|', make_header(parts).encode())
try:
    decode_header('=?utf-8?b?####?=')
except errors.HeaderParseError as e:
    print('HeaderParseError:', e)
print(decode_header(h))
try:
    Header('x\nSubject: injected', header_name='X').encode()
    Header('a\nX-Evil: yes').encode()
except errors.HeaderParseError as e:
    print('HeaderParseError:', str(e)[:60])

print('--- charsets')
for name in ('us-ascii', 'ascii', 'latin_1', 'utf-8', 'UTF-8', 'iso-8859-15', 'euc-jp', 'koi8-r', 'x-unknown', b'utf-8'):
    cs = Charset(name)
    print(repr(cs), cs.input_charset, cs.header_encoding, cs.body_encoding, cs.output_charset,
          cs.input_codec, cs.output_codec, cs.get_output_charset(),
          cs.get_body_encoding() if isinstance(cs.get_body_encoding(), str) else cs.get_body_encoding().__name__)
cs = Charset('utf-8')
print(cs == 'UTF-8', cs == Charset('utf8'), str(cs))
print(cs.header_encode('héllo wörld'), Charset('iso-8859-1').header_encode('héllo'),
      Charset('us-ascii').header_encode('plain'))
print(repr(cs.body_encode('héllo\n')), repr(Charset('iso-8859-1').body_encode('héllo\n')),
      repr(Charset('us-ascii').body_encode('plain\n')))
print(cs.header_encode_lines('a long piece of text with ünïcödé to split into lines', iter([20, 30, 30, 30, 30])))
try:
    Charset('caf\xe9')
except errors.CharsetError as e:
    print('CharsetError', e)
add_charset('x-test', QP, BASE64, 'utf-8')
add_alias('x-alias', 'x-test')
add_codec('x-test', 'utf-8')
t = Charset('X-ALIAS')
print(t.input_charset, t.header_encoding, t.body_encoding, t.output_charset, t.input_codec)
try:
    add_charset('x-bad', body_enc=SHORTEST)
except ValueError as e:
    print('ValueError', e)
print(email.charset.ALIASES['latin-9'], email.charset.CHARSETS['big5'], email.charset.CODEC_MAP['gb2312'])
