# email parsing of broken messages: the defects the parser records (boundaries missing or never
# closed, continuation lines first, misplaced envelope lines, missing header/body separator,
# bad multipart transfer encodings, base64 errors) and the strict policy that raises them.
import email
from email import errors, policy
from email.parser import HeaderParser

cases = {
    'no boundary parameter': 'Content-Type: multipart/mixed\n\nbody text\n',
    'start boundary never found': 'Content-Type: multipart/mixed; boundary="B"\n\npreamble only\nmore\n',
    'close boundary missing': 'Content-Type: multipart/mixed; boundary="B"\n\n--B\n\npart one\n--B\n\npart two\n',
    'continuation first': ' folded first line\nSubject: hi\n\nbody\n',
    'misplaced From line': 'Subject: one\nFrom nobody Mon Jan 1 00:00:00 2024\nTo: x@y\n\nbody\n',
    'From line at end': 'Subject: one\nFrom the body, really\n',
    'missing separator': 'Subject: one\nnot a header line\nmore body\n',
    'missing header name': 'Subject: ok\n: no name\n\nbody\n',
    'multipart cte': ('Content-Type: multipart/mixed; boundary="B"\nContent-Transfer-Encoding: base64\n\n'
                      '--B\n\nx\n--B--\n'),
    'multipart without parts': 'Content-Type: multipart/alternative; boundary="B"\n\n--B--\n',
    'bad base64': 'Content-Transfer-Encoding: base64\n\naGVsbG8gd29ybGQ\n',
    'bad base64 chars': 'Content-Transfer-Encoding: base64\n\naGVs!bG8=\n',
    'bad base64 length': 'Content-Transfer-Encoding: base64\n\naGVsbG8gd\n',
    'nested broken': ('Content-Type: multipart/mixed; boundary="O"\n\n--O\nContent-Type: multipart/mixed\n\n'
                      'inner\n--O\nContent-Type: text/plain\n\ntext\n--O--\n'),
    'empty': '',
    'headers only': 'Subject: no body',
    'digest': ('Content-Type: multipart/digest; boundary="D"\n\n--D\n\nSubject: one\n\nfirst\n'
               '--D\nContent-Type: text/plain\n\nsecond\n--D--\n'),
    'delivery status': ('Content-Type: multipart/report; boundary="R"\n\n--R\n'
                        'Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n'
                        'Final-Recipient: rfc822; a@b.c\nAction: failed\n\nFinal-Recipient: rfc822; d@e.f\n'
                        'Action: delayed\n--R--\n'),
}

for name, text in cases.items():
    msg = email.message_from_string(text)
    print('==', name)
    for part in msg.walk():
        print('  ', part.get_content_type(), part.get_default_type(), part.defects,
              [d.line for d in part.defects if d.line is not None])
        if not part.is_multipart():
            payload = part.get_payload(decode=True)
            print('     payload:', repr(payload), part.defects)
    print('   preamble/epilogue:', repr(msg.preamble), repr(msg.epilogue))
    print('   written:', repr(msg.as_string()))

print('== strict policy')
for name in ('no boundary parameter', 'continuation first', 'bad base64', 'close boundary missing'):
    try:
        msg = email.message_from_string(cases[name], policy=policy.strict)
        msg.get_payload(decode=True)
        print(name, 'parsed')
    except errors.MessageDefect as e:
        print(name, '->', type(e).__name__, isinstance(e, ValueError), e.args)

print('== header defects with the default policy')
msg = email.message_from_string(
    'From: "unterminated <a@b.c>\nTo: a@b, , c@d, (comment only)\nSubject: =?utf-8?q?bad\n'
    'Content-Type: text/plain; charset="utf-8"; ; name=\nMIME-Version: one.two\n\nbody\n',
    policy=policy.default)
for name, value in msg.items():
    print(name, repr(str(value)), [type(d).__name__ + ': ' + str(d) for d in value.defects])
print(msg.defects)

print('== header parser')
hp = HeaderParser().parsestr('Subject: x\nContent-Type: multipart/mixed; boundary="B"\n\n--B\nnot parsed\n--B--\n')
print(hp.is_multipart(), repr(hp.get_payload()), hp.defects)
print(isinstance(errors.NonPrintableDefect('\x01'), errors.HeaderDefect), str(errors.NonPrintableDefect(['\x01'])))
print(errors.MalformedHeaderDefect is errors.MissingHeaderBodySeparatorDefect,
      issubclass(errors.MultipartConversionError, TypeError), errors.MessageDefect().line,
      errors.BoundaryError.__mro__[1].__name__)

print('== encoded words with odd charsets')
from email import _encoded_words
for ew in ('=?utf-8\udce2\udc80\udc9d?q?foo=ACbar?=', '=?x-unknown?q?caf=E9?=', '=?unknown-8bit?b?Y2Fm6Q==?=',
           '=?utf-8*en?q?hello?=', '=?us-ascii?q?caf=E9?='):
    text, charset, lang, defects = _encoded_words.decode(ew)
    print(repr(text), repr(charset), repr(lang), [type(d).__name__ + ': ' + str(d) for d in defects])
