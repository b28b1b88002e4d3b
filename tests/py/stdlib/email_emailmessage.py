# email.message.EmailMessage with the default policy: build a mail with set_content,
# add_alternative, add_related and add_attachment, write it with as_string/as_bytes (SMTP,
# SMTPUTF8, HTTP policies), parse it back and read it with get_body, iter_attachments and
# get_content; make_mixed/related errors and clear_content.
import random
import email
from email import policy
from email.message import EmailMessage, MIMEPart
from email.headerregistry import Address
from email.utils import make_msgid

random.seed(1234)     # the generated boundaries come from random

msg = EmailMessage()
msg['Subject'] = 'Ayons asperges pour le déjeuner — a subject that is certainly long enough to fold'
msg['From'] = Address('Pepé Le Pew', 'pepe', 'example.com')
msg['To'] = (Address('Penelope Pussycat', 'penelope', 'example.com'),
             Address('Fabrette Pussycat', 'fabrette', 'example.com'))
msg['Date'] = 'Mon, 06 May 2024 07:08:09 +0000'
msg['Message-ID'] = '<note.1@example.com>'
msg.set_content("""\
Salut!

Cela ressemble à un excellent recipie[1] déjeuner.

[1] http://www.yummly.com/recipe/Roasted-Asparagus-Epicurious-203718

--Pepé
""")
asparagus_cid = '<asparagus.1@example.com>'
msg.add_alternative("""\
<html>
  <head></head>
  <body>
    <p>Salut!</p>
    <p>Cela ressemble à un excellent
        <a href="http://www.yummly.com/recipe/Roasted-Asparagus-Epicurious-203718">
            recipie
        </a> déjeuner.
    </p>
    <img src="cid:{asparagus_cid}" />
  </body>
</html>
""".format(asparagus_cid=asparagus_cid[1:-1]), subtype='html')
msg.get_payload()[1].add_related(b'\x89PNG\r\n\x1a\n' + bytes(range(60)), 'image', 'png', cid=asparagus_cid)
msg.add_attachment(b'%PDF-1.4\n' + bytes(range(100)), maintype='application', subtype='pdf',
                   filename='menu.pdf')
msg.add_attachment('Shopping list:\n- asparagus\n- butter\n', filename='list.txt')
msg.add_attachment('naïve résumé – pas de problème\n' * 2, subtype='plain', charset='utf-8',
                   cte='quoted-printable', filename='notes français.txt', disposition='inline')
forwarded = EmailMessage()
forwarded['Subject'] = 'old news'
forwarded.set_content('Just a forwarded message.\n')
msg.add_attachment(forwarded)

text = msg.as_string()
print(text)
print('--- SMTP bytes')
smtp = msg.as_bytes(policy=policy.SMTP)
print(smtp[:300])
print(smtp.count(b'\r\n'), smtp.count(b'\n'))
print('--- SMTPUTF8 headers')
print(msg.as_bytes(policy=policy.SMTPUTF8).split(b'\n\n')[0].decode('utf-8'))
print('--- str() shows utf8 headers')
print(str(msg).split('\n\n')[0])

print('--- parse it back')
back = email.message_from_bytes(msg.as_bytes(), policy=policy.default)
print(type(back).__name__, back['subject'])
print(back['from'], '|', back['from'].addresses[0].display_name)
print(back['to'].addresses)
body = back.get_body()
print(body.get_content_type(), back.get_body(('plain',)).get_content())
related = back.get_body(('related',))
print(related.get_content_type(), [p.get_content_type() for p in related.iter_parts()])
print(back.get_body(('html',)).get_content()[:60])
for att in back.iter_attachments():
    content = att.get_content()
    print(att.get_content_type(), att.get_filename(), att.is_attachment(), att.get_content_disposition(),
          type(content).__name__, repr(content)[:50] if not isinstance(content, EmailMessage) else content['subject'])
inner = list(back.iter_attachments())[-1].get_content()
print(type(inner).__name__, inner['subject'], inner.get_content())
print(back.as_bytes() == msg.as_bytes())

print('--- smaller pieces')
part = MIMEPart()
part.set_content(b'\x00\x01binary', maintype='application', subtype='octet-stream', cte='base64',
                 headers=['X-Custom: yes'], params={'name': 'blob.bin'})
print(part.as_string())
part.set_content('line with trailing spaces   \n' + 'x' * 100 + '\n', cte='quoted-printable')
print(part.as_string())
part.set_content('short 8bit text: ünïcödé\n', cte='8bit')
print(part.as_bytes())
part.set_content('<p>hi</p>', subtype='html', charset='latin-1', cid='<c1@x>')
print(part.as_string())
print(part.get_content())
for bad in ({'cte': 'x-bogus'}, {'subtype': 'plain', 'headers': ['Bad Header no colon']}):
    try:
        part.set_content('x', **bad)
    except ValueError as e:
        print('ValueError', e)
mixed = EmailMessage()
mixed.make_mixed()
for name in ('make_related', 'make_alternative'):
    try:
        getattr(mixed, name)()
    except ValueError as e:
        print('ValueError', e)
try:
    mixed.set_content('x')
except TypeError as e:
    print('TypeError', e)
simple = EmailMessage()
simple['Subject'] = 'keep me'
simple.set_content('body\n')
simple.make_alternative(boundary='ALT')
simple.add_alternative('<b>body</b>', subtype='html')
print(simple.as_string())
simple.clear_content()
print(simple.keys(), simple.get_payload())
simple.clear()
print(simple.keys(), len(simple))
try:
    msg['Subject'] = 'second subject'
except ValueError as e:
    print('ValueError', e)
try:
    msg['X-Bad'] = 'line\nbreak'
except ValueError as e:
    print('ValueError', e)
