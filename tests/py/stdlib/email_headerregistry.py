# email.headerregistry and email.policy: Address and Group objects, the header classes the
# registry makes (address lists, dates, MIME-Version, Content-Type/Disposition parameters,
# Message-ID, unstructured text with encoded words) with their defects, and how each policy folds
# them; policy objects (clone, repr, +, read-only attributes, header_max_count).
import datetime
from email import policy, errors
from email.headerregistry import Address, Group, HeaderRegistry, UnstructuredHeader
from email.policy import EmailPolicy

print('--- Address and Group')
a = Address('Ann Example', 'ann', 'example.com')
b = Address(addr_spec='"odd user"@example.org')
c = Address('Dr. No, PhD', addr_spec='no@example.net')
d = Address()
print(repr(a), str(a), a.addr_spec)
print(repr(b), str(b), b.addr_spec)
print(str(c), str(d), repr(d.addr_spec), a == Address('Ann Example', 'ann', 'example.com'), a == b, a == 'x')
for bad in (dict(addr_spec='a@b.c', username='x'), dict(addr_spec='a@b c'), dict(addr_spec='a..b@c'),
            dict(display_name='line\nbreak')):
    try:
        Address(**bad)
    except (TypeError, ValueError, errors.HeaderDefect) as e:
        print(type(e).__name__, e)
g = Group('Friends', [a, b])
print(repr(g), str(g), str(Group('Empty')), str(Group(None, [a])), str(Group('A: B', [a])))
print(g == Group('Friends', (a, b)), g.addresses, Group().display_name)

print('--- header objects')
reg = HeaderRegistry()
samples = [
    ('To', 'Ann <ann@example.com>, "Bob, B." <bob@example.com>, Team: c@x.org, d@y.org;'),
    ('From', '=?utf-8?q?Andr=C3=A9_Pirard?= <pirard@example.be>'),
    ('Cc', 'undisclosed-recipients:;'),
    ('Sender', 'one@example.com'),
    ('Reply-To', 'broken <no-end@example.com, @@'),
    ('Subject', '=?utf-8?b?SsO8cmdlbg==?= and =?iso-8859-1?q?Fran=E7ois?= talk'),
    ('Subject', 'Re: [list] \x01 control'),
    ('Date', 'Tue, 15 Nov 1994 08:12:31 GMT'),
    ('Date', 'not a date'),
    ('Date', ''),
    ('MIME-Version', '1.0 (produced by hand)'),
    ('MIME-Version', '2'),
    ('Content-Type', 'text/plain; charset="utf-8"; format=flowed'),
    ('Content-Type', 'multipart/mixed; boundary="----=_Part_0"'),
    ('Content-Type', "application/x-stuff; title*0*=us-ascii'en'This%20is; title*1*=%20fun"),
    ('Content-Type', 'text'),
    ('Content-Type', 'text/plain junk; a=b'),
    ('Content-Disposition', 'attachment; filename="r\u00e9sum\u00e9.pdf"; size=1234'),
    ('Content-Disposition', "inline; filename*=utf-8''%E2%82%AC%20rates.txt"),
    ('Content-Transfer-Encoding', ' Base64 '),
    ('Content-Transfer-Encoding', 'quoted-printable extra'),
    ('Message-ID', '<1234.5678@mail.example.com>'),
    ('Message-ID', 'not-a-msgid'),
    ('X-Mailer', 'Immortal 1.0'),
]
for name, value in samples:
    h = reg(name, value)
    print(type(h).__name__, repr(str(h)), [type(x).__name__ + ': ' + str(x) for x in h.defects])
    if hasattr(h, 'addresses'):
        print('   addresses:', [str(x) for x in h.addresses], 'groups:', [g.display_name for g in h.groups])
    for attr in ('datetime', 'version', 'major', 'minor', 'content_type', 'maintype', 'subtype',
                 'content_disposition', 'cte'):
        if hasattr(h, attr):
            print('   %s: %r' % (attr, getattr(h, attr)))
    if hasattr(h, 'params'):
        print('   params:', dict(h.params))
    print('   max_count:', h.max_count, '| fold:', repr(h.fold(policy=policy.default)))
sender = reg('Sender', 'a@b.c, d@e.f')
try:
    sender.address
except ValueError as e:
    print('ValueError', e)
print(reg('Sender', 'x@y.z').address)
when = reg('Date', datetime.datetime(2020, 2, 29, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
print(str(when), when.datetime)
objs = reg('To', [a, Group('Grp', [b]), c])
print(str(objs), objs.fold(policy=policy.default))

print('--- folding long values')
long_to = ', '.join('Person Number %d <person.number.%d@example.com>' % (i, i) for i in range(6))
long_subject = 'Ünïcödé subject text ' * 6
long_ctype = ('text/plain; charset="utf-8"; name="a-very-long-file-name-for-the-attachment-'
              'that-goes-on-and-on.txt"; other=value')
for pol in (policy.default, policy.SMTP, policy.default.clone(max_line_length=40), policy.HTTP,
            policy.SMTPUTF8):
    print('## policy', repr(pol))
    for name, value in (('To', long_to), ('Subject', long_subject), ('Content-Type', long_ctype),
                        ('X-Header', 'word ' * 30)):
        print(reg(name, value).fold(policy=pol), end='')

print('--- policies')
print(repr(policy.default), repr(policy.SMTP), repr(policy.strict), repr(policy.compat32))
custom = policy.default.clone(max_line_length=100, linesep='\r\n')
print(repr(custom), custom.max_line_length, custom.utf8, custom.cte_type, custom.refold_source)
combined = policy.SMTP + policy.strict
print(repr(combined), combined.raise_on_defect, combined.linesep == '\r\n')
for action in (lambda: setattr(policy.default, 'linesep', '\r\n'),
               lambda: setattr(policy.default, 'nonsense', 1),
               lambda: policy.default.clone(bogus=1), lambda: EmailPolicy(bogus=2)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(policy.default.header_max_count('to'), policy.default.header_max_count('received'),
      policy.compat32.header_max_count('to'))
print(policy.default.header_fetch_parse('Subject', 'line\r\n continued'))
print(policy.default.fold('X-Raw', 'a raw value\n with its own folding'), end='')
print(policy.default.clone(refold_source='all').fold('X-Raw', 'a raw value\n with its own folding'), end='')
print(policy.compat32.fold('Subject', 'a ' * 45), end='')
print(policy.compat32.fold_binary('Subject', 'caf\udce9'))
print(policy.default.fold_binary('Subject', 'caf\udce9'))
private = EmailPolicy()
private.header_factory.map_to_type('x-plain', UnstructuredHeader)
print(type(private.header_factory('X-Plain', 'v')).__mro__[1].__name__)
