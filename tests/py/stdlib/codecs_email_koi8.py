# Mail in the single-byte charsets real mail uses: a KOI8-R message with encoded words in its headers
# parsed by the email package (both APIs), headers made in koi8-r, iso-8859-15, windows-1251 and koi8-u,
# and a message body written in iso-8859-5.
import base64
import email
from email import policy
from email.header import Header, decode_header, make_header
from email.message import EmailMessage

subject = ''.join('=%02X' % b for b in 'Тест связи'.encode('koi8-r')).replace('=20', '_')
raw = (b'From: =?koi8-r?b?' + base64.b64encode('Иван Петров'.encode('koi8-r')) + b'?= <ivan@example.ru>\n'
       b'To: anna@example.ru\n'
       b'Subject: =?KOI8-R?Q?' + subject.encode() + b'?=\n'
       b'MIME-Version: 1.0\n'
       b'Content-Type: text/plain; charset="koi8-r"\n'
       b'Content-Transfer-Encoding: 8bit\n\n'
       + 'Привет, Анна!\nЭто письмо в кодировке KOI8-R.\n'.encode('koi8-r'))

msg = email.message_from_bytes(raw)
print(msg.get_content_charset(), msg['Subject'])
print(msg.get_payload(decode=True).decode(msg.get_content_charset()), end='')
print(decode_header(msg['Subject']))
print(str(make_header(decode_header(msg['Subject']))), '|', str(make_header(decode_header(msg['From']))))

modern = email.message_from_bytes(raw, policy=policy.default)
print(modern['subject'], '|', modern['from'], '|', modern['from'].addresses[0].display_name)
print(modern.get_content(), end='')

for charset, text in [('koi8-r', 'Заголовок письма'), ('iso-8859-15', 'Œuvre € café'),
                      ('windows-1251', 'Київ'), ('koi8-u', 'Київ'), ('iso-8859-2', 'Łódź')]:
    h = Header(text, charset)
    print(charset, h.encode(), str(make_header(decode_header(h.encode()))) == text)

out = EmailMessage()
out['Subject'] = 'Привет'
out.set_content('Текст письма\n', charset='iso-8859-5')
print(out.as_string(), end='')
print(out.get_content(), end='')
