# email.message.Message (compat32): the header mapping (order, repeats, case), add_header with
# parameters, get/set/del_param with RFC 2231 values, set_type, boundaries, charsets and
# set_payload/get_payload, and the errors the API raises.
from email.message import Message
from email import errors, message_from_string
from email.charset import Charset

msg = Message()
msg['To'] = 'a@example.com'
msg['Received'] = 'from one'
msg['Received'] = 'from two'
msg['subject'] = 'Hello'
print(len(msg), msg.keys(), msg.values())
print(msg['SUBJECT'], msg.get('x-missing'), msg.get('x-missing', 'default'), 'to' in msg, 'cc' in msg)
print(msg.get_all('received'), msg.get_all('cc'), msg.get_all('cc', []))
print(list(msg), msg.items())
msg.replace_header('received', 'from three')
print(msg.get_all('Received'))
del msg['received']
del msg['not-there']
print(msg.keys())
try:
    msg.replace_header('X-Nope', 'v')
except KeyError as e:
    print('KeyError', e)

msg.add_header('Content-Disposition', 'attachment', filename='report final.pdf')
msg.add_header('X-Flags', 'value', flag=None, with_underscore='x', quoted='a;b')
msg.add_header('Content-Type', 'text/plain', charset='utf-8', title='naïve café')
print(msg['content-disposition'], '|', msg['x-flags'], '|', msg['content-type'])
print(msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype())
print(msg.get_params(), msg.get_params(unquote=False))
print(msg.get_param('title'), msg.get_param('charset'), msg.get_param('nope', 'dflt'))
print(msg.get_param('filename', header='content-disposition'), msg.get_filename())
print(msg.get_content_charset(), msg.get_content_disposition())

msg.set_param('charset', 'iso-8859-1')
msg.set_param('format', 'flowed')
msg.set_param('title', 'Résumé', charset='utf-8', language='fr')
print(msg['content-type'])
print(msg.get_param('title'), msg.get_param('title', unquote=False))
msg.del_param('format')
msg.del_param('nothere')
print(msg['content-type'])
msg.set_type('text/html')
print(msg['content-type'], msg['mime-version'])
try:
    msg.set_type('texthtml')
except ValueError:
    print('ValueError for a bad type')
msg.set_param('filename', 'new.pdf', header='Content-Disposition', replace=True)
print(msg.keys(), msg['content-disposition'])

print('--- content types without a header')
m = Message()
print(m.get_content_type(), m.get_default_type(), m.get_params(), m.get_param('x'), m.get_boundary())
m.set_default_type('message/rfc822')
print(m.get_content_type())
m['Content-Type'] = 'bogus'
print(m.get_content_type(), m.get_content_maintype())
m.replace_header('Content-Type', 'Multipart/Mixed; BOUNDARY="abc";  charset=X-Weird')
print(m.get_content_type(), m.get_boundary(), m.get_content_charset(), m.get_charsets())
m.set_boundary('new-boundary')
print(m['content-type'])
try:
    Message().set_boundary('x')
except errors.HeaderParseError as e:
    print('HeaderParseError', e)
m2 = Message()
m2.set_param('charset', 'utf-8')
print(m2['content-type'])

print('--- payloads')
p = Message()
print(p.get_payload(), p.get_payload(decode=True), p.is_multipart())
p.set_payload('Grüße\n', 'utf-8')
print(p.as_string())
p2 = Message()
p2.set_payload('caf\xe9 au lait\n', 'iso-8859-1')
print(p2.as_string())
p3 = Message()
p3.set_payload(b'raw \xff bytes')
print(repr(p3.get_payload()), p3.get_payload(decode=True))
p3.set_charset('us-ascii')
try:
    p3.as_string()   # the undecodable byte cannot be written as us-ascii text
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
print(p3.as_bytes())
print(p3.get_charset(), type(p3.get_charset()).__name__)
p3.set_charset(None)
print(p3.get_charset(), p3['content-type'])
p4 = Message()
p4.set_payload('hi\n', Charset('utf-8'))
print(p4['content-transfer-encoding'], p4.get_payload(decode=True))
for cte, body in (('quoted-printable', 'caf=C3=A9=\n soft\n'), ('base64', 'aGVsbG8gd29y\nbGQ=\n'),
                  ('base64', 'aGVsbG8'), ('7bit', 'plain'), ('x-uuencode', 'begin 644 f\n#86)C\n`\nend\n'),
                  ('x-uuencode', 'no begin line\n'), ('8bit', 'caf\xe9')):
    q = Message()
    q['Content-Transfer-Encoding'] = cte
    q.set_payload(body)
    print(cte, repr(q.get_payload(decode=True)), q.defects)

print('--- multipart payloads')
mp = Message()
mp['Content-Type'] = 'multipart/mixed; boundary="XYZ"'
a, b = Message(), Message()
a.set_payload('first')
b.set_payload('second')
mp.attach(a)
mp.attach(b)
print(mp.is_multipart(), len(mp.get_payload()), mp.get_payload(1).get_payload(), mp.get_payload(decode=True))
print(mp.as_string())
try:
    a.attach(b)
except TypeError as e:
    print('TypeError', e)
try:
    a.get_payload(0)
except TypeError as e:
    print('TypeError', e)
print([x.get_content_type() for x in mp.walk()])
mp.set_unixfrom('From nobody Thu Jan  1 00:00:00 1970')
print(repr(mp.as_string(unixfrom=True)[:60]))
print(bytes(mp)[:40], str(mp)[:30])

parsed = message_from_string('Subject: x\nContent-Type: text/plain; charset="utf-8"; format=flowed; '
                             'name*0="a"; name*1="b.txt"\n\nbody\n')
print(parsed.get_params(), parsed.get_filename(), parsed.get_param('name'))
