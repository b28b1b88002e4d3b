# email: parse a realistic multipart message with the compat32 API (Parser, message_from_string,
# message_from_bytes) and look at its tree: headers, parameters, filenames, decoded payloads in
# every transfer encoding, preamble/epilogue, and the text written back out.
import email
from email.iterators import _structure, body_line_iterator, typed_subpart_iterator
import io

RAW = """\
From alice@example.com Mon Jan  1 00:00:00 2024
Return-Path: <alice@example.com>
Received: from mail.example.com (mail.example.com [192.0.2.1]) by mx.example.org
\twith ESMTPS id abc123 for <bob@example.org>; Mon, 1 Jan 2024 00:00:00 +0000
From: =?utf-8?q?Alice_Andr=C3=A9?= <alice@example.com>
To: Bob <bob@example.org>, "Carol, C." <carol@example.org>
Subject: =?utf-8?b?UmU6IGNhZsOpIG1lZXRpbmcgbm90ZXM=?=
Date: Mon, 1 Jan 2024 00:00:00 +0000
Message-ID: <20240101000000.12345@example.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============1234567890=="

This is a multi-part message in MIME format.

--===============1234567890==
Content-Type: multipart/alternative; boundary="alt-boundary"

--alt-boundary
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello Bob,

Caf=C3=A9 at 10? This line is long enough that it needs a soft line break=
 here.
From the desk of Alice.

--alt-boundary
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHA+SGVsbG8gQm9iLDwvcD48cD5DYWbDqSBhdCAxMD88L3A+PC9ib2R5Pjwv
aHRtbD4K

--alt-boundary--

--===============1234567890==
Content-Type: application/octet-stream; name="data.bin"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="data.bin"

AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=

--===============1234567890==
Content-Type: text/plain; name*=utf-8''r%C3%A9sum%C3%A9.txt
Content-Disposition: attachment;
 filename*0*=utf-8''tr%C3%A8s%20long%20nom%20;
 filename*1*=de%20fichier.txt
Content-Transfer-Encoding: x-uuencode

begin 644 hello.txt
,:&5L;&\\@=V]R;&0*
`
end

--===============1234567890==
Content-Type: message/rfc822

From: inner@example.com
Subject: forwarded
Content-Type: text/plain; charset=us-ascii

inner body
--===============1234567890==--
epilogue text
"""

msg = email.message_from_string(RAW)
_structure(msg)
print('unixfrom:', msg.get_unixfrom())
print('keys:', msg.keys())
for name in ('From', 'To', 'Subject', 'Received', 'X-Missing'):
    print(name, '=', repr(msg[name]))
print('preamble:', repr(msg.preamble))
print('epilogue:', repr(msg.epilogue))
print('boundary:', msg.get_boundary(), '| charsets:', msg.get_charsets())
print('params:', msg.get_params())
print('defects:', msg.defects)

for n, part in enumerate(msg.walk()):
    print('--- part', n, part.get_content_type(), part.get_default_type(), part.is_multipart())
    print('  disposition:', part.get_content_disposition(), '| filename:', part.get_filename())
    print('  charset:', part.get_content_charset(), '| cte:', part.get('content-transfer-encoding'))
    if not part.is_multipart():
        print('  payload:', repr(part.get_payload())[:70])
        print('  decoded:', repr(part.get_payload(decode=True))[:90])

inner = msg.get_payload(3).get_payload(0)
print('inner message:', inner['subject'], '|', repr(inner.get_payload()))
print('uuencoded params:', msg.get_payload(2).get_params())
print('raw filename param:', msg.get_payload(2).get_param('filename', header='content-disposition'))
print('text parts:', [p.get_content_type() for p in typed_subpart_iterator(msg)])
print('html parts:', [p.get_content_type() for p in typed_subpart_iterator(msg, 'text', 'html')])
print('body lines:', list(body_line_iterator(msg))[:4])

# writing it back: the parse keeps everything needed to reproduce the input
out = msg.as_string(unixfrom=True)
print('round trip identical:', out == RAW)
print(out[-140:])
b = email.message_from_bytes(RAW.encode('utf-8'))
print('bytes round trip:', b.as_bytes(unixfrom=True) == RAW.encode('utf-8'))
tree = io.StringIO()
_structure(msg, tree, include_default=True)
print(tree.getvalue())
