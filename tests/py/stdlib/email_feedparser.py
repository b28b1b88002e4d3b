# email.feedparser and email.parser: the same message fed in pieces of every size (with LF, CRLF
# and lone CR line ends), BytesFeedParser and BytesParser with non-ASCII bytes kept through a
# BytesGenerator round trip, the header-only parsers, custom message factories, and reading
# messages from files.
import email
import io
import os
import tempfile
from email import policy
from email.feedparser import FeedParser, BytesFeedParser
from email.generator import BytesGenerator, Generator
from email.message import Message
from email.parser import Parser, HeaderParser, BytesParser, BytesHeaderParser

BASE = ('From: sender@example.com\n'
        'To: rcpt@example.com\n'
        'Subject: a long subject line that a sender folded\n'
        ' across two lines\n'
        'Content-Type: multipart/mixed; boundary="XX"\n'
        '\n'
        'preamble\n'
        '--XX\n'
        'Content-Type: text/plain\n'
        '\n'
        'part one\n'
        'From here on\n'
        '--XX\n'
        'Content-Type: text/plain; charset=latin-1\n'
        'Content-Transfer-Encoding: 8bit\n'
        '\n'
        'part two\n'
        '--XX--\n'
        'epilogue\n')

def shape(msg):
    return (msg['subject'], [p.get_payload() for p in msg.walk() if not p.is_multipart()],
            msg.preamble, msg.epilogue, [p.defects for p in msg.walk()])

reference = shape(email.message_from_string(BASE))
print(reference)
for eol in ('\n', '\r\n', '\r'):
    text = BASE.replace('\n', eol)
    results = set()
    for size in (1, 2, 3, 5, 7, 13, 64, len(text)):
        fp = FeedParser()
        for start in range(0, len(text), size):
            fp.feed(text[start:start + size])
        msg = fp.close()
        results.add(repr(shape(msg)))
        out = msg.as_string()
    print(repr(eol), len(results), repr(out[-60:]))
    print('   ', results.pop()[:150])

print('--- bytes with 8-bit data')
raw = (b'Subject: caf\xe9 \xe0 la carte\nContent-Type: text/plain; charset="iso-8859-1"\n'
       b'Content-Transfer-Encoding: 8bit\n\nD\xe9j\xe0 vu\nFrom the start\n')
bfp = BytesFeedParser()
for i in range(0, len(raw), 4):
    bfp.feed(raw[i:i + 4])
msg = bfp.close()
print(str(msg['subject']), type(msg['subject']).__name__)
print(repr(msg.get_payload()), msg.get_payload(decode=True))
out = io.BytesIO()
BytesGenerator(out, mangle_from_=False).flatten(msg)
print(out.getvalue() == raw, out.getvalue())
out = io.BytesIO()
BytesGenerator(out, mangle_from_=True).flatten(msg)
print(out.getvalue()[-30:])
print(repr(msg.as_string()))
msg7 = BytesParser().parsebytes(raw)
seven = io.BytesIO()
BytesGenerator(seven, policy=policy.compat32.clone(cte_type='7bit')).flatten(msg7)
print(seven.getvalue())
new = BytesParser(policy=policy.default).parsebytes(raw)
print(repr(str(new['subject'])), new['subject'].defects, new.get_content())
print(new.as_bytes())

print('--- header parsers')
hmsg = HeaderParser().parsestr(BASE)
print(hmsg.is_multipart(), repr(hmsg.get_payload()[:30]))
bh = BytesHeaderParser().parsebytes(BASE.encode())
print(bh.is_multipart(), bh['to'])
print(Parser().parsestr(BASE, headersonly=True).is_multipart())

print('--- factories')
class Tagged(Message):
    tagged = True
m = email.message_from_string(BASE, Tagged)
print(type(m).__name__, [type(p).__name__ for p in m.walk()])
class OldStyle(Message):
    def __init__(self):
        super().__init__()
m = FeedParser(OldStyle)
m.feed(BASE)
print(type(m.close()).__name__)
m = email.message_from_string(BASE, policy=policy.default)
print(type(m).__name__, type(m['subject']).__name__, m['subject'])

print('--- files')
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'message.eml')
    with open(path, 'wb') as f:
        f.write(BASE.replace('\n', '\r\n').encode('ascii'))
    with open(path, 'rb') as f:
        fb = email.message_from_binary_file(f)
        print(f.closed, fb['to'], repr(fb.get_payload(0).get_payload()))
    with open(path, newline='') as f:
        ft = email.message_from_file(f)
        print(repr(ft['subject']))
    with open(path, 'rb') as f:
        print(BytesParser().parse(f, headersonly=True)['from'])
    with open(path, 'w', newline='') as f:
        Generator(f).flatten(ft, linesep='\r\n')
    with open(path, 'rb') as f:
        data = f.read()
    print(data.count(b'\r\n'), data.count(b'\n'), data[:40])
